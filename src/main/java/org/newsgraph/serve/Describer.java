package org.newsgraph.serve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import java.util.concurrent.TimeUnit;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.rdf.NG;

/**
 * Describes one resource of the store for linked-data answers: its own statements from every graph
 * (properties, labels, sameAs) with the labels of what they point to, plus, for persons, organizations and
 * places, their meetings with reports, evidence and articles; for meetings, their reports; for articles,
 * the reports and meetings they give. The resource is bound into fixed queries, never pasted into them.
 */
final class Describer {

    static final String PREFIXES = """
            PREFIX ng: <https://w3id.org/newsgraph/ns#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX schema: <https://schema.org/>
            """;

    private static final String OWN = PREFIXES + """
            CONSTRUCT { ?s ?p ?o . ?o rdfs:label ?l }
            WHERE { ?s ?p ?o OPTIONAL { ?o rdfs:label ?l } }
            """;

    /** Meetings the resource takes part in or hosts, or the meeting itself, with reports and articles. */
    private static final String MEETINGS = PREFIXES + """
            CONSTRUCT {
              ?m ?mp ?mo . ?mo rdfs:label ?ml .
              ?r ?rp ?ro . ?ro rdfs:label ?rl .
              ?art a ng:Article ; dcterms:title ?t ; schema:url ?u ; schema:datePublished ?d .
            }
            WHERE {
              { ?m ng:participant ?s } UNION { ?m ng:location ?s } UNION { ?s a ng:Meeting BIND(?s AS ?m) }
              ?m a ng:Meeting .
              { ?m ?mp ?mo OPTIONAL { ?mo rdfs:label ?ml } }
              UNION { ?m ng:report ?r . ?r ?rp ?ro OPTIONAL { ?ro rdfs:label ?rl } }
              UNION { ?m ng:reportedIn ?art
                      OPTIONAL { ?art dcterms:title ?t } OPTIONAL { ?art schema:url ?u }
                      OPTIONAL { ?art schema:datePublished ?d } }
            }
            """;

    /** Reports an article gives and the canonical meetings it is a source of. */
    private static final String ARTICLE = PREFIXES + """
            CONSTRUCT { ?r ?rp ?ro . ?ro rdfs:label ?rl . ?m ?mp ?mo . ?mo rdfs:label ?ml . }
            WHERE {
              { ?r ng:inArticle ?s . ?r ?rp ?ro OPTIONAL { ?ro rdfs:label ?rl } }
              UNION { ?m ng:reportedIn ?s . ?m a ng:Meeting . ?m ?mp ?mo OPTIONAL { ?mo rdfs:label ?ml } }
            }
            """;

    /** Articles that mention the resource. */
    private static final String MENTIONED_IN = PREFIXES + """
            CONSTRUCT { ?a a ng:Article ; ng:mentions ?s ; dcterms:title ?t ; schema:url ?u ; schema:datePublished ?d }
            WHERE { ?a ng:mentions ?s OPTIONAL { ?a dcterms:title ?t } OPTIONAL { ?a schema:url ?u }
                    OPTIONAL { ?a schema:datePublished ?d } }
            """;

    /** The meetings a report was merged into, and its article. */
    private static final String REPORT = PREFIXES + """
            CONSTRUCT { ?m a ng:Meeting ; ng:report ?s ; ng:date ?md . ?art dcterms:title ?t ; schema:url ?u }
            WHERE { { ?m ng:report ?s OPTIONAL { ?m ng:date ?md } }
                    UNION { ?s ng:inArticle ?art OPTIONAL { ?art dcterms:title ?t } OPTIONAL { ?art schema:url ?u } } }
            """;

    private static final String INDEX = PREFIXES + """
            SELECT ?e ?type (MIN(?l) AS ?label) (COUNT(DISTINCT ?m) AS ?meetings)
            WHERE {
              VALUES ?type { ng:Person ng:Organization ng:Place }
              ?e a ?type ; rdfs:label ?l .
              OPTIONAL { { ?m ng:participant ?e } UNION { ?m ng:location ?e } ?m a ng:Meeting }
            }
            GROUP BY ?e ?type
            ORDER BY ?type DESC(?meetings) ?label
            """;

    private static final String ARTICLES = PREFIXES + """
            SELECT ?a (MIN(?t) AS ?title) (MIN(?d) AS ?date)
            WHERE { ?a a ng:Article OPTIONAL { ?a dcterms:title ?t } OPTIONAL { ?a schema:datePublished ?d } }
            GROUP BY ?a ORDER BY DESC(?date) ?title
            """;

    /** A page's queries end after this long, whatever the server's query time-out: pages are open to all. */
    static final long PAGE_TIMEOUT_SECONDS = 20;

    /** One page of the index for a selection: the filters are bound as terms, never pasted in. */
    private static final String SELECTION = PREFIXES + """
            SELECT ?e ?type (MIN(?l) AS ?label) (COUNT(DISTINCT ?m) AS ?meetings)
            WHERE {
              VALUES ?type { ng:Person ng:Organization ng:Place }
              FILTER (?type = COALESCE(?wantType, ?type))
              GRAPH ?entitiesGraph { ?e a ?type ; rdfs:label ?l }
              OPTIONAL {
                GRAPH ?meetingsGraph {
                  { ?m ng:participant ?e } UNION { ?m ng:location ?e }
                  ?m a ng:Meeting ; ng:status ?st .
                  OPTIONAL { ?m ng:date ?d }
                }
                FILTER (?st = COALESCE(?wantStatus, ?st))
                FILTER (COALESCE(STR(?d) >= ?from, STR(?from) = "-", true))
                FILTER (COALESCE(STR(?d) < ?toExclusive, STR(?toExclusive) = "-", true))
              }
            }
            GROUP BY ?e ?type
            HAVING (COUNT(DISTINCT ?m) >= ?atLeast)
            ORDER BY DESC(?meetings) ?label ?e
            """;

    private final DatasetGraph dsg;

    /** Over a dataset whose default graph is the union of its named graphs (as the server sets up). */
    Describer(DatasetGraph dsg) {
        this.dsg = Objects.requireNonNull(dsg);
    }

    /** The description of {@code iri}, or null when the store says nothing about it. */
    Model describe(String iri) {
        Node s = NodeFactory.createURI(iri);
        return Txn.calculateRead(dsg, () -> {
            Model m = ModelFactory.createDefaultModel();
            NG.PREFIXES.forEach(m::setNsPrefix);
            m.add(construct(OWN, s));
            Resource r = m.getResource(iri);
            if (!m.contains(r, null, (org.apache.jena.rdf.model.RDFNode) null)) return null;
            if (r.hasProperty(RDF.type, NG.Article)) {
                m.add(construct(ARTICLE, s));
            } else if (r.hasProperty(RDF.type, NG.MeetingReport)) {
                m.add(construct(REPORT, s));
            } else {
                m.add(construct(MEETINGS, s));
                if (!r.hasProperty(RDF.type, NG.Meeting)) m.add(construct(MENTIONED_IN, s));
            }
            return m;
        });
    }

    private Model construct(String query, Node s) {
        try (QueryExec qe = QueryExec.dataset(dsg).query(query).substitution("s", s).timeout(PAGE_TIMEOUT_SECONDS, TimeUnit.SECONDS).build()) {
            Graph g = qe.construct();
            return ModelFactory.createModelForGraph(g);
        }
    }

    /** One row of the index: an entity, its class, label and number of meetings. */
    record Entry(String iri, String type, String label, long meetings) {
    }

    /** One row of the article index. */
    record ArticleEntry(String iri, String title, String date) {
    }

    List<Entry> entities() {
        return Txn.calculateRead(dsg, () -> {
            List<Entry> out = new ArrayList<>();
            try (QueryExec qe = QueryExec.dataset(dsg).query(INDEX).timeout(PAGE_TIMEOUT_SECONDS, TimeUnit.SECONDS).build()) {
                RowSet rs = qe.select();
                while (rs.hasNext()) {
                    Binding b = rs.next();
                    out.add(new Entry(b.get("e").getURI(), b.get("type").getURI(), b.get("label").getLiteralLexicalForm(),
                            ((Number) b.get("meetings").getLiteralValue()).longValue()));
                }
            }
            return out;
        });
    }

    /**
     * One page of the entities a filter selects, most meetings first, and whether there is a next page. Reads the
     * derived graphs of {@code iris}.
     */
    record Page(List<Entry> entries, boolean more) {
    }

    Page entities(IndexFilter f, org.newsgraph.rdf.Iris iris) {
        return Txn.calculateRead(dsg, () -> {
            org.apache.jena.query.Query q = org.apache.jena.query.QueryFactory.create(SELECTION);
            q.setLimit(IndexFilter.PAGE_SIZE + 1);
            q.setOffset((long) (f.page() - 1) * IndexFilter.PAGE_SIZE);
            var b = QueryExec.dataset(dsg).query(q).timeout(PAGE_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                    .substitution("entitiesGraph", NodeFactory.createURI(iris.entitiesGraph()))
                    .substitution("meetingsGraph", NodeFactory.createURI(iris.meetingsGraph()))
                    .substitution("atLeast", NodeFactory.createLiteralDT(f.needsMeetings() ? "1" : "0",
                            org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger));
            if (f.type() != null) b = b.substitution("wantType", NodeFactory.createURI(NG.NS + f.type()));
            if (f.status() != null) b = b.substitution("wantStatus", NodeFactory.createURI(NG.NS + f.status()));
            if (f.from() != null) b = b.substitution("from", NodeFactory.createLiteralString(f.from()));
            if (f.to() != null) b = b.substitution("toExclusive", NodeFactory.createLiteralString(f.toExclusive()));
            List<Entry> out = new ArrayList<>();
            try (QueryExec qe = b.build()) {
                RowSet rs = qe.select();
                while (rs.hasNext()) {
                    Binding r = rs.next();
                    out.add(new Entry(r.get("e").getURI(), r.get("type").getURI(), r.get("label").getLiteralLexicalForm(),
                            ((Number) r.get("meetings").getLiteralValue()).longValue()));
                }
            }
            boolean more = out.size() > IndexFilter.PAGE_SIZE;
            return new Page(more ? out.subList(0, IndexFilter.PAGE_SIZE) : out, more);
        });
    }

    /** The index page's first rows of each list and the number of all of them. */
    record Index(List<Entry> entries, Map<String, Long> totals, List<ArticleEntry> articles, long articleTotal) {
    }

    /**
     * The index page from the derived lists of {@code iris} ({@code graph/lists/index-*}): the first 100 entities of
     * each type and articles, as {@link #entities()} and {@link #articles()} give them, read by their rank (a few
     * hundred lookups instead of a count of every entity's meetings). Null when none of these lists is there (a store
     * without articles).
     */
    Index index(org.newsgraph.rdf.Iris iris) {
        return Txn.calculateRead(dsg, () -> {
            List<Entry> entries = new ArrayList<>();
            Map<String, Long> totals = new HashMap<>();
            boolean any = false;
            for (Node type : List.of(NG.Person.asNode(), NG.Organization.asNode(), NG.Place.asNode())) {
                String name = "index-" + type.getLocalName().toLowerCase(java.util.Locale.ROOT);
                long total = rowCount(iris, name);
                any |= total >= 0;
                totals.put(type.getURI(), Math.max(0, total));
                for (Map<String, Node> row : firstRows(iris, name)) {
                    entries.add(new Entry(row.get("e").getURI(), row.get("type").getURI(),
                            row.get("label").getLiteralLexicalForm(), ((Number) row.get("meetings").getLiteralValue()).longValue()));
                }
            }
            long articleTotal = rowCount(iris, "index-articles");
            List<ArticleEntry> articles = new ArrayList<>();
            for (Map<String, Node> row : firstRows(iris, "index-articles")) {
                Node t = row.get("title");
                Node d = row.get("date");
                articles.add(new ArticleEntry(row.get("a").getURI(), t == null ? null : t.getLiteralLexicalForm(),
                        d == null ? null : d.getLiteralLexicalForm()));
            }
            if (!any && articleTotal < 0) return null;
            return new Index(entries, totals, articles, Math.max(0, articleTotal));
        });
    }

    /** A list's number of rows; -1 when it is not there (an empty answer leaves no graph). */
    private long rowCount(org.newsgraph.rdf.Iris iris, String name) {
        Node g = NodeFactory.createURI(iris.listGraph(name));
        var it = dsg.find(g, NodeFactory.createURI(iris.list(name)), NG.rowCount.asNode(), Node.ANY);
        return it.hasNext() ? ((Number) it.next().getObject().getLiteralValue()).longValue() : -1;
    }

    /** The rows of a list's first chunk, in rank order, as variable name to value. */
    private List<Map<String, Node>> firstRows(org.newsgraph.rdf.Iris iris, String name) {
        Node g = NodeFactory.createURI(iris.listGraph(name));
        java.util.TreeMap<Long, Map<String, Node>> rows = new java.util.TreeMap<>();
        dsg.find(g, NodeFactory.createURI(iris.listChunk(name, 0)), NG.row.asNode(), Node.ANY).forEachRemaining(q -> {
            Map<String, Node> row = new HashMap<>();
            long[] rank = {-1};
            dsg.find(g, q.getObject(), Node.ANY, Node.ANY).forEachRemaining(v -> {
                String p = v.getPredicate().getURI();
                if (p.equals(NG.rank.getURI())) rank[0] = ((Number) v.getObject().getLiteralValue()).longValue();
                else if (p.startsWith(org.newsgraph.rdf.Lists.COLUMN_NS)) row.put(p.substring(org.newsgraph.rdf.Lists.COLUMN_NS.length()), v.getObject());
            });
            rows.put(rank[0], row);
        });
        return new ArrayList<>(rows.values());
    }

    List<ArticleEntry> articles() {
        return Txn.calculateRead(dsg, () -> {
            List<ArticleEntry> out = new ArrayList<>();
            try (QueryExec qe = QueryExec.dataset(dsg).query(ARTICLES).timeout(PAGE_TIMEOUT_SECONDS, TimeUnit.SECONDS).build()) {
                RowSet rs = qe.select();
                while (rs.hasNext()) {
                    Binding b = rs.next();
                    Node t = b.get("title");
                    Node d = b.get("date");
                    out.add(new ArticleEntry(b.get("a").getURI(), t == null ? null : t.getLiteralLexicalForm(),
                            d == null ? null : d.getLiteralLexicalForm()));
                }
            }
            return out;
        });
    }
}
