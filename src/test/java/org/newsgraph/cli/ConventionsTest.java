package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** The conventions users know from Jena's tools: riot's format names, --loc, canned queries by name, skipped inputs. */
class ConventionsTest {

    @TempDir
    static Path dir;
    static Path store;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void ingest() throws Exception {
        Path in = Files.writeString(dir.resolve("a.jsonl"), "{\"id\": \"c1\", \"published\": \"2025-05-02\", \"text\":"
                + " \"PORTO - Planner Lena Okafor met engineer Raul Ibsen in Porto on Thursday.\"}\n");
        store = dir.resolve("store");
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(new StringWriter()));
        assertEquals(0, cl.execute("ingest", "--loc", store.toString(), "--threads", "1", in.toString()));
    }

    private int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    /** Runs a command that writes its answer to System.out (query, export to stdout). */
    private String stdout(String... args) {
        PrintStream saved = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, run(args), err.toString());
        } finally {
            System.setOut(saved);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @CsvSource({"graph.ttl, TTL, false", "graph.nt, N-TRIPLES, false", "graph.nq, N-QUADS, true", "graph.trig, TRIG, true",
            "graph.jsonld, JSON-LD, true", "graph.rdf, RDF/XML, false", "graph.owl, RDF/XML, false"})
    void theFormatFollowsTheExtensionOfOut(String file, String lang, boolean namedGraphs) throws Exception {
        Path f = dir.resolve(file);
        assertEquals(0, run("export", "--loc", store.toString(), "--out", f.toString()), err.toString());
        Lang expected = RDFLanguages.nameToLang(lang);
        Dataset ds = DatasetFactory.create();
        RDFDataMgr.read(ds, f.toString(), expected);
        long quads = ds.asDatasetGraph().stream().count();
        assertTrue(quads > 10, file + " holds the store: " + quads);
        if (!namedGraphs) {
            assertTrue(ds.getDefaultModel().size() > 10, file + " is one graph");
        } else {
            assertTrue(ds.listNames().hasNext(), file + " keeps the named graphs");
        }
    }

    @ParameterizedTest
    @CsvSource({"ttl", "turtle", "nt", "N-Triples", "ntriples", "nq", "nquads", "trig", "jsonld", "json-ld", "rdf", "RDFXML"})
    void riotNamesAreFormats(String name) {
        assertTrue(stdout("export", "--store", store.toString(), "--format", name).length() > 100, name);
    }

    @Test
    void nTriplesIsOneTriplePerLine() {
        String nt = stdout("export", "--store", store.toString(), "--format", "nt");
        Dataset ds = DatasetFactory.create();
        RDFDataMgr.read(ds, new java.io.ByteArrayInputStream(nt.getBytes(StandardCharsets.UTF_8)), Lang.NTRIPLES);
        assertEquals(nt.lines().filter(l -> !l.isBlank()).count(), ds.getDefaultModel().size());
    }

    @Test
    void anExtensionThatNamesNoFormatIsAUsageError() {
        assertEquals(ExitCodes.USAGE, run("export", "--store", store.toString(), "--out", dir.resolve("graph.txt").toString()));
        assertTrue(err.toString().contains("cannot tell the format from the extension"), err.toString());
        assertEquals(ExitCodes.USAGE, run("export", "--store", store.toString()));
        assertEquals(ExitCodes.USAGE, run("export", "--store", store.toString(), "--format", "yaml"));
        assertTrue(err.toString().contains("unknown export format 'yaml'"), err.toString());
    }

    @Test
    void theFormatGivenWinsOverTheExtension() throws Exception {
        Path f = dir.resolve("meetings.txt");
        assertEquals(0, run("export", "--store", store.toString(), "--format", "csv", "--out", f.toString()), err.toString());
        assertTrue(Files.readString(f).startsWith("meeting,"), Files.readString(f));
    }

    @Test
    void cannedQueriesByName() {
        String byName = stdout("query", "--loc", store.toString(), "--format", "csv", "who-met-whom");
        String byFile = stdout("query", "--store", store.toString(), "--format", "csv", "queries/who-met-whom.rq");
        assertEquals(byFile, byName);
        assertTrue(byName.contains("Lena Okafor"), byName);
        assertEquals(byName, stdout("query", "--store", store.toString(), "--format", "csv", "who-met-whom.rq"));
        String person = stdout("query", "--store", store.toString(), "--format", "csv", "meetings-of-person",
                "--param", "name=Raul Ibsen");
        assertTrue(person.contains("Lena Okafor"), person);
    }

    @Test
    void theBundledCopyAnswersAnywhere() {
        assertTrue(CannedQueries.find("why-merged").orElseThrow().contains("ng:mergeReason"));
        assertTrue(CannedQueries.names().containsAll(java.util.List.of("who-met-whom", "why-merged", "meeting-evidence")),
                CannedQueries.names().toString());
        assertTrue(CannedQueries.find("../pom.xml").isEmpty());
    }

    @Test
    void anUnknownQueryNameListsTheCannedOnes() {
        assertEquals(ExitCodes.USAGE, run("query", "--store", store.toString(), "who-met-who"));
        assertTrue(err.toString().contains("no such query file: who-met-who, nor a canned query of that name (")
                && err.toString().contains("who-met-whom"), err.toString());
    }

    @Test
    void locIsStoreOnEveryCommandThatHasStore() {
        for (CommandLine sub : Main.commandLine().getSubcommands().values()) {
            for (CommandLine subsub : java.util.stream.Stream.concat(java.util.stream.Stream.of(sub),
                    sub.getSubcommands().values().stream()).toList()) {
                var store = subsub.getCommandSpec().findOption("--store");
                if (store != null) {
                    assertTrue(java.util.List.of(store.names()).contains("--loc"), subsub.getCommandName());
                }
            }
        }
        assertEquals(0, run("validate", "--loc", store.toString()), err.toString());
    }

    @Test
    void aMissingInputAmongGoodOnesIsSkippedAndTheRestStored() throws Exception {
        Path good = Files.writeString(dir.resolve("good.txt"), "Engineer Sam Ode met planner Rita Moss in Turku.");
        Path missing = dir.resolve("no-such.jsonl");
        Path s = dir.resolve("store-missing");
        int code = run("ingest", "--store", s.toString(), "--threads", "1", missing.toString(), good.toString());
        assertEquals(ExitCodes.SKIPPED_INPUT, code, err.toString());
        assertTrue(err.toString().contains(missing + ": no such file or folder"), err.toString());
        assertTrue(out.toString().startsWith("1 article stored, 1 skipped"), out.toString());
        assertTrue(stdout("query", "--store", s.toString(), "--format", "csv", "-e",
                "SELECT ?id { ?a <http://purl.org/dc/terms/identifier> ?id }").contains("good"));
    }
}
