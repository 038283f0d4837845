package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Authenticator;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ingest --endpoint} into the official standalone Fuseki server ({@code jena-fuseki-server}, copied to
 * {@code target/fuseki/} by the build), run as a subprocess on loopback with an in-memory TDB2 dataset
 * {@code /ds} behind HTTP Basic authentication: every request needs a user from the password file, and only
 * {@code admin} may write (Graph Store Protocol and SPARQL Update).
 */
class FusekiServerIT {

    private static final Path SERVER_JAR = Path.of("target", "fuseki", "jena-fuseki-server-5.6.0.jar");
    private static final Path NEWSGRAPH_JAR = Path.of("target", "newsgraph.jar");
    private static final Path SAMPLES = Path.of("src", "main", "resources", "samples", "articles.jsonl");
    private static final String NG = "PREFIX ng: <https://w3id.org/newsgraph/ns#> ";

    private static final String CONFIG = """
            PREFIX fuseki: <http://jena.apache.org/fuseki#>
            PREFIX rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX tdb2:   <http://jena.apache.org/2016/tdb#>

            [] rdf:type fuseki:Server .

            <#service> rdf:type fuseki:Service ;
                fuseki:name "ds" ;
                fuseki:endpoint [ fuseki:operation fuseki:query ] ;
                fuseki:endpoint [ fuseki:operation fuseki:query ; fuseki:name "sparql" ] ;
                fuseki:endpoint [ fuseki:operation fuseki:query ; fuseki:name "query" ] ;
                fuseki:endpoint [ fuseki:operation fuseki:gsp-r ; fuseki:name "get" ] ;
                # Writes only for admin. An unnamed endpoint with allowedUsers makes Fuseki ask every
                # request under /ds to log in, so reads need some user from the password file too.
                fuseki:endpoint [ fuseki:operation fuseki:gsp-rw ; fuseki:allowedUsers "admin" ] ;
                fuseki:endpoint [ fuseki:operation fuseki:update ; fuseki:name "update" ; fuseki:allowedUsers "admin" ] ;
                fuseki:dataset <#dataset> .

            <#dataset> rdf:type tdb2:DatasetTDB2 ;
                tdb2:location "--mem--" ;
                tdb2:unionDefaultGraph true .

            # A dataset as 'fuseki-server --mem' makes it: no union default graph, reads open, writes for admin.
            <#plain> rdf:type fuseki:Service ;
                fuseki:name "plain" ;
                fuseki:endpoint [ fuseki:operation fuseki:query ] ;
                fuseki:endpoint [ fuseki:operation fuseki:gsp-r ] ;
                fuseki:endpoint [ fuseki:operation fuseki:query ; fuseki:name "sparql" ] ;
                fuseki:endpoint [ fuseki:operation fuseki:gsp-r ; fuseki:name "get" ] ;
                fuseki:endpoint [ fuseki:operation fuseki:gsp-rw ; fuseki:name "data" ; fuseki:allowedUsers "admin" ] ;
                fuseki:dataset <#plainDataset> .

            <#plainDataset> rdf:type tdb2:DatasetTDB2 ;
                tdb2:location "--mem--" .
            """;

    @TempDir
    static Path tmp;

    private static Process server;
    private static String dataset;
    private static Path adminPassword;
    private static HttpClient admin;
    private static final HttpClient anonymous = HttpClient.newHttpClient();

    record Run(int exit, String out, String err) {
    }

    @BeforeAll
    static void startServer() throws Exception {
        assertTrue(Files.isRegularFile(SERVER_JAR), "run 'mvn verify' (it copies the Fuseki server): " + SERVER_JAR.toAbsolutePath());
        assertTrue(Files.isRegularFile(NEWSGRAPH_JAR), "run 'mvn package' first: " + NEWSGRAPH_JAR.toAbsolutePath());
        Path base = Files.createDirectories(tmp.resolve("fuseki-base"));
        Files.writeString(base.resolve("config.ttl"), CONFIG);
        // Jetty's realm file: "user: password" a line.
        Files.writeString(base.resolve("passwd"), "admin: ad-Min.42\nreader: rea-Der.7\n");
        adminPassword = Files.writeString(tmp.resolve("admin.pw"), "ad-Min.42\n");
        admin = HttpClient.newBuilder().authenticator(new Authenticator() {
            @Override
            protected java.net.PasswordAuthentication getPasswordAuthentication() {
                return new java.net.PasswordAuthentication("admin", "ad-Min.42".toCharArray());
            }
        }).build();

        int port = freePort();
        ProcessBuilder pb = new ProcessBuilder(java(), "-Xmx512m", "-jar", SERVER_JAR.toAbsolutePath().toString(),
                "--config=" + base.resolve("config.ttl"), "--passwd=" + base.resolve("passwd"), "--auth=basic",
                "--localhost", "--ping", "--port=" + port)
                .directory(base.toFile())
                .redirectErrorStream(true)
                .redirectOutput(base.resolve("server.log").toFile());
        // The full server keeps its run area (shiro.ini, logs) under FUSEKI_BASE: keep it in the temp folder.
        pb.environment().put("FUSEKI_BASE", base.resolve("run").toString());
        server = pb.start();
        server.getOutputStream().close();
        dataset = "http://127.0.0.1:" + port + "/ds";
        waitForPing("http://127.0.0.1:" + port + "/$/ping", base.resolve("server.log"));
    }

    @AfterAll
    static void stopServer() throws InterruptedException {
        if (server == null) return;
        server.destroy();
        if (!server.waitFor(20, TimeUnit.SECONDS)) server.destroyForcibly().waitFor();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static void waitForPing(String ping, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) throw new AssertionError("Fuseki exited: " + Files.readString(log));
            try {
                HttpResponse<Void> r = anonymous.send(HttpRequest.newBuilder(URI.create(ping)).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) return;
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Fuseki did not answer " + ping + ": " + Files.readString(log));
    }

    private static Run newsgraph(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(java(), "-Xmx512m", "-jar", NEWSGRAPH_JAR.toString()));
        cmd.addAll(Arrays.asList(args));
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        p.getOutputStream().close();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + String.join(" ", args));
        }
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** The first column of a SELECT answered as CSV, header dropped. */
    private static List<String> select(HttpClient client, String query) throws IOException, InterruptedException {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(dataset + "/sparql?query="
                        + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        List<String> lines = r.body().lines().toList();
        return lines.subList(1, lines.size()).stream().map(l -> l.split(",", -1)[0]).toList();
    }

    private static long count(String query) throws IOException, InterruptedException {
        return Long.parseLong(select(admin, query).get(0).strip());
    }

    private static long triples() throws IOException, InterruptedException {
        return count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
    }

    private static long sampleArticles() throws IOException {
        return Files.readAllLines(SAMPLES).stream().filter(l -> !l.isBlank()).count();
    }

    @Test
    void ingestsWithThePasswordAndIsRefusedWithoutIt() throws Exception {
        // The server really asks: no user, no answer.
        HttpResponse<String> anon = anonymous.send(HttpRequest.newBuilder(URI.create(dataset + "/sparql?query="
                + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, anon.statusCode());

        Path wrong = Files.writeString(tmp.resolve("wrong.pw"), "not-the-password\n");
        Run refused = newsgraph("ingest", "--endpoint", dataset, "--user", "admin", "--password-file", wrong.toString(),
                SAMPLES.toString());
        assertEquals(1, refused.exit(), refused.out() + refused.err());
        assertEquals("newsgraph: the server refused the credentials for " + dataset + " (user admin)", refused.err().strip());
        assertEquals("", refused.out());

        Path readerPw = Files.writeString(tmp.resolve("reader.pw"), "rea-Der.7");
        Run reader = newsgraph("ingest", "--endpoint", dataset, "--user", "reader", "--password-file", readerPw.toString(),
                SAMPLES.toString());
        assertEquals(1, reader.exit(), reader.err());
        assertTrue(reader.err().contains("refused user reader permission"), reader.err());

        Run noUser = newsgraph("ingest", "--endpoint", dataset, SAMPLES.toString());
        assertEquals(1, noUser.exit(), noUser.err());
        assertTrue(noUser.err().contains("asks for a user name and password"), noUser.err());
        assertEquals(0, triples(), "nothing was written by the refused attempts");

        Run first = newsgraph("ingest", "--endpoint", dataset, "--user", "admin", "--password-file", adminPassword.toString(),
                SAMPLES.toString());
        assertEquals(0, first.exit(), first.out() + first.err());
        long articles = sampleArticles();
        assertTrue(first.out().startsWith(articles + " articles stored, 0 skipped"), first.out());

        // One named graph per article, each holding exactly that article, plus the derived meetings and entities graphs
        // and the three precomputed answers (graph/lists/).
        assertEquals(articles, count(NG + "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?a a ng:Article } }"));
        assertEquals(List.of(), select(admin, NG + "SELECT ?g WHERE { GRAPH ?g { ?a a ng:Article } }"
                + " GROUP BY ?g HAVING (COUNT(DISTINCT ?a) != 1)"));
        assertEquals(articles + 2 + org.newsgraph.rdf.Lists.NAMES.size(),
                count("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"));
        assertEquals(0, count(NG + "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { GRAPH ?g { ?m a ng:Meeting ; ng:participant ?p } "
                + "FILTER NOT EXISTS { GRAPH ?h { ?p <http://www.w3.org/2000/01/rdf-schema#label> ?l } } }"),
                "every participant has its label from the derived entities graph");
        long meetings = count(NG + "SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { GRAPH ?g { ?m a ng:Meeting } }");
        assertTrue(meetings > 0, "the meetings graph was derived on the server");
        assertEquals(0, count(NG + "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?m a ng:Meeting ; ng:report ?r }"
                + " FILTER NOT EXISTS { GRAPH ?h { ?r a ng:MeetingReport } } }"), "every meeting cites stored reports");
        long before = triples();
        assertTrue(first.out().contains(before + " triples in store"), first.out());

        Run again = newsgraph("ingest", "--endpoint", dataset, "--user", "admin", "--password-file", adminPassword.toString(),
                SAMPLES.toString());
        assertEquals(0, again.exit(), again.err());
        assertEquals(before, triples(), "re-ingesting replaces the article graphs");
        assertEquals(meetings, count(NG + "SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { GRAPH ?g { ?m a ng:Meeting } }"));
    }

    /**
     * query, export and validate with --endpoint on a stock dataset without a union default graph answer as on a
     * store folder holding the same articles; reads on the dataset behind a login need --user.
     */
    @Test
    void queryExportAndValidateAgainstAStockDataset() throws Exception {
        String plain = dataset.replace("/ds", "/plain");
        Run ingest = newsgraph("ingest", "--endpoint", plain, "--user", "admin", "--password-file", adminPassword.toString(),
                SAMPLES.toString());
        assertEquals(0, ingest.exit(), ingest.out() + ingest.err());
        Path store = tmp.resolve("local-store");
        assertEquals(0, newsgraph("ingest", "--store", store.toString(), SAMPLES.toString()).exit());

        for (String canned : List.of("why-merged", "who-met-whom", "meetings-not-held")) {
            Run remote = newsgraph("query", "--endpoint", plain, "--format", "csv", canned);
            Run local = newsgraph("query", "--store", store.toString(), "--format", "csv", canned);
            assertEquals(0, remote.exit(), remote.err());
            assertTrue(local.out().lines().count() > 2, canned + ": " + local.out());
            assertEquals(local.out().lines().count(), remote.out().lines().count(), canned + ":\n" + remote.out());
            if (canned.equals("why-merged")) {
                assertEquals(local.out().lines().sorted().toList(), remote.out().lines().sorted().toList());
            }
        }

        Path remoteNq = tmp.resolve("remote.nq");
        Run export = newsgraph("export", "--endpoint", plain, "--out", remoteNq.toString());
        assertEquals(0, export.exit(), export.err());
        Path localNq = tmp.resolve("local.nq");
        assertEquals(0, newsgraph("export", "--store", store.toString(), "--out", localNq.toString()).exit());
        assertEquals(Files.readAllLines(localNq).stream().sorted().toList(), Files.readAllLines(remoteNq).stream().sorted().toList());
        Run csv = newsgraph("export", "--endpoint", plain, "--format", "csv");
        assertEquals(0, csv.exit(), csv.err());
        assertTrue(csv.out().startsWith("meeting,"), csv.out());

        Run valid = newsgraph("validate", "--endpoint", plain);
        assertEquals(0, valid.exit(), valid.out() + valid.err());
        assertEquals("The dataset conforms to the shapes.", valid.out().strip());

        // /ds asks every reader to log in
        Run noLogin = newsgraph("query", "--endpoint", dataset, "-e", "ASK {}");
        assertEquals(1, noLogin.exit(), noLogin.err());
        assertTrue(noLogin.err().contains("asks for a user name and password"), noLogin.err());
        Path readerPw = Files.writeString(tmp.resolve("reader-q.pw"), "rea-Der.7\n");
        Run login = newsgraph("query", "--endpoint", dataset, "--user", "reader", "--password-file", readerPw.toString(),
                "--format", "json", "-e", "ASK {}");
        assertEquals(0, login.exit(), login.err());
        assertTrue(login.out().contains("\"boolean\""), login.out());
        Run exportLogin = newsgraph("export", "--endpoint", dataset, "--user", "reader", "--password-file", readerPw.toString(),
                "--format", "nq");
        assertEquals(0, exportLogin.exit(), exportLogin.err());
    }

    @Test
    void aMissingDatasetAndAMissingServerAreToldApart() throws Exception {
        String noDataset = dataset.replace("/ds", "/nosuch");
        Run missing = newsgraph("ingest", "--endpoint", noDataset, "--user", "admin", "--password-file",
                adminPassword.toString(), SAMPLES.toString());
        assertEquals(1, missing.exit(), missing.err());
        assertTrue(missing.err().startsWith("newsgraph: no dataset at " + noDataset), missing.err());

        String nobody = "http://127.0.0.1:" + freePort() + "/ds";
        Run down = newsgraph("ingest", "--endpoint", nobody, "--user", "admin", "--password-file",
                adminPassword.toString(), SAMPLES.toString());
        assertEquals(1, down.exit(), down.err());
        assertTrue(down.err().startsWith("newsgraph: no Fuseki at " + nobody), down.err());
    }
}
