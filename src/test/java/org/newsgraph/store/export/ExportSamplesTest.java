package org.newsgraph.store.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.newsgraph.pipeline.IngestSummary;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.store.Store;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Exports of a real TDB2 store built from the bundled sample articles, read back with independent readers. */
class ExportSamplesTest {
    static final String NGP = "PREFIX ng: <https://w3id.org/newsgraph/ns#>\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";

    @TempDir
    static Path dir;
    static Store store;
    static Exporter exporter;

    @BeforeAll
    static void ingest() {
        store = Store.open(dir.resolve("store"));
        IngestSummary s = Pipeline.ingest(store, List.of(Path.of("src/main/resources/samples/articles.jsonl")));
        assertFalse(s.hasProblems(), s.describe());
        exporter = new Exporter(store.datasetGraph());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static byte[] export(ExportFormat f, MeetingFilter filter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(f, filter, out);
        return out.toByteArray();
    }

    static byte[] export(ExportFormat f) {
        return export(f, MeetingFilter.of(f.defaultStatus()));
    }

    static long count(String select) {
        return Txn.calculateRead(store.datasetGraph(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(store.datasetGraph())).query(NGP + select).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    static List<QuerySolution> rows(String select) {
        return Txn.calculateRead(store.datasetGraph(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(store.datasetGraph())).query(NGP + select).build()) {
                return Iter.toList(qe.execSelect());
            }
        });
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"TURTLE", "TRIG", "NQUADS", "JSONLD", "RDFXML"})
    void rdfExportsReadBackToTheStore(ExportFormat f) {
        byte[] bytes = export(f);
        Lang lang = switch (f) {
            case TURTLE -> Lang.TURTLE;
            case TRIG -> Lang.TRIG;
            case NQUADS -> Lang.NQUADS;
            case JSONLD -> Lang.JSONLD;
            default -> Lang.RDFXML;
        };
        DatasetGraph back = DatasetGraphFactory.createTxnMem();
        RDFParser.source(new ByteArrayInputStream(bytes)).lang(lang).parse(back);
        DatasetGraph dsg = store.datasetGraph();
        Txn.executeRead(dsg, () -> {
            if (f == ExportFormat.TURTLE || f == ExportFormat.RDFXML) {
                Graph union = GraphFactory.createDefaultGraph();
                dsg.getUnionGraph().find().forEachRemaining(union::add);
                assertTrue(union.size() > 500, "store too small: " + union.size());
                assertEquals(union.size(), back.getDefaultGraph().size());
                assertTrue(IsoMatcher.isomorphic(union, back.getDefaultGraph()));
            } else if (f == ExportFormat.JSONLD) {
                // JSON-LD numbers are JSON numbers: 0.72 reads back as the double 7.2E-1, the same value
                DatasetGraph canonical = canonicalNumbers(dsg);
                assertEquals(Iter.count(canonical.find()), Iter.count(back.find()));
                assertTrue(IsoMatcher.isomorphic(canonical, canonicalNumbers(back)), f + " differs from the store");
            } else {
                long quads = Iter.count(dsg.find());
                assertEquals(quads, Iter.count(back.find()));
                assertTrue(IsoMatcher.isomorphic(dsg, back), f + " differs from the store");
            }
        });
    }

    /** The dataset with every numeric literal written as its value in canonical decimal form. */
    private static DatasetGraph canonicalNumbers(DatasetGraph dsg) {
        DatasetGraph out = DatasetGraphFactory.createTxnMem();
        dsg.find().forEachRemaining(q -> {
            org.apache.jena.graph.Node o = q.getObject();
            if (o.isLiteral() && o.getLiteralValue() instanceof Number n) {
                String v = new java.math.BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
                o = org.apache.jena.graph.NodeFactory.createLiteralString("number " + v);
            }
            out.add(q.getGraph(), q.getSubject(), q.getPredicate(), o);
        });
        return out;
    }

    /** Every node object of expanded JSON-LD, however deep (named graphs hold theirs under @graph). */
    private static void nodes(jakarta.json.JsonValue v, List<jakarta.json.JsonObject> into) {
        if (v instanceof jakarta.json.JsonArray a) {
            a.forEach(x -> nodes(x, into));
        } else if (v instanceof jakarta.json.JsonObject o) {
            if (o.containsKey("@id") && !o.containsKey("@value")) into.add(o);
            o.values().forEach(x -> nodes(x, into));
        }
    }

    private static List<String> ids(jakarta.json.JsonObject node, String property) {
        if (!node.containsKey(property)) return List.of();
        return node.getJsonArray(property).stream().map(x -> ((jakarta.json.JsonObject) x).getString("@id", null))
                .filter(java.util.Objects::nonNull).toList();
    }

    private static List<String> types(jakarta.json.JsonObject node) {
        return node.containsKey("@type") ? node.getJsonArray("@type").getValuesAs(jakarta.json.JsonString::getString) : List.of();
    }

    @Test
    void jsonLdIsSchemaOrgAsAJsonLdProcessorReadsIt() throws Exception {
        // Titanium, a JSON-LD 1.1 processor, expands the export to full IRIs
        jakarta.json.JsonArray expanded = com.apicatalog.jsonld.JsonLd.expand(com.apicatalog.jsonld.document.JsonDocument.of(
                new ByteArrayInputStream(export(ExportFormat.JSONLD)))).get();
        List<jakarta.json.JsonObject> nodes = new java.util.ArrayList<>();
        nodes(expanded, nodes);
        String s = "https://schema.org/";
        List<jakarta.json.JsonObject> events = nodes.stream().filter(n -> types(n).contains(s + "Event")).toList();
        assertEquals(count("SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a ng:Meeting }"), events.size());
        java.util.Set<String> statuses = new java.util.TreeSet<>();
        java.util.Set<String> modes = new java.util.TreeSet<>();
        int dated = 0;
        for (jakarta.json.JsonObject e : events) {
            assertTrue(types(e).contains("https://w3id.org/newsgraph/ns#Meeting"), e.toString());
            assertFalse(ids(e, s + "attendee").isEmpty(), "attendees: " + e);
            statuses.addAll(ids(e, s + "eventStatus"));
            modes.addAll(ids(e, s + "eventAttendanceMode"));
            assertTrue(e.containsKey(s + "name"), e.toString());
            if (e.containsKey(s + "startDate")) {
                dated++;
                String d = e.getJsonArray(s + "startDate").getJsonObject(0).getString("@value");
                assertTrue(d.matches("\\d{4}(-\\d{2}){0,2}"), d);
            }
        }
        assertTrue(dated > events.size() / 2, dated + " of " + events.size() + " dated");
        assertEquals(java.util.Set.of(s + "EventScheduled", s + "EventPostponed", s + "EventCancelled"), statuses);
        assertTrue(modes.contains(s + "OfflineEventAttendanceMode") && modes.contains(s + "OnlineEventAttendanceMode"), modes.toString());

        List<jakarta.json.JsonObject> persons = nodes.stream().filter(n -> types(n).contains(s + "Person")).toList();
        assertEquals(count("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { GRAPH ?g { ?p a ng:Person } FILTER NOT EXISTS {"
                + " GRAPH ?h { ?p <http://www.w3.org/2002/07/owl#sameAs> ?c FILTER (STRSTARTS(STR(?c), \"https://w3id.org/\")) } } }"),
                persons.size(), "every canonical person is a schema:Person");
        // the samples' people are invented; their countries and cities are in Wikidata
        List<jakarta.json.JsonObject> linked = nodes.stream().filter(n -> ids(n, s + "sameAs").stream()
                .anyMatch(w -> w.startsWith("http://www.wikidata.org/entity/Q"))).toList();
        assertTrue(linked.size() > 3 && linked.stream().allMatch(n -> types(n).contains(s + "Place") || types(n).contains(s + "Person")
                || types(n).contains(s + "Organization")), "schema:sameAs Wikidata: " + linked);
        assertTrue(persons.stream().allMatch(p -> p.containsKey(s + "name")));
    }

    @Test
    void numbersAreJsonNumbersAndConfidencesHaveNoFloatNoise() {
        String json = new String(export(ExportFormat.JSONLD), StandardCharsets.UTF_8);
        jakarta.json.JsonObject doc = jakarta.json.Json.createReader(new java.io.StringReader(json)).readObject();
        List<jakarta.json.JsonValue> numbers = new java.util.ArrayList<>();
        collect(doc, java.util.Set.of("evidenceStart", "evidenceEnd", "confidence", "sourceCount"), numbers);
        assertTrue(numbers.size() > 20, numbers.toString());
        for (jakarta.json.JsonValue n : numbers) {
            assertEquals(jakarta.json.JsonValue.ValueType.NUMBER, n.getValueType(), n.toString());
            assertTrue(n.toString().length() <= 6, "no float noise: " + n);
        }
    }

    private static void collect(jakarta.json.JsonValue v, java.util.Set<String> keys, List<jakarta.json.JsonValue> into) {
        if (v instanceof jakarta.json.JsonArray a) {
            a.forEach(x -> collect(x, keys, into));
        } else if (v instanceof jakarta.json.JsonObject o) {
            o.forEach((k, x) -> {
                if (k.equals("@context")) return;
                if (keys.contains(k)) {
                    if (x instanceof jakarta.json.JsonArray arr) into.addAll(arr);
                    else into.add(x);
                } else {
                    collect(x, keys, into);
                }
            });
        }
    }

    @Test
    void aPageDescriptionHasTheExportShape() {
        Graph meeting = Txn.calculateRead(store.datasetGraph(), () -> {
            Graph g = GraphFactory.createDefaultGraph();
            org.apache.jena.graph.Node m = store.datasetGraph().find(org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY,
                    org.apache.jena.vocabulary.RDF.Nodes.type, org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/newsgraph/ns#Meeting"))
                    .next().getSubject();
            store.datasetGraph().find(org.apache.jena.graph.Node.ANY, m, org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY)
                    .forEachRemaining(q -> g.add(q.asTriple()));
            return g;
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RdfExporter.writeJsonLd(meeting, out);
        String json = out.toString(StandardCharsets.UTF_8);
        assertTrue(json.contains("\"Event\"") && json.contains("\"Meeting\""), json);
        assertTrue(json.contains("\"attendee\"") && json.contains("\"eventStatus\""), json);
        assertTrue(json.matches("(?s).*\"sourceCount\": \\d+.*"), json);
    }

    @Test
    void jsonLdIsCompactedWithThePublishedContext() {
        String json = new String(export(ExportFormat.JSONLD), StandardCharsets.UTF_8);
        assertTrue(json.stripLeading().startsWith("{") && json.indexOf("\"@context\"") < json.indexOf("\"@graph\""), json.substring(0, 200));
        assertTrue(json.matches("(?s).*\"type\": \\[\\s*\"Event\",\\s*\"Meeting\"\\s*\\].*"), "classes by their short names");
        assertTrue(json.contains("\"status\": \"Happened\""), "statuses as vocabulary terms");
        assertTrue(json.matches("(?s).*\"date\": \"\\d{4}-\\d{2}-\\d{2}\".*"), "day dates coerced to plain strings");
        assertTrue(json.matches("(?s).*\"dateMonth\": \"\\d{4}-\\d{2}\".*"), "month dates under their own term");
        assertFalse(json.contains("https://w3id.org/newsgraph/ns#participant"), "properties compacted");
    }

    /** Persons in meetings of a status, and the distinct unordered pairs of them, counted in SPARQL. */
    private static final String PERSONS_IN_HAPPENED = "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE {"
            + " ?m a ng:Meeting ; ng:status ng:Happened ; ng:participant ?p . ?p a ng:Person }";
    private static final String METWITH_PAIRS = "SELECT (COUNT(*) AS ?n) WHERE {"
            + " SELECT DISTINCT ?a ?b WHERE { ?a ng:metWith ?b FILTER (STR(?a) < STR(?b)) } }";
    private static final String PAIR_WEIGHTS = "SELECT ?a ?b (COUNT(DISTINCT ?m) AS ?n) WHERE {"
            + " ?m a ng:Meeting ; ng:status ng:Happened ; ng:participant ?a, ?b . ?a a ng:Person . ?b a ng:Person"
            + " FILTER (STR(?a) < STR(?b)) } GROUP BY ?a ?b";

    @Test
    void graphmlReadsBackWithJGraphT() {
        byte[] bytes = export(ExportFormat.GRAPHML);
        SimpleWeightedGraph<String, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        GraphMLImporter<String, DefaultWeightedEdge> importer = new GraphMLImporter<>();
        importer.setSchemaValidation(false);
        Map<String, String> iriOf = new HashMap<>();
        Map<String, String> labelOf = new HashMap<>();
        importer.addVertexAttributeConsumer((p, a) -> {
            if (p.getSecond().equals("iri")) iriOf.put(p.getFirst(), a.getValue());
            if (p.getSecond().equals("label")) labelOf.put(p.getFirst(), a.getValue());
        });
        Map<DefaultWeightedEdge, Map<String, Attribute>> edgeAttrs = new HashMap<>();
        importer.addEdgeAttributeConsumer((p, a) -> edgeAttrs.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), a));
        importer.setVertexFactory(id -> id);
        importer.importGraph(g, new StringReader(new String(bytes, StandardCharsets.UTF_8)));

        long persons = count(PERSONS_IN_HAPPENED);
        assertTrue(persons >= 10, "samples should have persons who met: " + persons);
        assertEquals(persons, g.vertexSet().size());
        assertEquals(count(METWITH_PAIRS), g.edgeSet().size());
        assertEquals(g.vertexSet(), labelOf.keySet(), "every node has a label");

        Map<String, Double> expected = new HashMap<>();
        for (QuerySolution s : rows(PAIR_WEIGHTS)) {
            expected.put(s.getResource("a").getURI() + " " + s.getResource("b").getURI(), (double) s.getLiteral("n").getInt());
        }
        Map<String, Double> actual = new HashMap<>();
        boolean multi = false;
        for (DefaultWeightedEdge e : g.edgeSet()) {
            String a = iriOf.get(g.getEdgeSource(e));
            String b = iriOf.get(g.getEdgeTarget(e));
            String key = a.compareTo(b) < 0 ? a + " " + b : b + " " + a;
            actual.put(key, g.getEdgeWeight(e));
            assertEquals(Integer.toString((int) g.getEdgeWeight(e)), edgeAttrs.get(e).get("meetings").getValue());
            multi |= g.getEdgeWeight(e) > 1;
        }
        assertEquals(expected, actual);
        assertTrue(multi, "the samples have a pair who met twice");
    }

    @Test
    void gexfIsDynamicGexf13WithWellFormedSpells() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(export(ExportFormat.GEXF)));
        Element root = doc.getDocumentElement();
        assertEquals("http://gexf.net/1.3", root.getNamespaceURI());
        assertEquals("gexf", root.getLocalName());
        assertEquals("1.3", root.getAttribute("version"));
        Element graph = (Element) root.getElementsByTagNameNS(GexfWriter.NS, "graph").item(0);
        assertEquals("dynamic", graph.getAttribute("mode"));
        assertEquals("date", graph.getAttribute("timeformat"));
        NodeList nodes = graph.getElementsByTagNameNS(GexfWriter.NS, "node");
        NodeList edges = graph.getElementsByTagNameNS(GexfWriter.NS, "edge");
        assertEquals(count(PERSONS_IN_HAPPENED), nodes.getLength());
        assertEquals(count(METWITH_PAIRS), edges.getLength());

        Set<String> ids = new HashSet<>();
        for (int i = 0; i < nodes.getLength(); i++) ids.add(((Element) nodes.item(i)).getAttribute("id"));
        int spelled = 0;
        for (int i = 0; i < edges.getLength(); i++) {
            Element e = (Element) edges.item(i);
            assertTrue(ids.contains(e.getAttribute("source")) && ids.contains(e.getAttribute("target")));
            assertTrue(Double.parseDouble(e.getAttribute("weight")) >= 1);
            NodeList spells = e.getElementsByTagNameNS(GexfWriter.NS, "spell");
            LocalDate previousEnd = null;
            for (int j = 0; j < spells.getLength(); j++) {
                Element s = (Element) spells.item(j);
                LocalDate start = LocalDate.parse(s.getAttribute("start"));
                LocalDate end = LocalDate.parse(s.getAttribute("end"));
                assertFalse(end.isBefore(start), "spell ends before it starts");
                if (previousEnd != null) assertTrue(start.isAfter(previousEnd), "spells are disjoint and ordered");
                previousEnd = end;
                spelled++;
            }
        }
        assertTrue(spelled >= edges.getLength() - 1, "dated meetings give spells");
        NodeList all = graph.getElementsByTagNameNS(GexfWriter.NS, "spell");
        boolean monthLong = false;
        for (int i = 0; i < all.getLength(); i++) {
            Element s = (Element) all.item(i);
            monthLong |= LocalDate.parse(s.getAttribute("start")).getDayOfMonth() == 1
                    && LocalDate.parse(s.getAttribute("end")).plusDays(1).getDayOfMonth() == 1;
        }
        assertTrue(monthLong, "a month-precision meeting spans its month");
    }

    @Test
    void csvHasOneRowPerCanonicalMeeting() {
        List<List<String>> rows = Csv.parse(new String(export(ExportFormat.CSV), StandardCharsets.UTF_8));
        assertEquals(MeetingCsvWriter.HEADER, rows.get(0));
        long meetings = count("SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a ng:Meeting }");
        assertEquals(meetings, rows.size() - 1);
        Set<String> iris = new HashSet<>();
        for (List<String> r : rows.subList(1, rows.size())) {
            assertEquals(MeetingCsvWriter.HEADER.size(), r.size(), r.toString());
            iris.add(r.get(0));
            assertEquals(r.get(7).split("; ").length, r.get(8).split(" ").length, "a label per participant IRI");
        }
        assertEquals(meetings, iris.size());
    }

    @Test
    void statusAndDatesNarrowTheExports() {
        long all = Csv.parse(new String(export(ExportFormat.CSV), StandardCharsets.UTF_8)).size() - 1;
        long happened = count("SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a ng:Meeting ; ng:status ng:Happened }");
        long csvHappened = Csv.parse(new String(export(ExportFormat.CSV, MeetingFilter.of(StatusChoice.HAPPENED)),
                StandardCharsets.UTF_8)).size() - 1;
        assertEquals(happened, csvHappened);
        assertTrue(csvHappened < all);
        long march = Csv.parse(new String(export(ExportFormat.CSV, MeetingFilter.parse("any", "2026-03", "2026-03")),
                StandardCharsets.UTF_8)).size() - 1;
        assertTrue(march > 0 && march < all - 1, march + " of " + all);
        String gexfAny = new String(export(ExportFormat.GEXF, MeetingFilter.of(StatusChoice.ANY)), StandardCharsets.UTF_8);
        String gexfHappened = new String(export(ExportFormat.GEXF), StandardCharsets.UTF_8);
        assertTrue(countOf(gexfAny, "<edge ") > countOf(gexfHappened, "<edge "), "planned and cancelled pairs add edges");
    }

    private static int countOf(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) n++;
        return n;
    }

    @Test
    void outputIsDeterministic() {
        for (ExportFormat f : List.of(ExportFormat.GRAPHML, ExportFormat.GEXF, ExportFormat.CSV)) {
            assertEquals(new String(export(f), StandardCharsets.UTF_8), new String(export(f), StandardCharsets.UTF_8), f.name());
        }
        assertNotNull(exporter.snapshot());
    }
}
