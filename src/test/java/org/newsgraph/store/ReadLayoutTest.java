package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.pipeline.Pipeline;

/**
 * The canned queries read the derived graphs by their constant IRIs; they must give exactly the answers of the
 * earlier versions that joined across every article graph ({@code bench/queries-cross-graph/}, kept for {@code bench reads}), on the bundled
 * samples and both of the project's evaluation sets, for every person and place name in the store.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadLayoutTest {
    private static final List<String> QUERIES = List.of("who-met-whom", "meetings-of-person", "meetings-at-place",
            "meetings-not-held", "meeting-evidence");
    private Store store;

    @BeforeAll
    void ingest(@TempDir Path dir) throws IOException {
        Path samples = dir.resolve("samples.jsonl");
        try (InputStream in = ReadLayoutTest.class.getResourceAsStream("/samples/articles.jsonl")) {
            Files.copy(in, samples);
        }
        store = Store.open(dir.resolve("store"));
        Pipeline.builder().store(store).threads(2).build()
                .run(List.of(samples, Path.of("eval", "articles.jsonl"), Path.of("eval", "holdout", "articles.jsonl")));
    }

    @AfterAll
    void close() {
        if (store != null) store.close();
    }

    private static String text(String resource) throws IOException {
        try (InputStream in = ReadLayoutTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Rows in order; the parts of a joined list (names, article ids) sorted, as their order is the plan's. */
    private List<Map<String, String>> rows(String query, String var, Node value) {
        return rows(query, var == null ? Map.of() : Map.of(var, value));
    }

    private List<Map<String, String>> rows(String query, Map<String, Node> values) {
        DatasetGraph dsg = store.datasetGraph();
        return Txn.calculateRead(dsg, () -> {
            List<Map<String, String>> out = new ArrayList<>();
            var b = QueryExec.dataset(dsg).query(query);
            for (Map.Entry<String, Node> e : values.entrySet()) b = b.substitution(e.getKey(), e.getValue());
            try (QueryExec qe = b.build()) {
                RowSet rs = qe.select();
                List<String> vars = rs.getResultVars().stream().map(v -> v.getVarName()).toList();
                while (rs.hasNext()) {
                    Binding row = rs.next();
                    Map<String, String> m = new LinkedHashMap<>();
                    for (String v : vars) {
                        Node n = row.get(v);
                        String s = n == null ? "" : n.toString();
                        // the parts of a joined list compared as a set: their order is the plan's
                        String lex = n != null && n.isLiteral() ? n.getLiteralLexicalForm() : s;
                        if (v.equals("with") || v.equals("participants")) s = String.join("; ", new TreeSet<>(Arrays.asList(lex.split("; "))));
                        if (v.equals("articles")) s = String.join(" ", new TreeSet<>(Arrays.asList(lex.split(" "))));
                        m.put(v, s);
                    }
                    out.add(m);
                }
            }
            return out;
        });
    }

    private List<String> labels(String type) {
        String q = "PREFIX ng: <https://w3id.org/newsgraph/ns#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT DISTINCT ?n WHERE { GRAPH ?g { ?x a ng:" + type
                + " } GRAPH ?h { ?x rdfs:label|skos:altLabel|ng:name ?n } } ORDER BY ?n";
        return rows(q, null, null).stream().map(r -> r.get("n")).map(s -> s.substring(1, s.lastIndexOf('"'))).toList();
    }

    @TestFactory
    Stream<DynamicTest> sameAnswersAsBefore() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        List<String> persons = labels("Person");
        List<String> places = labels("Place");
        assertTrue(persons.size() > 50 && places.size() > 30, persons.size() + " persons, " + places.size() + " places");
        for (String name : QUERIES) {
            String before = text("/bench/queries-cross-graph/" + name + ".rq");
            String now = Files.readString(Path.of("queries", name + ".rq"));
            String var = name.equals("meetings-of-person") ? "name" : name.equals("meetings-at-place") ? "place" : null;
            List<String> values = var == null ? List.of("") : var.equals("name") ? persons : places;
            tests.add(DynamicTest.dynamicTest(name, () -> {
                int nonEmpty = 0;
                for (String v : values) {
                    Node value = var == null ? null : NodeFactory.createLiteralString(v);
                    List<Map<String, String>> expected = rows(before, var, value);
                    assertEquals(expected, rows(now, var, value), name + (var == null ? "" : " " + var + "=" + v));
                    if (!expected.isEmpty()) nonEmpty++;
                }
                assertTrue(nonEmpty > 0, name + " answered nothing");
            }));
        }
        return tests.stream();
    }

    /**
     * A page of a whole-graph query ({@code limit} and {@code offset} bound, as {@code --param} binds them) is the
     * same slice of the earlier query's rows, at the start, across chunk boundaries, at the end and past it.
     */
    @TestFactory
    Stream<DynamicTest> pagesAreSlicesOfTheWholeAnswer() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : List.of("who-met-whom", "meetings-not-held", "meeting-evidence")) {
            String before = text("/bench/queries-cross-graph/" + name + ".rq");
            String now = Files.readString(Path.of("queries", name + ".rq"));
            tests.add(DynamicTest.dynamicTest(name, () -> {
                List<Map<String, String>> all = rows(before, Map.of());
                int n = all.size();
                assertTrue(n > 0, name + " answered nothing");
                int[][] pages = {{0, 100}, {0, 1}, {100, 100}, {50, 100}, {99, 2}, {1, 250}, {n - 10, 100}, {n, 100},
                        {n + 5, 10}, {0, n + 100}};
                for (int[] p : pages) {
                    Map<String, Node> bound = new LinkedHashMap<>();
                    bound.put("offset", NodeFactory.createLiteralString(Integer.toString(p[0])));
                    bound.put("limit", NodeFactory.createLiteralString(Integer.toString(p[1])));
                    List<Map<String, String>> expected = all.subList(Math.min(n, p[0]), Math.min(n, p[0] + p[1]));
                    assertEquals(expected, rows(now, bound), name + " offset " + p[0] + " limit " + p[1]);
                }
                int from = n / 2;
                Map<String, Node> fromOnly = Map.of("offset", NodeFactory.createLiteralString(Integer.toString(from)));
                assertEquals(all.subList(from, n), rows(now, fromOnly), name + " from offset " + from);
            }));
        }
        return tests.stream();
    }
}
