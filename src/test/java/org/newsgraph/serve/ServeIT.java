package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.article.Json;
import org.newsgraph.pipeline.GraphSink;
import org.newsgraph.pipeline.IngestSummary;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.store.RemoteStore;
import org.newsgraph.store.Store;

/** The embedded Fuseki over a TDB2 store in a temporary folder, spoken to over HTTP. */
class ServeIT {

    private static final String COUNT_ARTICLES =
            "PREFIX ng: <https://w3id.org/newsgraph/ns#> SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a ng:Article }";

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();

    private Path articles(int n, String prefix) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append("{\"id\": \"").append(prefix).append(i).append("\", \"title\": \"Harbour talks ").append(i)
                    .append("\", \"published\": \"2024-02-1").append(i % 10)
                    .append("\", \"text\": \"Port director Ilse Marten met shipping executive Tomas Brev in Gdansk.\"}\n");
        }
        Path f = dir.resolve(prefix + ".jsonl");
        Files.writeString(f, sb);
        return f;
    }

    private HttpResponse<String> select(String endpoint, String query) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(endpoint + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").GET().build();
        return http.send(req, HttpResponse.BodyHandlers.ofString());
    }

    @SuppressWarnings("unchecked")
    private long count(String endpoint, String query) throws IOException, InterruptedException {
        HttpResponse<String> r = select(endpoint, query);
        assertEquals(200, r.statusCode(), r.body());
        Map<String, Object> json = (Map<String, Object>) Json.parse(r.body());
        List<Map<String, Object>> rows = (List<Map<String, Object>>) ((Map<String, Object>) json.get("results")).get("bindings");
        return Long.parseLong((String) ((Map<String, Object>) rows.get(0).get("n")).get("value"));
    }

    @Test
    void theDefaultGraphIsTheUnionOfAllArticleGraphs() throws Exception {
        try (Store store = Store.open(dir.resolve("store"))) {
            Pipeline.builder().store(store).threads(2).build().run(List.of(articles(3, "u")));
            try (NewsgraphServer server = NewsgraphServer.builder(store.datasetGraph()).port(0).build().start()) {
                assertTrue(server.port() > 0);
                assertEquals("http://localhost:" + server.port() + "/newsgraph/sparql", server.sparqlUrl());
                assertEquals(3, count(server.sparqlUrl(), COUNT_ARTICLES));
                assertEquals(3, count(server.datasetUrl() + "/query", COUNT_ARTICLES));
                long inGraphs = count(server.sparqlUrl(), "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
                long inDefault = count(server.sparqlUrl(), "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
                assertEquals(store.size(), inGraphs);
                assertTrue(inDefault > 0 && inDefault <= inGraphs, inDefault + " / " + inGraphs);
            }
        }
    }

    @Test
    void updatesAreRefusedWhenReadOnly() throws Exception {
        try (Store store = Store.open(dir.resolve("store"))) {
            Pipeline.builder().store(store).build().run(List.of(articles(2, "r")));
            long before = store.size();
            try (NewsgraphServer server = NewsgraphServer.builder(store.datasetGraph()).port(0).build().start()) {
                String insert = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> \"intruder\" } }";
                HttpResponse<String> viaUpdate = http.send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/update"))
                        .header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString(insert)).build(), HttpResponse.BodyHandlers.ofString());
                HttpResponse<String> viaSparql = http.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                        .header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString(insert)).build(), HttpResponse.BodyHandlers.ofString());
                HttpResponse<String> viaGsp = http.send(HttpRequest.newBuilder(
                                URI.create(server.datasetUrl() + "?graph=" + URLEncoder.encode("urn:x:g", StandardCharsets.UTF_8)))
                        .header("Content-Type", "text/turtle")
                        .PUT(HttpRequest.BodyPublishers.ofString("<urn:x:s> <urn:x:p> \"intruder\" .")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertTrue(viaUpdate.statusCode() >= 400, "update endpoint: " + viaUpdate.statusCode());
                assertTrue(viaSparql.statusCode() >= 400, "sparql endpoint: " + viaSparql.statusCode());
                assertTrue(viaGsp.statusCode() >= 400, "graph store: " + viaGsp.statusCode());
                assertEquals(0, count(server.sparqlUrl(), "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p \"intruder\" }"));
            }
            assertEquals(before, store.size());
        }
    }

    private static final String USER = "editor";
    private static final String PASSWORD = "s3cret-pass";

    private HttpResponse<String> update(String url, String authorization, String body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) b.header("Authorization", authorization);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void updatesNeedTheLoginWhenAllowed() throws Exception {
        assertThrows(IllegalStateException.class, () -> NewsgraphServer.builder(Store.inMemory().datasetGraph()).allowUpdate(true).build());
        try (Store store = Store.open(dir.resolve("store"));
             NewsgraphServer server = NewsgraphServer.builder(store.datasetGraph()).port(0).allowUpdate(true)
                     .credentials(USER, PASSWORD).build().start()) {
            String insert = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> \"written\" } }";
            HttpResponse<String> anonymous = update(server.datasetUrl() + "/update", null, insert);
            assertEquals(401, anonymous.statusCode());
            assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"), anonymous.headers().toString());
            assertEquals(401, update(server.datasetUrl() + "/update", LinkedDataIT.basic(USER, "wrong"), insert).statusCode());
            assertEquals(401, update(server.datasetUrl() + "/update", LinkedDataIT.basic("other", PASSWORD), insert).statusCode());
            // The query endpoint takes no update, not even with the login.
            assertTrue(update(server.sparqlUrl(), LinkedDataIT.basic(USER, PASSWORD), insert).statusCode() >= 400);
            HttpResponse<String> gsp = http.send(HttpRequest.newBuilder(
                            URI.create(server.datasetUrl() + "?graph=" + URLEncoder.encode("urn:x:g", StandardCharsets.UTF_8)))
                    .header("Content-Type", "text/turtle")
                    .PUT(HttpRequest.BodyPublishers.ofString("<urn:x:s> <urn:x:p> \"written\" .")).build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(gsp.statusCode() >= 400, "graph store write on the dataset: " + gsp.statusCode());
            HttpResponse<String> gspData = http.send(HttpRequest.newBuilder(
                            URI.create(server.datasetUrl() + "/data?graph=" + URLEncoder.encode("urn:x:g", StandardCharsets.UTF_8)))
                    .header("Content-Type", "text/turtle")
                    .PUT(HttpRequest.BodyPublishers.ofString("<urn:x:s> <urn:x:p> \"written\" .")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(401, gspData.statusCode());
            HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("update=" + URLEncoder.encode(insert, StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(form.statusCode() >= 400, "form update on the query endpoint: " + form.statusCode());
            assertEquals(0, count(server.sparqlUrl(), "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p \"written\" }"));

            // Reads need no login, by GET or by POST.
            HttpResponse<String> postQuery = http.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                    .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                    .POST(HttpRequest.BodyPublishers.ofString("ASK {}")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, postQuery.statusCode());
            HttpResponse<String> formQuery = http.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/sparql-results+json")
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, formQuery.statusCode());

            HttpResponse<String> ok = update(server.datasetUrl() + "/update", LinkedDataIT.basic(USER, PASSWORD), insert);
            assertTrue(ok.statusCode() == 200 || ok.statusCode() == 204, ok.statusCode() + " " + ok.body());
            assertEquals(1, count(server.sparqlUrl(), "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p \"written\" }"));
        }
    }

    @Test
    void bindsTheLoopbackInterfaceByDefault() throws Exception {
        try (Store store = Store.open(dir.resolve("store"));
             NewsgraphServer server = NewsgraphServer.builder(store.datasetGraph()).port(0).build().start()) {
            assertEquals("127.0.0.1", server.host());
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/$/ping")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            // Any address of this machine other than loopback must not answer.
            for (java.net.NetworkInterface ni : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
                for (java.net.InetAddress a : java.util.Collections.list(ni.getInetAddresses())) {
                    if (a.isLoopbackAddress() || !(a instanceof java.net.Inet4Address)) continue;
                    try (java.net.Socket s = new java.net.Socket()) {
                        s.connect(new java.net.InetSocketAddress(a, server.port()), 2000);
                        org.junit.jupiter.api.Assertions.fail("answered on " + a);
                    } catch (java.io.IOException expected) {
                        // refused: only loopback is bound
                    }
                }
            }
        }
    }

    @Test
    void ingestThroughARunningServerReplacesArticleGraphs() throws Exception {
        try (Store store = Store.open(dir.resolve("store"));
             NewsgraphServer server = NewsgraphServer.builder(store.datasetGraph()).port(0).allowUpdate(true)
                     .credentials(USER, PASSWORD).build().start()) {
            RemoteStore remote = RemoteStore.connect(server.datasetUrl(), new RemoteStore.Credentials(USER, PASSWORD));
            Path in = articles(4, "g");
            IngestSummary first = Pipeline.builder().sink(GraphSink.of(remote)).threads(2).batchSize(3).build().run(List.of(in));
            assertEquals(4, first.stored());
            assertEquals(4, count(server.sparqlUrl(), COUNT_ARTICLES));
            assertEquals(store.size(), first.triples());

            IngestSummary again = Pipeline.builder().sink(GraphSink.of(remote)).build().run(List.of(in));
            assertEquals(first.triples(), again.triples());
            assertEquals(4, store.articleIds().size());
            // The SPARQL endpoint URL is accepted as well.
            assertEquals(first.triples(), RemoteStore.connect(server.sparqlUrl()).size());
            // Without the login nothing is written.
            assertThrows(org.newsgraph.store.StoreException.class,
                    () -> Pipeline.builder().sink(GraphSink.of(RemoteStore.connect(server.datasetUrl()))).build().run(List.of(in)));
        }
    }

    @Test
    void writingToAReadOnlyServerFailsWithAHint() throws Exception {
        try (Store store = Store.open(dir.resolve("store"));
             NewsgraphServer server = NewsgraphServer.builder(store.datasetGraph()).port(0).build().start()) {
            RemoteStore remote = RemoteStore.connect(server.datasetUrl());
            org.newsgraph.store.StoreException e = org.junit.jupiter.api.Assertions.assertThrows(
                    org.newsgraph.store.StoreException.class,
                    () -> Pipeline.builder().sink(GraphSink.of(remote)).build().run(List.of(articles(1, "w"))));
            assertTrue(e.getMessage().contains("--allow-update"), e.getMessage());
        }
    }

    @Test
    void pagesAreRevalidatedByTheirETagUntilTheStoreChanges() throws Exception {
        try (Store store = Store.open(dir.resolve("store"))) {
            Pipeline.builder().store(store).build().run(List.of(articles(2, "e")));
            try (NewsgraphServer server = NewsgraphServer.builder(store.datasetGraph()).port(0).build().start()) {
                String page = server.linkedDataUrl() + "person/ilse-marten";
                HttpResponse<String> first = http.send(HttpRequest.newBuilder(URI.create(page)).header("Accept", "text/html").build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, first.statusCode(), first.body());
                String etag = first.headers().firstValue("ETag").orElseThrow();
                HttpResponse<String> again = http.send(HttpRequest.newBuilder(URI.create(page)).header("Accept", "text/html")
                        .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(304, again.statusCode());
                assertEquals("", again.body());
                // Another representation has another tag.
                HttpResponse<String> turtle = http.send(HttpRequest.newBuilder(URI.create(page)).header("Accept", "text/turtle")
                        .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, turtle.statusCode());
                // A change to the store makes the page new again.
                Pipeline.builder().store(store).build().run(List.of(articles(3, "f")));
                HttpResponse<String> changed = http.send(HttpRequest.newBuilder(URI.create(page)).header("Accept", "text/html")
                        .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, changed.statusCode());
                assertTrue(!etag.equals(changed.headers().firstValue("ETag").orElse(etag)), changed.headers().toString());
            }
        }
    }

    @Test
    void aMeetingPageShowsASentenceRepeatedByWireCopyOnce() throws Exception {
        try (Store store = Store.open(dir.resolve("store"))) {
            Pipeline.builder().store(store).build().run(List.of(articles(3, "w")));
            try (NewsgraphServer server = NewsgraphServer.builder(store.datasetGraph()).port(0).build().start()) {
                String person = http.send(HttpRequest.newBuilder(URI.create(server.linkedDataUrl() + "person/ilse-marten"))
                        .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString()).body();
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("href=\"(/id/meeting/[0-9a-f]+)\"").matcher(person);
                assertTrue(m.find(), person);
                String meeting = http.send(HttpRequest.newBuilder(URI.create(server.rootUrl() + m.group(1).substring(1)))
                        .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString()).body();
                int blocks = meeting.split("<section class=\"report\">", -1).length - 1;
                assertEquals(1, blocks, meeting);
                assertTrue(meeting.contains("The same sentence also in:"), meeting);
            }
        }
    }
}
