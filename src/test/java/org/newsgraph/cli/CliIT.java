package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.article.Json;

/** The packaged command line, run as the evaluation tools run it: {@code java -jar target/newsgraph.jar}. */
class CliIT {

    private static final Path JAR = Path.of("target", "newsgraph.jar");
    private static final String ARTICLES = "SELECT ?id ?title WHERE { ?a a <https://w3id.org/newsgraph/ns#Article> ;"
            + " <http://purl.org/dc/terms/identifier> ?id . OPTIONAL { ?a <http://purl.org/dc/terms/title> ?title } } ORDER BY ?id";

    @TempDir
    static Path tmp;

    record Run(int exit, String out, String err) {
    }

    @BeforeAll
    static void jarExists() {
        assertTrue(Files.isRegularFile(JAR), "run 'mvn package' first: " + JAR.toAbsolutePath());
    }

    private static ProcessBuilder java(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", JAR.toString()));
        cmd.addAll(Arrays.asList(args));
        return new ProcessBuilder(cmd);
    }

    static Run run(String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        Process p = java(args).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        p.getOutputStream().close();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + String.join(" ", args));
        }
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** A folder of good fixture articles plus one file per kind of bad input. */
    private static Path fixtureFolder(String name) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(name));
        Path src = Path.of("src", "test", "resources", "articles");
        try (Stream<Path> files = Files.walk(src)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path to = dir.resolve(src.relativize(f).toString());
                Files.createDirectories(to.getParent());
                Files.copy(f, to);
            }
        }
        Path bad = Files.createDirectories(dir.resolve("zbad"));
        Files.write(bad.resolve("empty.txt"), new byte[0]);
        Files.write(bad.resolve("binary.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Files.write(bad.resolve("latin1.txt"), "Caf\u00e9 owners met in Li\u00e8ge.".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(bad.resolve("lines.jsonl"), String.join("\n",
                "{\"id\": \"ok-line\", \"text\": \"Engineer Sam Ode met planner Rita Moss in Turku.\"}",
                "{\"id\": \"broken\", \"text\": \"unterminated}",
                "{\"id\": \"no-text\", \"title\": \"Headline only\"}",
                "{\"id\": \"fixture-harbour\", \"text\": \"A second article with the id of an earlier one.\"}",
                "{\"id\": \"bad-date\", \"published\": \"April 2nd\", \"text\": \"Someone met someone.\"}",
                ""));
        try (OutputStream o = Files.newOutputStream(bad.resolve("zz-huge.jsonl"))) {
            o.write("{\"id\": \"huge\", \"text\": \"".getBytes(StandardCharsets.UTF_8));
            byte[] mb = new byte[1 << 20];
            Arrays.fill(mb, (byte) 'w');
            for (int i = 0; i < 6; i++) o.write(mb);
            o.write("\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        return dir;
    }

    private static String[] lines(String s) {
        return s.lines().toArray(String[]::new);
    }

    @Test
    void ingestReportsEachBadInputAndStoresTheRest() throws Exception {
        Path in = fixtureFolder("in-bad");
        Path store = tmp.resolve("store-bad");

        Run r = run("ingest", "--store", store.toString(), "--threads", "2", in.toString());

        assertEquals(ExitCodes.SKIPPED_INPUT, r.exit(), r.err());
        Path bad = in.resolve("zbad"); // read after news.jsonl: path order
        String[] expected = {
                bad.resolve("binary.html") + ": binary file",
                bad.resolve("empty.txt") + ": empty file",
                bad.resolve("latin1.txt") + ": invalid UTF-8 at line 1",
                bad.resolve("lines.jsonl") + ":2: malformed JSON",
                bad.resolve("lines.jsonl") + ":3: article 'no-text' has no text",
                bad.resolve("lines.jsonl") + ":4: duplicate id 'fixture-harbour'",
                bad.resolve("lines.jsonl") + ":5: 'published' is not an ISO date",
                bad.resolve("zz-huge.jsonl") + ":1: article is over the size limit",
        };
        List<String> skipped = r.err().lines().filter(l -> l.startsWith("newsgraph: skipped ")).toList();
        assertEquals(expected.length, skipped.size(), r.err());
        for (int i = 0; i < expected.length; i++) {
            assertTrue(skipped.get(i).startsWith("newsgraph: skipped " + expected[i]), skipped.get(i) + "\n expected: " + expected[i]);
        }
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        // every line on stderr is a diagnostic or progress in the one format
        assertTrue(r.err().lines().allMatch(l -> l.startsWith("newsgraph: ")), r.err());
        // stdout: the summary only.
        assertEquals(1, lines(r.out()).length, r.out());
        assertTrue(r.out().matches("(?s)6 articles stored, 8 skipped, \\d+ triples in store, \\d+\\.\\d s\\s*"), r.out());

        Run q = run("query", "--store", store.toString(), "--format", "csv", "-e", ARTICLES);
        assertEquals(0, q.exit(), q.err());
        assertEquals(List.of("id,title", "fixture-harbour,Harbour deal discussed", "fixture-summit,Mayors meet",
                "fixture-undated,Undated note", "memo-12,", "ok-line,", "page-5,Envoys meet"), q.out().lines().toList());
    }

    @Test
    @SuppressWarnings("unchecked")
    void queryAsJsonPrintsOnlySparqlResultsJson() throws Exception {
        Path store = tmp.resolve("store-json");
        Run ingest = run("ingest", "--store", store.toString(), Path.of("src/test/resources/articles/news.jsonl").toString());
        assertEquals(0, ingest.exit(), ingest.err());

        Path rq = tmp.resolve("articles.rq");
        Files.writeString(rq, ARTICLES);
        Run r = run("query", "--store", store.toString(), "--format", "json", rq.toString());

        assertEquals(0, r.exit(), r.err());
        Map<String, Object> json = (Map<String, Object>) Json.parse(r.out());
        assertEquals(List.of("id", "title"), ((Map<String, Object>) json.get("head")).get("vars"));
        List<Map<String, Map<String, String>>> rows =
                (List<Map<String, Map<String, String>>>) ((Map<String, Object>) json.get("results")).get("bindings");
        assertEquals(List.of("fixture-harbour", "fixture-summit", "fixture-undated"),
                rows.stream().map(b -> b.get("id").get("value")).toList());

        Run ask = run("query", "--store", store.toString(), "--format", "json", "-e", "ASK { ?s ?p ?o }");
        assertEquals(Boolean.TRUE, ((Map<String, Object>) Json.parse(ask.out())).get("boolean"));
    }

    @Test
    void reIngestingTheSameInputLeavesTheStoreUnchanged() throws Exception {
        Path in = Path.of("src/test/resources/articles");
        Path store = tmp.resolve("store-again");
        Run first = run("ingest", "--store", store.toString(), in.toString());
        assertEquals(0, first.exit(), first.err());
        Path before = tmp.resolve("before.nq");
        assertEquals(0, run("export", "--store", store.toString(), "--format", "nquads", "--out", before.toString()).exit());
        String countBefore = run("query", "--store", store.toString(), "--format", "tsv", "-e", "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }").out();

        Run second = run("ingest", "--store", store.toString(), "--threads", "1", in.toString());
        assertEquals(0, second.exit(), second.err());
        Run after = run("export", "--store", store.toString(), "--format", "nquads");
        assertEquals(0, after.exit(), after.err());

        assertEquals(Files.readAllLines(before).stream().sorted().toList(), after.out().lines().sorted().toList());
        assertEquals(countBefore, run("query", "--store", store.toString(), "--format", "tsv", "-e",
                "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }").out());
        assertEquals(first.out().replaceAll(", [\\d.]+ s", ""), second.out().replaceAll(", [\\d.]+ s", ""));
        assertTrue(after.out().contains("<https://w3id.org/newsgraph/id/article/page-5>"));
    }

    @Test
    void validateExitsZeroOnAConformingStoreAndOneOnViolations() throws Exception {
        Path store = tmp.resolve("store-valid");
        assertEquals(0, run("ingest", "--store", store.toString(), "src/test/resources/articles/news.jsonl").exit());
        Run ok = run("validate", "--store", store.toString());
        assertEquals(0, ok.exit(), ok.out() + ok.err());

        // Break the store through a server that allows updates: an article without an identifier.
        Path bad = tmp.resolve("store-invalid");
        assertEquals(0, run("ingest", "--store", bad.toString(), "src/test/resources/articles/news.jsonl").exit());
        Path pw = Files.writeString(tmp.resolve("password-bad"), "pw-1\n");
        try (Server s = Server.start("serve", "--store", bad.toString(), "--port", "0", "--allow-update",
                "--user", "editor", "--password-file", pw.toString())) {
            var http = java.net.http.HttpClient.newHttpClient();
            var put = java.net.http.HttpRequest.newBuilder(java.net.URI.create(s.dataset + "/data?graph=urn%3Ax%3Abroken"))
                    .header("Content-Type", "text/turtle")
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("editor:pw-1".getBytes(StandardCharsets.UTF_8)))
                    .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
                            "<urn:x:article> a <https://w3id.org/newsgraph/ns#Article> .")).build();
            int status = http.send(put, java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode();
            assertTrue(status == 200 || status == 201 || status == 204, "PUT: " + status);
        }
        Run invalid = run("validate", "--store", bad.toString());
        assertEquals(1, invalid.exit(), invalid.out() + invalid.err());
        assertTrue(invalid.out().contains("urn:x:article"), invalid.out());
    }

    @Test
    void versionAndHelp() throws Exception {
        Run v = run("--version");
        assertEquals(0, v.exit());
        assertTrue(v.out().strip().matches("newsgraph \\d+\\.\\d+\\.\\d+.*"), v.out());
        for (String cmd : List.of("ingest", "query", "export", "serve", "validate", "demo")) {
            Run h = run(cmd, "--help");
            assertEquals(0, h.exit(), cmd);
            assertTrue(h.out().contains("Usage: newsgraph " + cmd), h.out());
        }
    }

    @Test
    void usageErrorsExitWithTwo() throws Exception {
        assertEquals(2, run("ingest", "--bogus", "x").exit());
        assertEquals(2, run("ingest", "src/test/resources/articles").exit()); // neither --store nor --endpoint
        // a missing input is a skipped input, not a usage error
        Run missing = run("ingest", "--store", tmp.resolve("s-missing").toString(), tmp.resolve("no-such.jsonl").toString(),
                "src/test/resources/articles/news.jsonl");
        assertEquals(3, missing.exit(), missing.err());
        assertTrue(missing.err().contains(tmp.resolve("no-such.jsonl") + ": no such file or folder"), missing.err());
        assertTrue(missing.out().startsWith("3 articles stored, 1 skipped"), missing.out());
        assertEquals(2, run("query", "--store", tmp.toString()).exit()); // no query
        assertEquals(2, run("export", "--store", tmp.toString(), "--format", "yaml").exit());
        assertEquals(2, run("frobnicate").exit());
        Run badQuery = run("query", "--store", tmp.resolve("store-badq").toString(), "-e", "SELECT WHERE {");
        assertEquals(1, badQuery.exit());
        assertEquals(1, lines(badQuery.err()).length, badQuery.err());
    }

    @Test
    void aStoreHeldByARunningServerPointsToEndpointWhichWorks() throws Exception {
        Path store = tmp.resolve("store-locked");
        assertEquals(0, run("ingest", "--store", store.toString(), "src/test/resources/articles/news.jsonl").exit());
        Path pw = Files.writeString(tmp.resolve("password-locked"), "pw-2\n");
        assertEquals(2, run("serve", "--store", tmp.resolve("store-nologin").toString(), "--allow-update").exit());
        List<Run> remoteAnswers = new ArrayList<>();
        Path remoteExport = tmp.resolve("remote-export.nq");
        try (Server s = Server.start("serve", "--store", store.toString(), "--port", "0", "--allow-update",
                "--user", "editor", "--password-file", pw.toString())) {
            Run locked = run("ingest", "--store", store.toString(), "src/test/resources/articles/more");
            assertEquals(1, locked.exit(), locked.err());
            assertTrue(locked.err().contains("in use by 'newsgraph serve' at " + s.dataset), locked.err());
            assertTrue(locked.err().contains("--endpoint " + s.dataset), "names the real port: " + locked.err());
            assertTrue(locked.err().startsWith("newsgraph: "), locked.err());
            assertEquals(1, lines(locked.err()).length, locked.err());
            Run lockedQuery = run("query", "--store", store.toString(), "who-met-whom");
            assertEquals(1, lockedQuery.exit(), lockedQuery.err());
            assertTrue(lockedQuery.err().contains("--endpoint " + s.dataset), lockedQuery.err());

            Run inUrl = run("ingest", "--endpoint", s.dataset.replace("http://", "http://editor:pw-2@"), "src/test/resources/articles/more");
            assertEquals(1, inUrl.exit(), "a password in the URL is refused: " + inUrl.err());
            Run remote = run("ingest", "--endpoint", s.dataset, "--user", "editor", "--password-file", pw.toString(),
                    "src/test/resources/articles/more");
            assertEquals(0, remote.exit(), remote.err());
            assertTrue(remote.out().startsWith("2 articles stored, 0 skipped"), remote.out());

            // query, export and validate go to the running server too
            Run articles = run("query", "--endpoint", s.dataset, "--format", "csv", "-e", ARTICLES);
            assertEquals(0, articles.exit(), articles.err());
            assertEquals(List.of("id,title", "fixture-harbour,Harbour deal discussed", "fixture-summit,Mayors meet",
                    "fixture-undated,Undated note", "memo-12,", "page-5,Envoys meet"), articles.out().lines().toList());
            remoteAnswers.add(run("query", "--endpoint", s.dataset, "--format", "csv", "why-merged"));
            remoteAnswers.add(run("query", "--endpoint", s.dataset, "--format", "csv", "meetings-of-person",
                    "--param", "name=Ilse Marten"));
            Run export = run("export", "--endpoint", s.dataset, "--out", remoteExport.toString());
            assertEquals(0, export.exit(), export.err());
            Run valid = run("validate", "--endpoint", s.dataset);
            assertEquals(0, valid.exit(), valid.out() + valid.err());
            assertEquals("The dataset conforms to the shapes.", valid.out().strip());
        }
        Run q = run("query", "--store", store.toString(), "--format", "csv", "-e", ARTICLES);
        assertEquals(List.of("id,title", "fixture-harbour,Harbour deal discussed", "fixture-summit,Mayors meet",
                "fixture-undated,Undated note", "memo-12,", "page-5,Envoys meet"), q.out().lines().toList());
        List<Run> localAnswers = List.of(run("query", "--store", store.toString(), "--format", "csv", "why-merged"),
                run("query", "--store", store.toString(), "--format", "csv", "meetings-of-person", "--param", "name=Ilse Marten"));
        for (int i = 0; i < localAnswers.size(); i++) {
            assertEquals(0, remoteAnswers.get(i).exit(), remoteAnswers.get(i).err());
            assertTrue(localAnswers.get(i).out().lines().count() > 1, localAnswers.get(i).out());
            assertEquals(localAnswers.get(i).out().lines().sorted().toList(), remoteAnswers.get(i).out().lines().sorted().toList());
        }
        Path localExport = tmp.resolve("local-export.nq");
        assertEquals(0, run("export", "--store", store.toString(), "--out", localExport.toString()).exit());
        assertEquals(Files.readAllLines(localExport).stream().sorted().toList(),
                Files.readAllLines(remoteExport).stream().sorted().toList(), "export --endpoint gives the store's quads");
    }

    /** A {@code serve} subprocess, stopped (as by Ctrl-C) on close. */
    static final class Server implements AutoCloseable {
        private static final Pattern URL = Pattern.compile("Dataset: (http://\\S+)");
        final Process process;
        final String dataset;

        private Server(Process process, String dataset) {
            this.process = process;
            this.dataset = dataset;
        }

        static Server start(String... args) throws IOException {
            Process p = java(args).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            p.getOutputStream().close();
            BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String url = null;
            for (String line; (line = r.readLine()) != null; ) {
                Matcher m = URL.matcher(line);
                if (m.find()) {
                    url = m.group(1);
                    break;
                }
            }
            assertNotNull(url, "the server printed no URL");
            return new Server(p, url);
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy(); // SIGTERM runs the shutdown hook, which releases the store
            if (!process.waitFor(30, TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
        }
    }
}
