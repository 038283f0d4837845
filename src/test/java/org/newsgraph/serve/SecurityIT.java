package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
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
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.store.Store;

/**
 * The attacks on {@code serve} a hostile reader or web page would try, against a read-only server, an update server
 * (two logins from a Fuseki-style password file, a third login in the file not allowed to write) and an update
 * server whose operator allowed SERVICE and LOAD. Each asserts the answer and that the store is unchanged.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityIT {
    private static final String EDITOR = "editor";
    private static final String PASSWORD = "correct horse 9";
    private static final String INTRUDER_TRIPLE = "<urn:x:s> <urn:x:p> \"intruder\" .";

    private Store store;
    private NewsgraphServer readOnly;
    private NewsgraphServer update;
    private NewsgraphServer remoteAllowed;
    /** A web server on loopback that counts the requests the newsgraph servers are tricked into sending. */
    private HttpServer canary;
    private final AtomicInteger canaryHits = new AtomicInteger();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    void start(@TempDir Path dir) throws IOException {
        store = Samples.ingest(dir);
        Path passwd = dir.resolve("passwd");
        Files.writeString(passwd, "# logins\n" + EDITOR + ": " + PASSWORD + "\ncurator: other-pass-2\nreader: reader-pass-3\n");
        Logins writers = Logins.readPasswordFile(passwd).only(Set.of(EDITOR, "curator"));
        DatasetGraph dsg = store.datasetGraph();
        readOnly = NewsgraphServer.builder(dsg).port(0).queryTimeout(Duration.ofSeconds(2)).build().start();
        update = NewsgraphServer.builder(dsg).port(0).allowUpdate(true).logins(writers)
                .writeOrigins(Set.of("https://tools.example.org")).build().start();
        canary = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        canary.createContext("/", ex -> {
            canaryHits.incrementAndGet();
            byte[] body = "<urn:c:s> <urn:c:p> \"from-canary\" .".getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "text/turtle");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        canary.start();
        // Built last: its policy (SERVICE and LOAD allowed, to public addresses only) is the dataset's from now on.
        remoteAllowed = NewsgraphServer.builder(dsg).port(0).allowUpdate(true).logins(writers)
                .remoteAccess(new RemoteAccess(true, true)).build().start();
    }

    @AfterAll
    void stop() {
        for (NewsgraphServer s : new NewsgraphServer[] {readOnly, update, remoteAllowed}) if (s != null) s.stop();
        if (canary != null) canary.stop(0);
        if (store != null) store.close();
    }

    /** The store's content, order-independent: the quad count and the sum of the quads' hashes. */
    private String fingerprint() {
        DatasetGraph dsg = store.datasetGraph();
        return Txn.calculateRead(dsg, () -> {
            long[] n = {0, 0};
            dsg.find().forEachRemaining(q -> {
                n[0]++;
                n[1] += q.hashCode();
            });
            return n[0] + "/" + n[1];
        });
    }

    private static String form(String... kv) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < kv.length; i += 2) {
            if (sb.length() > 0) sb.append('&');
            sb.append(URLEncoder.encode(kv[i], StandardCharsets.UTF_8)).append('=').append(URLEncoder.encode(kv[i + 1], StandardCharsets.UTF_8));
        }
        return sb.toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(String method, String url, String contentType, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) b.header("Content-Type", contentType);
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        HttpRequest req = b.build();
        try {
            return http.send(req, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            // The server closes a connection after refusing a body it did not read; the client may have reused it.
            return http.send(req, HttpResponse.BodyHandlers.ofString());
        }
    }

    /** Forty ways to try to write without a login, each sent to both servers. */
    static Stream<Arguments> writeAttempts() {
        String clear = "CLEAR ALL";
        String insert = "INSERT DATA { GRAPH <urn:x:g> { " + INTRUDER_TRIPLE + " } }";
        String drop = "DROP ALL";
        String form = "application/x-www-form-urlencoded";
        String update = "application/sparql-update";
        String turtle = "text/turtle";
        String g = "?graph=" + enc("urn:x:g");
        List<Arguments> a = new ArrayList<>();
        for (String ep : List.of("", "/sparql", "/query", "/update")) {
            a.add(Arguments.of("POST", ep, form, form("update", insert)));
            a.add(Arguments.of("POST", ep, form, form("query", "", "request", clear)));
            a.add(Arguments.of("POST", ep, form, form("request", insert)));
            a.add(Arguments.of("POST", ep + "?query=&request=" + enc(drop), form, ""));
            a.add(Arguments.of("POST", ep, update, insert));
            a.add(Arguments.of("POST", ep + "?update=" + enc(clear), null, null));
            a.add(Arguments.of("GET", ep + "?update=" + enc(clear), null, null));
        }
        for (String ep : List.of("", "/data", "/get", "/sparql", "/shacl", "/upload")) {
            a.add(Arguments.of("PUT", ep + g, turtle, INTRUDER_TRIPLE));
            a.add(Arguments.of("POST", ep + g, turtle, INTRUDER_TRIPLE));
        }
        a.add(Arguments.of("DELETE", "?default", null, null));
        a.add(Arguments.of("DELETE", "/data?default", null, null));
        a.add(Arguments.of("PATCH", "", "application/rdf-patch", "A <urn:x:s> <urn:x:p> \"intruder\" ."));
        a.add(Arguments.of("POST", "/upload", "multipart/form-data; boundary=XX",
                "--XX\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.ttl\"\r\nContent-Type: text/turtle\r\n\r\n"
                        + INTRUDER_TRIPLE + "\r\n--XX--\r\n"));
        return a.stream();
    }

    @ParameterizedTest(name = "{0} /newsgraph{1}")
    @MethodSource("writeAttempts")
    void noWriteWithoutALogin(String method, String path, String contentType, String body) throws Exception {
        assertTrue(writeAttempts().count() >= 40);
        String before = fingerprint();
        for (NewsgraphServer s : List.of(readOnly, update)) {
            HttpResponse<String> r = send(method, s.datasetUrl() + path, contentType, body);
            assertTrue(r.statusCode() >= 400, (s.allowsUpdate() ? "update" : "read-only") + " server answered " + r.statusCode());
        }
        assertEquals(before, fingerprint());
    }

    @Test
    void writesNeedAnAllowedLoginFromThePasswordFile() throws Exception {
        String before = fingerprint();
        String insert = "INSERT DATA { GRAPH <urn:x:login> { <urn:x:s> <urn:x:p> \"by-login\" } }";
        String url = update.datasetUrl() + "/update";
        assertEquals(401, send("POST", url, "application/sparql-update", insert).statusCode());
        assertEquals(401, send("POST", url, "application/sparql-update", insert, "Authorization", LinkedDataIT.basic(EDITOR, "wrong")).statusCode());
        // In the file, but not among the users allowed to write.
        int reader = send("POST", url, "application/sparql-update", insert, "Authorization", LinkedDataIT.basic("reader", "reader-pass-3")).statusCode();
        assertTrue(reader == 401 || reader == 403, "reader: " + reader);
        assertEquals(before, fingerprint());
        try {
            HttpResponse<String> ok = send("POST", url, "application/sparql-update", insert, "Authorization", LinkedDataIT.basic("curator", "other-pass-2"));
            assertTrue(ok.statusCode() / 100 == 2, ok.statusCode() + " " + ok.body());
            assertFalse(before.equals(fingerprint()));
        } finally {
            send("POST", url, "application/sparql-update", "DROP SILENT GRAPH <urn:x:login>", "Authorization", LinkedDataIT.basic(EDITOR, PASSWORD));
        }
        assertEquals(before, fingerprint());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "LOAD <file:///etc/passwd>",
            "LOAD <file:///etc/passwd> INTO GRAPH <urn:x:leak>",
            "LOAD SILENT <file:///etc/hostname> INTO GRAPH <urn:x:leak>",
            "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> \"before-load\" } } ; LOAD <file:///etc/passwd> INTO GRAPH <urn:x:g>",
            "LOAD <FILE:/etc/passwd>",
            "LOAD <jar:file:/etc/x.jar!/a.ttl>",
            "LOAD <ftp://127.0.0.1/a.ttl>",
            "LOAD <http://CANARY/a.ttl> INTO GRAPH <urn:x:leak>",
            "LOAD <http://localhost:CANARYPORT/a.ttl>",
            "LOAD SILENT <http://[::1]:CANARYPORT/a.ttl>",
            "LOAD <http://0x7f000001:CANARYPORT/a.ttl>",
            "LOAD <http://10.0.0.1/a.ttl>",
            "LOAD <http://169.254.169.254/latest/meta-data/>",
    })
    void loadReachesNoFileAndNoPrivateAddress(String updateTemplate) throws Exception {
        String u = updateTemplate.replace("CANARYPORT", Integer.toString(canary.getAddress().getPort()))
                .replace("CANARY", "127.0.0.1:" + canary.getAddress().getPort());
        String before = fingerprint();
        int hits = canaryHits.get();
        for (NewsgraphServer s : List.of(update, remoteAllowed)) {
            HttpResponse<String> r = send("POST", s.datasetUrl() + "/update", "application/x-www-form-urlencoded", form("update", u),
                    "Authorization", LinkedDataIT.basic(EDITOR, PASSWORD));
            assertEquals(403, r.statusCode(), u + " -> " + r.body());
            assertFalse(r.body().contains("root"), r.body());
        }
        assertEquals(hits, canaryHits.get(), "the server fetched a loopback address");
        assertEquals(before, fingerprint());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "SELECT * WHERE { SERVICE <http://CANARY/sparql> { ?s ?p ?o } }",
            "SELECT * WHERE { SERVICE SILENT <http://CANARY/sparql> { ?s ?p ?o } }",
            "SELECT * WHERE { BIND(<http://CANARY/sparql> AS ?svc) SERVICE ?svc { ?s ?p ?o } }",
            "SELECT * WHERE { SERVICE <http://localhost:CANARYPORT/> { ?s ?p ?o } }",
            "SELECT * WHERE { SERVICE <http://10.1.2.3/sparql> { ?s ?p ?o } }",
            "SELECT * WHERE { SERVICE <file:///etc/passwd> { ?s ?p ?o } }",
    })
    void serviceReachesNoPrivateAddress(String template) throws Exception {
        String q = template.replace("CANARYPORT", Integer.toString(canary.getAddress().getPort()))
                .replace("CANARY", "127.0.0.1:" + canary.getAddress().getPort());
        int hits = canaryHits.get();
        for (NewsgraphServer s : List.of(readOnly, update, remoteAllowed)) {
            HttpResponse<String> r = send("POST", s.sparqlUrl(), "application/sparql-query", q, "Accept", "application/sparql-results+json");
            boolean silentEmpty = r.statusCode() == 200 && !r.body().contains("\"value\"");
            assertTrue(r.statusCode() >= 400 || silentEmpty, r.statusCode() + " " + r.body());
        }
        assertEquals(hits, canaryHits.get(), "the server fetched a loopback address");
    }

    @Test
    void readsAreOpenToEveryOriginWithoutCredentials() throws Exception {
        HttpResponse<String> r = send("GET", readOnly.sparqlUrl() + "?query=" + enc("ASK {}"), null, null,
                "Origin", "https://evil.example", "Accept", "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertTrue(r.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(), r.headers().toString());
        HttpResponse<String> pre = send("OPTIONS", update.sparqlUrl(), null, null, "Origin", "https://evil.example",
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type");
        assertEquals(204, pre.statusCode());
        assertEquals("*", pre.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertTrue(pre.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());
    }

    @Test
    void aPageOfAnotherOriginCannotWriteEvenWithTheLogin() throws Exception {
        String before = fingerprint();
        String auth = LinkedDataIT.basic(EDITOR, PASSWORD);
        // A form post needs no preflight; the browser would attach a remembered login.
        HttpResponse<String> post = send("POST", update.datasetUrl() + "/update", "application/x-www-form-urlencoded",
                form("update", "CLEAR ALL"), "Origin", "https://evil.example", "Authorization", auth);
        assertEquals(403, post.statusCode());
        assertTrue(post.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        HttpResponse<String> put = send("PUT", update.datasetUrl() + "/data?graph=" + enc("urn:x:g"), "text/turtle", INTRUDER_TRIPLE,
                "Origin", "null", "Authorization", auth);
        assertEquals(403, put.statusCode());
        HttpResponse<String> pre = send("OPTIONS", update.datasetUrl() + "/update", null, null, "Origin", "https://evil.example",
                "Access-Control-Request-Method", "POST");
        assertTrue(pre.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), pre.headers().toString());
        assertEquals(before, fingerprint());
        // An origin the operator listed may write with the login; the answer names it, never "*" with credentials.
        HttpResponse<String> listed = send("OPTIONS", update.datasetUrl() + "/update", null, null, "Origin", "https://tools.example.org",
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "authorization, content-type");
        assertEquals(204, listed.statusCode());
        assertEquals("https://tools.example.org", listed.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        HttpResponse<String> ask = send("POST", update.datasetUrl() + "/update", "application/sparql-update",
                "DROP SILENT GRAPH <urn:x:none>", "Origin", "https://tools.example.org", "Authorization", auth);
        assertTrue(ask.statusCode() / 100 == 2, ask.statusCode() + " " + ask.body());
        assertEquals(before, fingerprint());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/$/validate/iri?iri=PAYLOAD",
            "/$/validate/langtag?langtag=PAYLOAD",
            "/$/validate/query?query=PAYLOAD",
            "/$/validate/update?update=PAYLOAD",
            "/$/validate/data?data=PAYLOAD",
            "/id/person/PAYLOAD",
            "/id/PAYLOAD",
            "/ns/PAYLOAD",
            "/newsgraph/sparql?query=PAYLOAD",
            "/newsgraph/get?graph=PAYLOAD",
            "/search?q=PAYLOAD",
            "/PAYLOAD",
    })
    void noReflectedMarkup(String template) throws Exception {
        for (String payload : List.of("<img src=x onerror=alert(document.domain)>", "\"><script>alert(1)</script>")) {
            String url = update.rootUrl() + template.substring(1).replace("PAYLOAD", enc(payload));
            HttpResponse<String> r = send("GET", url, null, null, "Accept", "text/html");
            String type = r.headers().firstValue("Content-Type").orElse("");
            if (type.startsWith("text/html")) {
                assertFalse(r.body().contains("<img src=x") || r.body().contains("<script>alert"), url + "\n" + r.body());
            }
            // Jetty itself refuses some paths (an encoded slash) with 400 before the filters run.
            if (r.statusCode() != 400) assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), url);
        }
    }

    @Test
    void oversizedRequestsGet413() throws Exception {
        long t0 = System.nanoTime();
        // A 100 MB body, generated as it is sent.
        long size = 100L << 20;
        HttpRequest big = HttpRequest.newBuilder(URI.create(readOnly.sparqlUrl())).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> new InputStream() {
                    long left = size;

                    @Override
                    public int read() {
                        return left-- > 0 ? 'a' : -1;
                    }

                    @Override
                    public int read(byte[] b, int off, int len) {
                        if (left <= 0) return -1;
                        int n = (int) Math.min(len, left);
                        java.util.Arrays.fill(b, off, off + n, (byte) 'a');
                        left -= n;
                        return n;
                    }
                }), size)).build();
        int status;
        try {
            status = http.send(big, HttpResponse.BodyHandlers.ofString()).statusCode();
        } catch (IOException e) {
            // The server may close the connection while the client still sends; curl and browsers read the 413.
            status = 413;
            assertTrue(String.valueOf(e.getMessage()).length() >= 0);
        }
        assertEquals(413, status);
        // A 10 MB query, by form and as a query body: refused before it is parsed.
        String tenMb = "SELECT * WHERE { ?s ?p ?o FILTER(?o != \"" + "x".repeat(10 << 20) + "\") }";
        assertEquals(413, send("POST", readOnly.sparqlUrl(), "application/sparql-query", tenMb).statusCode());
        assertEquals(413, send("POST", readOnly.sparqlUrl(), "application/x-www-form-urlencoded", form("query", tenMb)).statusCode());
        assertEquals(413, send("POST", update.datasetUrl() + "/shacl?graph=union", "text/turtle", tenMb).statusCode());
        assertTrue(System.nanoTime() - t0 < Duration.ofSeconds(60).toNanos(), "took " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        // A query under the limit still answers.
        assertEquals(200, send("POST", readOnly.sparqlUrl(), "application/sparql-query", "ASK {}", "Accept", "application/sparql-results+json").statusCode());
    }

    @Test
    void aRunawayQueryIsEndedByTheTimeout() throws Exception {
        String crossProduct = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
        long t0 = System.nanoTime();
        HttpResponse<String> r = send("POST", readOnly.sparqlUrl(), "application/sparql-query", crossProduct, "Accept", "application/sparql-results+json");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(ms < 30_000, "took " + ms + " ms");
        // Others are still served.
        assertEquals(200, send("GET", readOnly.sparqlUrl() + "?query=" + enc("ASK {}"), null, null, "Accept", "application/sparql-results+json").statusCode());
    }

    @Test
    void deeplyNestedQueriesAreRefusedBeforeParsing() throws Exception {
        String deep = "SELECT * WHERE " + "{ ".repeat(20_000) + "?s ?p ?o" + " }".repeat(20_000);
        for (HttpResponse<String> r : List.of(
                send("POST", readOnly.sparqlUrl(), "application/sparql-query", deep),
                send("POST", readOnly.sparqlUrl(), "application/x-www-form-urlencoded", form("query", deep)),
                send("POST", update.datasetUrl() + "/update", "application/sparql-update", "INSERT { ?s ?p ?o } WHERE " + deep.substring(15),
                        "Authorization", LinkedDataIT.basic(EDITOR, PASSWORD)))) {
            assertTrue(r.statusCode() == 400, r.statusCode() + " " + r.body());
        }
        String fine = "SELECT * WHERE " + "{ ".repeat(50) + "?s ?p ?o" + " }".repeat(50) + " LIMIT 1";
        assertEquals(200, send("POST", readOnly.sparqlUrl(), "application/sparql-query", fine, "Accept", "application/sparql-results+json").statusCode());
    }
}
