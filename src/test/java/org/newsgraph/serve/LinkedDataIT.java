package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.article.Json;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.Store;

/**
 * One server over the bundled samples, spoken to as a browser, a SPARQL client and a linked-data client would.
 * The samples' first article reports that Amara Okafor met Tomás Echeverría in Abuja.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LinkedDataIT {

    static final String PERSON = "https://w3id.org/newsgraph/id/person/amara-okafor";
    static final String NAME = "Amara Okafor";
    static final String OTHER = "Tomás Echeverría";
    static final String MEETING_DATE = "2026-03-04";
    static final String EVIDENCE_START = "Foreign Minister Amara Okafor met her Chilean counterpart";

    @TempDir
    static Path dir;

    Store store;
    NewsgraphServer server;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start() throws Exception {
        store = Samples.ingest(dir);
        server = NewsgraphServer.builder(store.datasetGraph()).port(0).build().start();
    }

    @AfterAll
    void stop() {
        if (server != null) server.close();
        if (store != null) store.close();
    }

    HttpResponse<String> get(String url, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).GET();
        if (accept != null) b.header("Accept", accept);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    String personUrl() {
        return server.localUrl(PERSON);
    }

    @ParameterizedTest
    @CsvSource({
            "text/turtle, text/turtle, TURTLE",
            "application/ld+json, application/ld+json, JSONLD",
            "application/n-triples, application/n-triples, NTRIPLES",
            "'text/html;q=0.5, text/turtle', text/turtle, TURTLE",
            "'application/ld+json;q=0.9, application/n-triples;q=0.8', application/ld+json, JSONLD",
    })
    void aPersonDereferencesToDataWithItsMeetings(String accept, String expected, String lang) throws Exception {
        HttpResponse<String> r = get(personUrl(), accept);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(expected), r.headers().toString());
        Model m = ModelFactory.createDefaultModel();
        Lang l = switch (lang) {
            case "TURTLE" -> Lang.TURTLE;
            case "JSONLD" -> Lang.JSONLD;
            default -> Lang.NTRIPLES;
        };
        RDFParser.fromString(r.body(), l).parse(m);
        Resource p = m.getResource(PERSON);
        assertEquals(NAME, p.getProperty(RDFS.label).getString());
        List<Resource> meetings = m.listSubjectsWithProperty(NG.participant, p).toList();
        assertFalse(meetings.isEmpty(), "no meeting in " + r.body());
        assertTrue(meetings.stream().anyMatch(x -> x.hasProperty(NG.date) && x.getProperty(NG.date).getString().equals(MEETING_DATE)));
        // The reports and their evidence come along.
        assertTrue(m.listObjectsOfProperty(NG.evidence).toList().stream().anyMatch(e -> e.asLiteral().getString().startsWith(EVIDENCE_START)));
        if (lang.equals("JSONLD")) assertTrue(r.body().contains("\"@context\""), r.body());
    }

    @Test
    void aPersonsPageShowsNameMeetingsAndEvidence() throws Exception {
        HttpResponse<String> r = get(personUrl(), "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String h = r.body();
        assertTrue(h.contains("<h1>" + NAME + "</h1>"), h);
        assertTrue(h.contains(MEETING_DATE), h);
        assertTrue(h.contains(EVIDENCE_START), h);
        assertTrue(h.contains(">" + OTHER + "</a>"), "the other participant is linked: " + h);
        assertTrue(h.contains("href=\"/id/place/abuja\""), "the place is linked: " + h);
        assertTrue(h.contains("Foreign Minister"), "title: " + h);
        assertFalse(h.contains("<script"), "no scripts");
        assertFalse(h.contains("src=\"http"), "no external assets");
        // The linked pages exist too.
        assertEquals(200, get(server.rootUrl() + "id/place/abuja", "text/html").statusCode());
        assertEquals(200, get(server.rootUrl() + "id/article/abuja-okafor-echeverria", "text/html").statusCode());
    }

    @Test
    void meetingAndArticlePagesShowEvidence() throws Exception {
        String article = get(server.rootUrl() + "id/article/abuja-okafor-echeverria", "text/html").body();
        assertTrue(article.contains("Nigeria and Chile agree to open direct shipping talks"), article);
        assertTrue(article.contains("https://example.org/news/abuja-okafor-echeverria"), article);
        assertTrue(article.contains(EVIDENCE_START), article);
        int at = article.indexOf("href=\"/id/meeting/");
        assertTrue(at > 0, "the article links its meetings: " + article);
        String meetingPath = article.substring(at + 6, article.indexOf('"', at + 6));
        String meeting = get(server.rootUrl() + meetingPath.substring(1), "text/html").body();
        assertTrue(meeting.contains(NAME) && meeting.contains(OTHER), meeting);
        assertTrue(meeting.contains(MEETING_DATE) && meeting.contains(EVIDENCE_START), meeting);
        assertTrue(meeting.contains("happened"), meeting);
    }

    @Test
    void indexListsPeopleWithMeetingCounts() throws Exception {
        HttpResponse<String> r = get(server.linkedDataUrl(), "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("<a href=\"/id/person/amara-okafor\">" + NAME + "</a></td><td>1</td>"), r.body());
    }

    @Test
    void unknownResourcesAre404AndUnsupportedTypes406() throws Exception {
        assertEquals(404, get(server.rootUrl() + "id/person/nobody-at-all", "text/turtle").statusCode());
        assertEquals(404, get(server.rootUrl() + "id/person/nobody-at-all", "text/html").statusCode());
        assertEquals(404, get(server.rootUrl() + "id/person/%3E%20%7D%20UNION%20%7B", "text/turtle").statusCode());
        HttpResponse<String> r = get(personUrl(), "application/pdf");
        assertEquals(406, r.statusCode());
        assertEquals(406, get(personUrl(), "text/turtle;q=0").statusCode());
        assertEquals(200, get(personUrl() + "?format=nt", "application/pdf").statusCode());
    }

    @Test
    void theOntologyIsServedAtItsNamespace() throws Exception {
        HttpResponse<String> ttl = get(server.rootUrl() + "ns", "text/turtle");
        assertEquals(200, ttl.statusCode());
        Model onto = ModelFactory.createDefaultModel();
        RDFParser.fromString(ttl.body(), Lang.TURTLE).parse(onto);
        assertTrue(onto.contains(NG.Meeting, RDFS.label));
        HttpResponse<String> html = get(server.rootUrl() + "ns", "text/html");
        assertEquals(200, html.statusCode());
        assertTrue(html.body().contains("id=\"Meeting\""), html.body());
        assertTrue(html.body().contains("id=\"participant\""), html.body());
        int ctx = get(server.rootUrl() + "ns/context.jsonld", "application/ld+json").statusCode();
        boolean shipped = LinkedDataIT.class.getResource("/ontology/context.jsonld") != null;
        assertEquals(shipped ? 200 : 404, ctx);
    }

    @Test
    void fusekiUiAndItsJsonEndpoints() throws Exception {
        HttpResponse<String> ui = get(server.rootUrl(), "text/html");
        assertEquals(200, ui.statusCode());
        assertTrue(ui.body().contains("<div id=\"app\"") || ui.body().toLowerCase().contains("fuseki"), ui.body());
        HttpResponse<String> ds = get(server.rootUrl() + "$/datasets", "application/json");
        assertEquals(200, ds.statusCode(), ds.body());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> list = (List<Map<String, Object>>) ((Map<String, Object>) Json.parse(ds.body())).get("datasets");
        assertEquals("/newsgraph", list.get(0).get("ds.name"));
        assertEquals(200, get(server.rootUrl() + "$/datasets/newsgraph", "application/json").statusCode());
        assertEquals(404, get(server.rootUrl() + "$/datasets/other", "application/json").statusCode());
        HttpResponse<String> srv = get(server.rootUrl() + "$/server", "application/json");
        assertEquals(200, srv.statusCode());
        assertTrue(srv.body().contains("/newsgraph"), srv.body());
        assertEquals(200, get(server.rootUrl() + "$/ping", null).statusCode());
        // No administration: creating or deleting datasets is refused.
        HttpResponse<String> create = http.send(HttpRequest.newBuilder(URI.create(server.rootUrl() + "$/datasets?dbName=x&dbType=mem"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(create.statusCode() >= 400, "create: " + create.statusCode());
        HttpResponse<String> delete = http.send(HttpRequest.newBuilder(URI.create(server.rootUrl() + "$/datasets/newsgraph"))
                .DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(delete.statusCode() >= 400, "delete: " + delete.statusCode());
        assertEquals(200, get(server.sparqlUrl() + "?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8), null).statusCode());
    }

    @Test
    void corsHeadersOnQueriesAndPreflight() throws Exception {
        String q = server.sparqlUrl() + "?query=" + URLEncoder.encode("SELECT * WHERE { ?s ?p ?o } LIMIT 1", StandardCharsets.UTF_8);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(q)).header("Origin", "https://tool.example")
                .header("Accept", "application/sparql-results+json").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isPresent(), r.headers().toString());
        HttpResponse<String> pre = http.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Origin", "https://tool.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,authorization")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(pre.statusCode() == 200 || pre.statusCode() == 204, "preflight " + pre.statusCode());
        assertTrue(pre.headers().firstValue("Access-Control-Allow-Origin").isPresent(), pre.headers().toString());
        assertTrue(pre.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"), pre.headers().toString());
        assertTrue(pre.headers().firstValue("Access-Control-Allow-Headers").orElse("").toLowerCase().contains("authorization"),
                pre.headers().toString());
        HttpResponse<String> ld = http.send(HttpRequest.newBuilder(URI.create(personUrl())).header("Origin", "https://tool.example")
                .header("Accept", "text/turtle").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(ld.headers().firstValue("Access-Control-Allow-Origin").isPresent(), ld.headers().toString());
    }

    @Test
    void shaclEndpointValidatesTheUnionOfAllGraphs() throws Exception {
        String shapes = new String(LinkedDataIT.class.getResourceAsStream("/ontology/shapes.ttl").readAllBytes(), StandardCharsets.UTF_8);
        HttpResponse<String> ok = http.send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/shacl?graph=union"))
                .header("Content-Type", "text/turtle").header("Accept", "text/turtle")
                .POST(HttpRequest.BodyPublishers.ofString(shapes)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ok.statusCode(), ok.body());
        Model report = ModelFactory.createDefaultModel();
        RDFParser.fromString(ok.body(), Lang.TURTLE).parse(report);
        assertTrue(report.listStatements(null, report.createProperty("http://www.w3.org/ns/shacl#conforms"), (org.apache.jena.rdf.model.RDFNode) null)
                .hasNext(), ok.body());
        // A shape every person fails shows that validation really runs.
        String strict = """
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                @prefix ng: <https://w3id.org/newsgraph/ns#> .
                <http://example.org/shapes/strict> a sh:NodeShape ; sh:targetClass ng:Person ;
                    sh:property [ sh:path ng:unheardOf ; sh:minCount 1 ] .
                """;
        HttpResponse<String> bad = http.send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/shacl?graph=union"))
                .header("Content-Type", "text/turtle").header("Accept", "text/turtle")
                .POST(HttpRequest.BodyPublishers.ofString(strict)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("false"), bad.body());
        assertTrue(bad.body().contains("amara-okafor"), bad.body());
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theUiPageLinksResolve() throws Exception {
        // Links from a page stay on this server.
        String h = get(personUrl(), "text/html").body();
        assertNotNull(h);
        assertTrue(h.contains("href=\"/ns#") || h.contains("href=\"/id/"), h);
    }

    @Test
    void searchFindsAPersonInAnySpellingAndEveryPageHasTheBox() throws Exception {
        String search = server.rootUrl() + "search?q=";
        HttpResponse<String> html = get(search + URLEncoder.encode("AMARA okafór", StandardCharsets.UTF_8), "text/html");
        assertEquals(200, html.statusCode());
        assertTrue(html.body().contains("href=\"/id/person/amara-okafor\""), html.body());
        HttpResponse<String> json = get(search + "okafor&format=json", null);
        assertEquals(200, json.statusCode());
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        Object parsed = org.newsgraph.article.Json.parse(json.body());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> results = (List<Map<String, Object>>) ((Map<String, Object>) parsed).get("results");
        assertEquals(PERSON, results.get(0).get("iri"));
        assertEquals("Person", results.get(0).get("type"));
        HttpResponse<String> none = get(search + "zzqqxx", "text/html");
        assertTrue(none.body().contains("0 matches"), none.body());
        assertTrue(get(personUrl(), "text/html").body().contains("action=\"/search\""));
    }

    @Test
    void theIndexFiltersByTypeStatusAndPeriod() throws Exception {
        String people = get(server.linkedDataUrl() + "?type=person&status=happened&from=" + MEETING_DATE.substring(0, 7)
                + "&to=" + MEETING_DATE, "text/html").body();
        assertTrue(people.contains("href=\"/id/person/amara-okafor\""), people);
        assertFalse(people.contains("href=\"/id/place/"), people);
        String before = get(server.linkedDataUrl() + "?type=person&to=1999", "text/html").body();
        assertTrue(before.contains("Nothing matches."), before);
        assertFalse(before.contains("rel=\"next\""), before);
    }
}
