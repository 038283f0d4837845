package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.rdf.Fixtures;
import org.newsgraph.store.Store;
import picocli.CommandLine;

/** {@code query --param}: values are bound, names are checked against the query's variables. */
class QueryParamCommandTest {

    @TempDir
    static Path dir;

    private static Path store;

    record Result(int exit, String out, String err) {
    }

    @BeforeAll
    static void fixture() {
        store = dir.resolve("store");
        try (Store s = Store.open(store)) {
            s.putArticles(List.of(
                    Fixtures.article("c1", "2025-04-08",
                            Fixtures.met(List.of(Fixtures.ADA, Fixtures.TOMAS), Fixtures.PORT_ASTER, Fixtures.day("2025-04-07"))),
                    Fixtures.article("c2", "2025-05-02",
                            Fixtures.met(List.of(Fixtures.LENA, Fixtures.TOMAS), Fixtures.KELDRA, Fixtures.day("2025-05-01")))));
        }
    }

    /** Runs in-process; the query answer goes to System.out, so it is captured there. */
    private static synchronized Result run(String... args) {
        StringWriter err = new StringWriter();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        int exit;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            CommandLine cl = Main.commandLine();
            cl.setErr(new PrintWriter(err, true));
            cl.setOut(new PrintWriter(new StringWriter(), true));
            exit = cl.execute(args);
        } finally {
            System.setOut(saved);
        }
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString());
    }

    private static Result query(String file, String... params) {
        List<String> args = new ArrayList<>(List.of("query", "--store", store.toString(), "--format", "csv", file));
        for (String p : params) args.addAll(List.of("--param", p));
        return run(args.toArray(String[]::new));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            # query file                   | --param                           | rows | text in the answer
            queries/meetings-of-person.rq  | name=Ada Brook                    | 1    | Tomas Verin
            queries/meetings-of-person.rq  | name=Tomas Verin                  | 2    | Lena Okafor
            queries/meetings-of-person.rq  | ?name=Lena Okafor                 | 1    | Keldra
            queries/meetings-of-person.rq  | name=Nobody Known                 | 0    |
            queries/meetings-of-person.rq  | 'name=Ada Brook" } UNION { ?p ?x ?name } #' | 0 |
            queries/meetings-of-person.rq  | 'name=x") || true) . } #'        | 0    |
            queries/meetings-of-person.rq  | 'name="Ada Brook"'                | 0    |
            queries/meetings-of-person.rq  | 'name="Ada Brook"@en'             | 0    |
            queries/meetings-at-place.rq   | place=Port Aster                  | 1    | Ada Brook
            queries/meetings-at-place.rq   | place=Keldra                      | 1    | Lena Okafor
            queries/meetings-at-place.rq   | loc=<https://w3id.org/newsgraph/id/place/keldra> | 1 | Lena Okafor
            queries/meetings-at-place.rq   | 'loc="https://w3id.org/newsgraph/id/place/keldra"' | 0 |
            queries/who-met-whom.rq        | 'person1=Ada Brook'               | 1    | Tomas Verin
            """)
    void paramsSelectRows(String file, String param, int rows, String expected) {
        Result r = query(file, param);
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(rows, lines.size() - 1, r.out());
        if (expected != null) assertTrue(r.out().contains(expected), r.out());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            # --param (or several, split on ' && ')         | message
            nmae=Ada Brook                                  | '--param nmae: the query has no such variable (it has ?'
            'name=Ada && where=x && who=y'                  | '--param where, who: the query has no such variables'
            noequals                                        | --param needs NAME=VALUE
            '=Ada'                                          | --param needs NAME=VALUE
            'name=Ada && name=Ana'                          | --param name is given twice
            'my name=Ada'                                   | not a variable name
            'name="x"^^xsd:integer'                         | is not a valid xsd:integer
            'name=<noscheme>'                               | not an absolute IRI
            """)
    void badParamsAreUsageErrors(String params, String message) {
        Result r = query("queries/meetings-of-person.rq", params.split(" && "));
        assertEquals(ExitCodes.USAGE, r.exit(), r.err());
        assertTrue(r.err().contains(message), r.err());
        assertEquals("", r.out());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            # -e query                                                   | --param                 | answer
            'SELECT ?v WHERE { }'                                        | 'v=x" } ; DROP ALL ; #' | '"x"" } ; DROP ALL ; #"'
            'SELECT ?v WHERE { }'                                        | 'v="2025"^^xsd:gYear'   | 2025
            'SELECT (DATATYPE(?v) AS ?t) WHERE { }'                      | 'v="2025"^^xsd:gYear'   | http://www.w3.org/2001/XMLSchema#gYear
            'SELECT (LANG(?v) AS ?t) WHERE { }'                          | 'v="Lisboa"@pt'         | pt
            'SELECT (ISIRI(?v) AS ?t) WHERE { }'                         | 'v=<urn:x:1>'           | true
            'SELECT (ISIRI(?v) AS ?t) WHERE { }'                         | 'v=urn:x:1'             | false
            """)
    void expressionQueriesBindToo(String sparql, String param, String answer) {
        Result r = run("query", "--store", store.toString(), "--format", "csv", "-e", sparql, "--param", param);
        assertEquals(0, r.exit(), r.err());
        assertEquals(answer, r.out().lines().toList().get(1), r.out());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            name=Ada Brook
            'name=x"} DROP ALL'
            """)
    void theStoreIsUnchangedAfterParameterisedQueries(String param) {
        long before;
        try (Store s = Store.open(store)) {
            before = s.size();
        }
        assertEquals(0, query("queries/meetings-of-person.rq", param).exit());
        try (Store s = Store.open(store)) {
            assertEquals(before, s.size());
            assertEquals(List.of("c1", "c2"), s.articleIds());
        }
    }
}
