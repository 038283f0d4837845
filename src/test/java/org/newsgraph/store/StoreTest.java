package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.rdf.Fixtures.ADA;
import static org.newsgraph.rdf.Fixtures.BANK;
import static org.newsgraph.rdf.Fixtures.ELMARIA;
import static org.newsgraph.rdf.Fixtures.KELDRA;
import static org.newsgraph.rdf.Fixtures.LENA;
import static org.newsgraph.rdf.Fixtures.PORT_ASTER;
import static org.newsgraph.rdf.Fixtures.TOMAS;
import static org.newsgraph.rdf.Fixtures.article;
import static org.newsgraph.rdf.Fixtures.day;
import static org.newsgraph.rdf.Fixtures.met;
import static org.newsgraph.rdf.Fixtures.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.newsgraph.extract.MeetingMode;
import org.newsgraph.extract.MeetingStatus;
import org.newsgraph.resolve.ArticleFacts;

class StoreTest {
    private static final String NGP = "PREFIX ng: <https://w3id.org/newsgraph/ns#>\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
            + "PREFIX dcterms: <http://purl.org/dc/terms/>\n";

    @TempDir
    Path dir;
    private final List<Store> opened = new ArrayList<>();
    private Store store;

    @BeforeEach
    void open() {
        store = open("main");
    }

    @AfterEach
    void closeAll() {
        opened.forEach(Store::close);
    }

    private Store open(String name) {
        Store s = Store.open(dir.resolve(name));
        opened.add(s);
        return s;
    }

    private static final ArticleFacts A1 = article("a1", "2025-04-08",
            met(List.of(ADA, TOMAS), PORT_ASTER, day("2025-04-07")));
    private static final ArticleFacts A2 = article("a2", "2025-04-09",
            met(List.of(TOMAS, ADA), ELMARIA, day("2025-04-07")));
    private static final ArticleFacts A3 = article("a3", "2025-04-09",
            met(List.of(ADA, TOMAS), PORT_ASTER, day("2025-04-08")),
            report("Lena Okafor will meet Norvale Bank and Ada Brook in Keldra.", 0, List.of(LENA, BANK, ADA), KELDRA,
                    day("2025-04-20"), MeetingStatus.PLANNED, MeetingMode.VIDEO));

    private List<QuerySolution> select(Store s, String q) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        s.query(NGP + q, Store.ResultFormat.JSON, out);
        var rs = org.apache.jena.query.ResultSetFactory.fromJSON(new ByteArrayInputStream(out.toByteArray()));
        List<QuerySolution> rows = new ArrayList<>();
        rs.forEachRemaining(rows::add);
        return rows;
    }

    private static String nquads(Store s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        s.export(Store.ExportFormat.NQUADS, out);
        return Arrays.stream(out.toString(StandardCharsets.UTF_8).split("\n")).sorted().collect(Collectors.joining("\n"));
    }

    @Test
    void sameMeetingInTwoArticlesIsOneMeetingWithTwoSources() {
        store.putArticles(List.of(A1, A2));
        List<QuerySolution> rows = select(store, """
                SELECT ?m ?n (COUNT(DISTINCT ?a) AS ?articles) (COUNT(DISTINCT ?r) AS ?reports) WHERE {
                  ?m a ng:Meeting ; ng:sourceCount ?n ; ng:reportedIn ?a ; ng:report ?r } GROUP BY ?m ?n""");
        assertEquals(1, rows.size());
        assertEquals(2, rows.get(0).getLiteral("n").getInt());
        assertEquals(2, rows.get(0).getLiteral("articles").getInt());
        assertEquals(2, rows.get(0).getLiteral("reports").getInt());
        List<QuerySolution> where = select(store, "SELECT ?place ?date WHERE { ?m a ng:Meeting ; ng:location/rdfs:label ?place ; ng:date ?date }");
        assertEquals("Port Aster", where.get(0).getLiteral("place").getString(), "the city, more specific than the country");
        assertEquals("2025-04-07", where.get(0).getLiteral("date").getLexicalForm());
    }

    @Test
    void samePeopleOnConsecutiveDaysAreTwoMeetings() {
        store.putArticles(List.of(A1, A3));
        assertEquals(2, select(store, "SELECT ?m WHERE { ?m a ng:Meeting ; ng:participant <https://w3id.org/newsgraph/id/person/tomas-verin> }").size());
    }

    @Test
    void rePuttingTheSameArticleChangesNothing() {
        store.putArticles(List.of(A1, A2, A3));
        String before = nquads(store);
        long size = store.size();
        Dataset copy = DatasetFactory.create();
        Txn.executeRead(store.datasetGraph(), () -> RDFDataMgr.read(copy, new ByteArrayInputStream(before.getBytes(StandardCharsets.UTF_8)), Lang.NQUADS));
        store.putArticles(List.of(A2));
        store.putArticles(List.of(A1, A3));
        assertEquals(size, store.size());
        assertEquals(before, nquads(store));
        assertTrue(Txn.calculateRead(store.datasetGraph(), () -> IsoMatcher.isomorphic(copy.asDatasetGraph(), store.datasetGraph())));
    }

    @Test
    void ingestOrderDoesNotMatter() {
        store.putArticles(List.of(A1, A2, A3));
        Store other = open("other");
        other.putArticles(List.of(A3));
        other.putArticles(List.of(A2, A1));
        assertEquals(nquads(store), nquads(other));
    }

    @Test
    void reputtingAnArticleReplacesItsGraph() {
        store.putArticles(List.of(A1));
        ArticleFacts changed = article("a1", "2025-04-08", met(List.of(ADA, LENA), null, day("2025-04-07")));
        store.putArticles(List.of(changed));
        assertEquals(0, select(store, "SELECT * WHERE { ?r ng:reportedParticipant <https://w3id.org/newsgraph/id/person/tomas-verin> }").size());
        assertEquals(1, select(store, "SELECT * WHERE { ?m a ng:Meeting ; ng:participant <https://w3id.org/newsgraph/id/person/lena-okafor> }").size());
    }

    @Test
    void removingAnArticleReDerivesTheMeetings() {
        store.putArticles(List.of(A1, A2));
        assertTrue(store.removeArticle("a2"));
        assertFalse(store.removeArticle("a2"));
        List<QuerySolution> rows = select(store, "SELECT ?n WHERE { ?m a ng:Meeting ; ng:sourceCount ?n }");
        assertEquals(1, rows.size());
        assertEquals(1, rows.get(0).getLiteral("n").getInt());
        assertEquals(List.of("a1"), store.articleIds());
        assertTrue(store.removeArticle("a1"));
        assertEquals(0, store.size());
    }

    @Test
    void metWithOnlyForMeetingsThatHappenedAndOnlyBetweenPersons() {
        store.putArticles(List.of(A1, A3));
        List<QuerySolution> rows = select(store, "SELECT ?a ?b WHERE { ?x ng:metWith ?y . ?x rdfs:label ?a . ?y rdfs:label ?b } ORDER BY ?a");
        assertEquals(2, rows.size(), "Ada and Tomas, both directions; not the planned meeting with Lena");
        assertEquals("Ada Brook", rows.get(0).getLiteral("a").getString());
        assertEquals("Tomas Verin", rows.get(0).getLiteral("b").getString());
    }

    @Test
    void whatTheStoreHoldsConformsToTheShapes() {
        store.putArticles(List.of(A1, A2, A3));
        ValidationResult v = store.validate();
        assertTrue(v.conforms(), String.join("\n", v.violations()));
    }

    @Test
    void jsonResultsAreSparqlJsonOnly() {
        store.putArticles(List.of(A1));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.query(NGP + "SELECT ?id WHERE { ?a dcterms:identifier ?id }", Store.ResultFormat.JSON, out);
        String json = out.toString(StandardCharsets.UTF_8).strip();
        assertTrue(json.startsWith("{") && json.endsWith("}"), json);
        var parsed = org.apache.jena.atlas.json.JSON.parse(json);
        assertEquals(1, parsed.getObj("results").get("bindings").getAsArray().size());
        assertEquals("a1", parsed.getObj("results").get("bindings").getAsArray().get(0).getAsObject()
                .getObj("id").getString("value"));
    }

    @ParameterizedTest
    @EnumSource(Store.ResultFormat.class)
    void everyFormatAnswersSelectAndAsk(Store.ResultFormat format) {
        store.putArticles(List.of(A1));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.query(NGP + "SELECT ?id WHERE { ?a dcterms:identifier ?id }", format, out);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("a1"));
        ByteArrayOutputStream ask = new ByteArrayOutputStream();
        store.query(NGP + "ASK { ?m a ng:Meeting }", format, ask);
        assertTrue(ask.toString(StandardCharsets.UTF_8).toLowerCase().matches("(?s).*(true|yes).*"), ask.toString());
    }

    @Test
    void constructAnswersInTurtle() {
        store.putArticles(List.of(A1));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.query(NGP + "CONSTRUCT { ?m ng:participant ?p } WHERE { ?m a ng:Meeting ; ng:participant ?p }", Store.ResultFormat.TABLE, out);
        Model m = RDFParser.fromString(out.toString(StandardCharsets.UTF_8), Lang.TURTLE).toModel();
        assertEquals(2, m.size());
    }

    @Test
    void parametersAreBoundNotPasted() {
        store.putArticles(List.of(A1, A3));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String q = NGP + "SELECT ?p WHERE { ?p rdfs:label ?name }";
        store.query(q, Map.of("name", "Ada Brook"), Store.ResultFormat.CSV, out);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertTrue(csv.contains("person/ada-brook"), csv);
        assertEquals(2, csv.strip().split("\r?\n").length);
        ByteArrayOutputStream none = new ByteArrayOutputStream();
        store.query(q, Map.of("name", "x\" } ?p ?q ?r . { \""), Store.ResultFormat.CSV, none);
        assertEquals(1, none.toString(StandardCharsets.UTF_8).strip().split("\r?\n").length, "a hostile value matches nothing");
    }

    @Test
    void invalidQueriesAreReported() {
        assertThrows(InvalidQueryException.class, () -> store.query("SELEC nothing", Store.ResultFormat.JSON, new ByteArrayOutputStream()));
    }

    @ParameterizedTest
    @EnumSource(Store.ExportFormat.class)
    void exportsParseBack(Store.ExportFormat format) {
        store.putArticles(List.of(A1, A3));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.export(format, out);
        Lang lang = switch (format) {
            case TURTLE -> Lang.TURTLE;
            case TRIG -> Lang.TRIG;
            case NQUADS -> Lang.NQUADS;
            case JSONLD -> Lang.JSONLD;
        };
        Dataset ds = DatasetFactory.create();
        RDFParser.fromString(out.toString(StandardCharsets.UTF_8), lang).parse(ds);
        long quads = ds.asDatasetGraph().stream().count();
        if (format == Store.ExportFormat.TURTLE) {
            assertEquals(select(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").get(0).getLiteral("n").getLong(), quads);
        } else {
            assertEquals(store.size(), quads);
            assertTrue(ds.containsNamedModel("https://w3id.org/newsgraph/id/graph/meetings"));
        }
    }

    @Test
    void contentSurvivesReopening() {
        store.putArticles(List.of(A1, A3));
        long size = store.size();
        store.close();
        try (Store again = Store.open(dir.resolve("main"))) {
            assertEquals(size, again.size());
            assertEquals(List.of("a1", "a3"), again.articleIds());
        }
    }

    @Test
    void inMemoryStoreWorksTheSame() {
        try (Store mem = Store.inMemory()) {
            mem.putArticles(List.of(A1, A2, A3));
            store.putArticles(List.of(A1, A2, A3));
            assertEquals(nquads(store), nquads(mem));
            try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(mem.datasetGraph()))
                    .query(NGP + "ASK { ?m a ng:Meeting }").build()) {
                assertTrue(Txn.calculateRead(mem.datasetGraph(), qe::execAsk), "the dataset graph queries as a union");
            }
        }
    }
}
