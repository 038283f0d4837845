package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.bench.HostileInputs;

/**
 * Hostile input through the packaged command line: overlong sentences, a name repeated 50,000 times, a big
 * ordinary article and an article over its time, among good articles and the bad inputs that are skipped. Each
 * case checks the message, the exit code, what was stored, a (generous) time bound and that the store validates.
 * Inputs are generated here; no big file is kept in the repository.
 */
class HostileInputIT {
    private static final Path JAR = Path.of("target", "newsgraph.jar");
    /** Generous: the whole run on a loaded 2-core machine; minutes before the budget existed. */
    private static final long BOUND_SECONDS = 170;
    private static final String IDS = "SELECT ?id WHERE { ?a a <https://w3id.org/newsgraph/ns#Article> ;"
            + " <http://purl.org/dc/terms/identifier> ?id } ORDER BY ?id";

    @TempDir
    static Path tmp;

    record Run(int exit, String out, String err, double seconds) {
    }

    @BeforeAll
    static void jarExists() {
        assertTrue(Files.isRegularFile(JAR), "run 'mvn package' first: " + JAR.toAbsolutePath());
    }

    static Run run(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-jar", JAR.toString()));
        cmd.addAll(Arrays.asList(args));
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        p.getOutputStream().close();
        if (!p.waitFor(BOUND_SECONDS + 30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("no end after " + (BOUND_SECONDS + 30) + " s: " + String.join(" ", args)
                    + "\n" + Files.readString(err));
        }
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err), (System.nanoTime() - t0) / 1e9);
    }

    private static String line(String id, String text) {
        return "{\"id\": \"" + id + "\", \"published\": \"2026-03-03\", \"text\": \"" + text.replace("\n", "\\n") + "\"}";
    }

    private static final String GOOD1 = "Foreign Minister Ana Ruiz met Prime Minister Tomas Berg in Oslo on Tuesday.";
    private static final String GOOD2 = "Trade Minister Lena Hart met President Omar Farouk in Vienna on Monday.";
    private static final String GOOD3 = "Finance Minister Ingrid Lindqvist met President Kwame Boateng in Geneva on Friday.";

    private static List<String> stored(Path store) throws Exception {
        Run q = run("query", "--store", store.toString(), "--format", "csv", "-e", IDS);
        assertEquals(0, q.exit(), q.err());
        return q.out().lines().skip(1).toList();
    }

    private static void validates(Path store) throws Exception {
        Run v = run("validate", "--store", store.toString());
        assertEquals(0, v.exit(), v.out() + v.err());
    }

    @Test
    void hostileArticlesAmongGoodOnesAreBoundedAndEverythingElseIsStored() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path news = in.resolve("a-news.jsonl");
        Files.writeString(news, String.join("\n",
                line("good-1", GOOD1),
                line("long-sentence", HostileInputs.longSentence(200_000, 11)),
                line("good-2", GOOD2),
                line("repeated-name", HostileInputs.repeatedName("Ruiz", 50_000)),
                "{\"id\": \"broken\", \"text\": \"unterminated}",
                line("good-1", "The same id again."),
                line("good-3", GOOD3),
                ""));
        Path big = in.resolve("b-big.jsonl");
        Files.writeString(big, line("big", HostileInputs.prose(400_000, 5)) + "\n");
        Files.write(in.resolve("c-empty.txt"), new byte[0]);
        Files.write(in.resolve("d-binary.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Files.write(in.resolve("e-latin1.txt"), "Caf\u00e9 owners met in Li\u00e8ge.".getBytes(StandardCharsets.ISO_8859_1));
        Path store = tmp.resolve("store-hostile");

        // names capped lower than the default so that a 400 KB article shows the cut; the time-out (another test)
        // raised so that a machine busy with other work does not turn the cut into a skip
        Run r = run("ingest", "--store", store.toString(), "--threads", "2", "--max-mentions", "100,2000",
                "--article-timeout", String.valueOf(BOUND_SECONDS - 20), in.toString());

        assertTrue(r.seconds() < BOUND_SECONDS, "took " + r.seconds() + " s");
        assertEquals(ExitCodes.SKIPPED_INPUT, r.exit(), r.err());
        List<String> skipped = r.err().lines().filter(l -> l.startsWith("newsgraph: skipped ")).toList();
        String[] expected = {
                news + ":5: malformed JSON",
                news + ":6: duplicate id 'good-1'",
                in.resolve("c-empty.txt") + ": empty file",
                in.resolve("d-binary.html") + ": binary file",
                in.resolve("e-latin1.txt") + ": invalid UTF-8 at line 1",
        };
        assertEquals(expected.length, skipped.size(), r.err());
        for (int i = 0; i < expected.length; i++) {
            assertTrue(skipped.get(i).startsWith("newsgraph: skipped " + expected[i]), skipped.get(i) + "\n expected: " + expected[i]);
        }
        List<String> notes = r.err().lines().filter(l -> l.startsWith("newsgraph: note ")).toList();
        assertEquals(3, notes.size(), r.err());
        assertTrue(notes.get(0).matches("newsgraph: note \\Q" + news + "\\E:2: article 'long-sentence': 1 sentence over 2,000 characters"
                + " or 300 tokens split into [\\d,]+ pieces"), notes.get(0));
        assertTrue(notes.get(1).matches("newsgraph: note \\Q" + news + "\\E:4: article 'repeated-name': 1 sentence over 2,000 characters"
                + " or 300 tokens split into [\\d,]+ pieces"), notes.get(1));
        assertTrue(notes.get(2).matches("newsgraph: note \\Q" + big + "\\E:1: article 'big': over 2,000 names: analysed the first [\\d,]+"
                + " sentences \\(up to character [\\d,]+\\), the rest is left out"), notes.get(2));
        assertFalse(r.err().contains("Exception"), r.err());
        assertTrue(r.out().matches("(?s)6 articles stored \\(1 truncated\\), 5 skipped, \\d+ triples in store, \\d+\\.\\d s\\s*"), r.out());

        assertEquals(List.of("big", "good-1", "good-2", "good-3", "long-sentence", "repeated-name"), stored(store));
        validates(store);
    }

    @Test
    void anArticleOverItsTimeIsSkippedAndTheOthersAreStored() throws Exception {
        Path in = tmp.resolve("slow.jsonl");
        // a whole megabyte is analysed (names are not capped here): far more than two seconds of work
        Files.writeString(in, String.join("\n", line("good-1", GOOD1), line("slow", HostileInputs.prose(1_000_000, 8)),
                line("good-2", GOOD2), ""));
        Path store = tmp.resolve("store-slow");

        Run r = run("ingest", "--store", store.toString(), "--threads", "1", "--article-timeout", "2",
                "--max-mentions", "100,1000000", in.toString());

        assertTrue(r.seconds() < BOUND_SECONDS, "took " + r.seconds() + " s");
        assertEquals(ExitCodes.SKIPPED_INPUT, r.exit(), r.err());
        List<String> skipped = r.err().lines().filter(l -> l.startsWith("newsgraph: skipped ")).toList();
        assertEquals(List.of("newsgraph: skipped " + in + ":2: article 'slow' took more than 2 s to analyse (the article time-out)"),
                skipped, r.err());
        assertTrue(r.out().matches("(?s)2 articles stored, 1 skipped, \\d+ triples in store, \\d+\\.\\d s\\s*"), r.out());
        assertEquals(List.of("good-1", "good-2"), stored(store));
        validates(store);
    }

    @Test
    void limitsAreOptionsAndBadValuesAreUsageErrors() throws Exception {
        Path in = tmp.resolve("one.jsonl");
        Files.writeString(in, line("good-1", GOOD1) + "\n");
        Run bad = run("ingest", "--store", tmp.resolve("store-usage").toString(), "--max-mentions", "5", in.toString());
        assertEquals(ExitCodes.USAGE, bad.exit(), bad.err());
        assertTrue(bad.err().contains("--max-mentions and --max-meetings take two numbers"), bad.err());
        Run neg = run("ingest", "--store", tmp.resolve("store-usage").toString(), "--max-sentence-chars", "10", in.toString());
        assertEquals(ExitCodes.USAGE, neg.exit(), neg.err());
        assertTrue(neg.err().contains("bad limit: max-sentence-chars must be at least 100"), neg.err());
        Run help = run("ingest", "--help");
        assertTrue(help.out().contains("--article-timeout=SECONDS"), help.out());
    }
}
