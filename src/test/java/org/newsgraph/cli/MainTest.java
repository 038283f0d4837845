package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line in-process: exit codes and messages (the packaged jar is exercised by CliIT). */
class MainTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void explainPrintsNamesAndMeetingFramesPerSentence() throws Exception {
        Path in = dir.resolve("e.jsonl");
        Files.writeString(in, "{\"id\": \"e1\", \"published\": \"2026-03-05\", \"text\": \"Minister Lena Okafor met Chancellor Raul Ibsen in Porto on Tuesday.\"}\n");
        int code = run("explain", in.toString(), "--id", "e1");
        assertEquals(ExitCodes.OK, code, err.toString());
        String o = out.toString();
        assertTrue(o.contains("Lena Okafor <PERSON") && o.contains("MEETING [Lena Okafor, Raul Ibsen] HAPPENED IN_PERSON date=2026-03-03"), o);
        assertEquals(ExitCodes.FAILURE, run("explain", in.toString(), "--id", "nope"));
    }

    @Test
    void ingestWithOneBadLineExitsThreeAndReportsIt() throws Exception {
        Path in = dir.resolve("a.jsonl");
        Files.writeString(in, "{\"id\": \"k1\", \"text\": \"Lena Okafor met Raul Ibsen in Porto.\"}\n{\"id\": \"k2\"\n");
        int code = run("ingest", "--store", dir.resolve("store").toString(), "--threads", "1", in.toString());
        assertEquals(ExitCodes.SKIPPED_INPUT, code, err.toString());
        assertTrue(err.toString().contains("newsgraph: skipped " + in + ":2: malformed JSON"), err.toString());
        assertTrue(out.toString().startsWith("1 article stored, 1 skipped, "), out.toString());
    }

    @Test
    void queryOnAMissingStoreFailsWithOneLine() {
        int code = run("query", "--store", dir.resolve("none").toString(), "-e", "ASK {}");
        assertEquals(ExitCodes.FAILURE, code);
        assertEquals("newsgraph: no store at " + dir.resolve("none") + " (create one with 'newsgraph ingest --store "
                + dir.resolve("none") + " INPUT...')", err.toString().strip());
    }

    @Test
    void usageErrorsAndVersion() {
        assertEquals(ExitCodes.USAGE, run("query", "--store", dir.toString(), "--format", "xml", "-e", "ASK {}"));
        assertEquals(ExitCodes.USAGE, run("ingest", "--store", "s", "--endpoint", "http://localhost:1/x", "in.jsonl"));
        assertEquals(ExitCodes.USAGE, run("ingest", "--store", dir.resolve("s").toString(), "--threads", "0", dir.toString()));
        assertEquals(ExitCodes.USAGE, run());
        assertEquals(ExitCodes.OK, run("--version"));
        assertTrue(out.toString().startsWith("newsgraph " + Main.FALLBACK_VERSION), out.toString());
    }

    @Test
    void formatsAreCaseInsensitive() throws Exception {
        Path in = dir.resolve("b.txt");
        Files.writeString(in, "Some text about nobody.");
        assertEquals(0, run("ingest", "--store", dir.resolve("st").toString(), in.toString()));
        Path outFile = dir.resolve("all.trig");
        assertEquals(0, run("export", "--store", dir.resolve("st").toString(), "--format", "TriG", "--out", outFile.toString()));
        assertTrue(Files.readString(outFile).contains("article/b"));
    }

    @Test
    void anUnreachableEndpointIsAOneLineFailure() throws Exception {
        Path in = dir.resolve("c.txt");
        Files.writeString(in, "Text.");
        int code = run("ingest", "--endpoint", "http://127.0.0.1:9/newsgraph", in.toString());
        assertEquals(ExitCodes.FAILURE, code);
        assertTrue(err.toString().startsWith("newsgraph: no Fuseki at http://127.0.0.1:9/newsgraph"), err.toString());
        assertEquals(1, err.toString().lines().count(), err.toString());
    }

    @Test
    void serveRefusesLoginsThatCannotWork() throws Exception {
        String store = dir.resolve("s").toString();
        Path passwd = Files.writeString(dir.resolve("passwd"), "# writers\neditor: pw-one\nnot a login line\n");
        assertEquals(ExitCodes.USAGE, run("serve", "--store", store, "--update", "--passwd", passwd.toString()));
        assertTrue(err.toString().contains(passwd + ":3: expected 'user: password'"), err.toString());
        Path good = Files.writeString(dir.resolve("passwd-ok"), "editor: pw-one\n");
        assertEquals(ExitCodes.USAGE, run("serve", "--store", store, "--update", "--passwd", good.toString(), "--user", "nobody"));
        assertTrue(err.toString().contains("no login for user nobody"), err.toString());
        assertEquals(ExitCodes.USAGE, run("serve", "--store", store, "--passwd", good.toString()));
        assertEquals(ExitCodes.USAGE, run("serve", "--store", store, "--update"));
        assertEquals(ExitCodes.USAGE, run("serve", "--store", store, "--timeout", "-1"));
        assertEquals(ExitCodes.USAGE, run("serve", "--store", store, "--cors-write-origin", "*"));
    }
}
