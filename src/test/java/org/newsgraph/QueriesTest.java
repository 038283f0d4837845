package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.sparql.core.Var;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.newsgraph.extract.MeetingMode;
import org.newsgraph.extract.MeetingStatus;
import org.newsgraph.store.Store;

/** Every canned query parses, declares its parameters, and answers on a small store. */
class QueriesTest {
    private static final Pattern PARAM = Pattern.compile("^# param: \\?(\\w+) — .+$", Pattern.MULTILINE);

    /** Parameter values and a text the answer must contain, per query; other queries must just answer. */
    private static final Map<String, Map<String, String>> PARAMS = Map.of(
            "meetings-of-person.rq", Map.of("name", "Verin"),
            "meetings-at-place.rq", Map.of("place", "Republic of Elmaria"),
            "search-names.rq", Map.of("text", "VERIN"),
            "why-merged.rq", Map.of("meeting", org.newsgraph.rdf.Iris.DEFAULT.meeting(String.join(" ",
                    org.newsgraph.rdf.Iris.DEFAULT.entity(ADA), org.newsgraph.rdf.Iris.DEFAULT.entity(TOMAS))
                    + "|2025-04-07|" + org.newsgraph.rdf.Iris.DEFAULT.entity(PORT_ASTER))));
    private static final Map<String, String> EXPECT = Map.of(
            "who-met-whom.rq", "Ada Brook",
            "meetings-of-person.rq", "Tomas Verin",
            "meetings-at-place.rq", "Port Aster",
            "meetings-not-held.rq", "Lena Okafor",
            "meeting-evidence.rq", "They met.",
            "search-names.rq", "Tomas Verin",
            "why-merged.rq", "Merged 2 reports from 2 article(s)");

    private static Store store;

    @BeforeAll
    static void fixture() {
        store = Store.inMemory();
        store.putArticles(List.of(
                article("q1", "2025-04-08", met(List.of(ADA, TOMAS), PORT_ASTER, day("2025-04-07"))),
                article("q2", "2025-04-09", met(List.of(TOMAS, ADA), ELMARIA, day("2025-04-07")),
                        report("Lena Okafor postponed talks with Norvale Bank in Keldra.", 0, List.of(LENA, BANK), KELDRA,
                                day("2025-04-21"), MeetingStatus.POSTPONED, MeetingMode.IN_PERSON))));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @TestFactory
    Stream<DynamicTest> everyQueryFile() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("queries"))) {
            files = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        assertTrue(files.size() >= 5, "the canned queries are there");
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
    }

    private void check(Path file) throws IOException {
        String name = file.getFileName().toString();
        String text = Files.readString(file);
        assertTrue(text.startsWith("#"), "starts with a comment saying what it answers");
        Query q = QueryFactory.create(text);
        assertTrue(q.isSelectType(), "canned queries are SELECT");
        Map<String, String> params = new LinkedHashMap<>();
        Matcher m = PARAM.matcher(text);
        while (m.find()) {
            assertTrue(text.contains("?" + m.group(1)), "declared parameter used: " + m.group(1));
            params.put(m.group(1), PARAMS.getOrDefault(name, Map.of()).get(m.group(1)));
        }
        params.values().removeIf(v -> v == null);
        assertEquals(PARAMS.getOrDefault(name, Map.of()).keySet(), params.keySet(), "parameters declared in the header");

        List<QuerySolution> rows = run(text, params);
        assertFalse(rows.isEmpty(), name + " answers on the fixture");
        String all = rows.toString();
        if (EXPECT.containsKey(name)) assertTrue(all.contains(EXPECT.get(name)), name + ": " + all);
        for (Var v : q.getProjectVars()) {
            assertTrue(rows.stream().anyMatch(r -> r.contains(v.getVarName())), name + " binds ?" + v.getVarName());
        }
        if (!params.isEmpty()) {
            Map<String, String> nobody = new LinkedHashMap<>();
            params.keySet().forEach(k -> nobody.put(k, "Nobody Known"));
            assertTrue(run(text, nobody).isEmpty(), name + " filters by its parameters");
        }
    }

    /**
     * A stock Fuseki dataset has no union default graph: every canned query must give there what it gives on the
     * store. The store's quads are copied into a plain in-memory dataset, whose default graph is empty.
     */
    @TestFactory
    Stream<DynamicTest> everyQueryAnswersTheSameWithoutAUnionDefaultGraph() throws IOException {
        org.apache.jena.sparql.core.DatasetGraph plain = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
        org.apache.jena.system.Txn.executeWrite(plain, () -> org.apache.jena.system.Txn.executeRead(store.datasetGraph(),
                () -> store.datasetGraph().find().forEachRemaining(plain::add)));
        assertTrue(plain.getDefaultGraph().isEmpty());
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("queries"))) {
            files = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            String text = Files.readString(f);
            Map<String, String> params = PARAMS.getOrDefault(f.getFileName().toString(), Map.of());
            List<String> onStore = run(text, params).stream().map(QueriesTest::normal).sorted().toList();
            List<String> onPlain = new ArrayList<>();
            org.apache.jena.query.QueryExecutionDatasetBuilder b = org.apache.jena.query.QueryExecution
                    .dataset(org.apache.jena.query.DatasetFactory.wrap(plain)).query(text);
            params.forEach((k, v) -> b.substitution(k, org.apache.jena.rdf.model.ResourceFactory.createStringLiteral(v)));
            org.apache.jena.system.Txn.executeRead(plain, () -> {
                try (org.apache.jena.query.QueryExecution qe = b.build()) {
                    qe.execSelect().forEachRemaining(r -> onPlain.add(normal(r)));
                }
            });
            assertFalse(onStore.isEmpty());
            assertEquals(onStore, onPlain.stream().sorted().toList());
        }));
    }

    /** A row as sorted name=value pairs; GROUP_CONCAT lists (in no set order) with their items sorted. */
    private static String normal(QuerySolution r) {
        java.util.TreeMap<String, String> m = new java.util.TreeMap<>();
        r.varNames().forEachRemaining(v -> {
            String value = r.get(v).toString();
            m.put(v, value.contains("; ") ? String.join("; ", new java.util.TreeSet<>(List.of(value.split("; ")))) : value);
        });
        return m.toString();
    }

    private static List<QuerySolution> run(String text, Map<String, String> params) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.query(text, params, Store.ResultFormat.JSON, out);
        List<QuerySolution> rows = new ArrayList<>();
        ResultSetFactory.fromJSON(new ByteArrayInputStream(out.toByteArray())).forEachRemaining(rows::add);
        return rows;
    }

    @TestFactory
    Stream<DynamicTest> specificAnswers() {
        return Stream.of(
                DynamicTest.dynamicTest("who-met-whom gives one pair with two sources", () -> {
                    List<QuerySolution> rows = run(Files.readString(Path.of("queries/who-met-whom.rq")), Map.of());
                    assertEquals(1, rows.size(), rows.toString());
                    QuerySolution r = rows.get(0);
                    assertEquals("Ada Brook", r.getLiteral("person1").getString());
                    assertEquals("Tomas Verin", r.getLiteral("person2").getString());
                    assertEquals("Port Aster", r.getLiteral("place").getString());
                    assertEquals("2025-04-07", r.getLiteral("date").getLexicalForm());
                    assertEquals(2, r.getLiteral("sources").getInt());
                    assertEquals("q1 q2", r.getLiteral("articles").getString());
                }),
                DynamicTest.dynamicTest("meetings-not-held gives the postponed meeting", () -> {
                    List<QuerySolution> rows = run(Files.readString(Path.of("queries/meetings-not-held.rq")), Map.of());
                    assertEquals(1, rows.size(), rows.toString());
                    assertEquals("Postponed", rows.get(0).getLiteral("status").getString());
                }),
                DynamicTest.dynamicTest("meeting-evidence gives offsets per report", () -> {
                    List<QuerySolution> rows = run(Files.readString(Path.of("queries/meeting-evidence.rq")), Map.of());
                    assertEquals(3, rows.size(), rows.toString());
                    for (QuerySolution r : rows) {
                        int start = r.getLiteral("start").getInt(), end = r.getLiteral("end").getInt();
                        assertEquals(r.getLiteral("evidence").getString().length(), end - start);
                    }
                }));
    }
}
