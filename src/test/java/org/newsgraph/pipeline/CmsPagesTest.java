package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetFactory;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.article.ReadResult;
import org.newsgraph.clean.CleanText;
import org.newsgraph.clean.Cleaner;
import org.newsgraph.store.Store;

/**
 * Pages in the shapes the big publishing systems give them (WordPress with Yoast's JSON-LD graph, an Arc XP story page,
 * an AMP page), written for this test: headline, date, URL and outlet come from their metadata, the story from their
 * body without the furniture, and a relative date in the story is resolved against the page's date.
 */
class CmsPagesTest {

    private static final Path PAGES = Path.of("src", "test", "resources", "pages");

    private static Article read(String file) {
        List<ReadResult> r = ArticleReader.create().readAll(List.of(PAGES.resolve(file)));
        assertEquals(1, r.size());
        assertTrue(r.get(0).isOk(), () -> r.get(0).problem().toString());
        return r.get(0).article();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            wordpress.html | Rossi & Dubois meet in Rome                        | 2026-03-04T18:30:00+00:00 | https://dailyplanet.example/2026/03/rossi-dubois-rome/                  | Daily Planet
            arc.html       | Kenyan and Norwegian ministers sign fisheries pact | 2026-02-12T07:05:31.412Z  | https://www.harbourcourier.example/world/2026/02/12/fisheries-pact/ | The Harbour Courier
            amp.html       | Envoys talk trade in Lagos                         | 2026-01-20T10:00:00+01:00 | https://westwind.example/news/envoys-lagos                           | Westwind News
            """)
    void headlineDateUrlAndOutletComeFromTheMetadata(String file, String title, String published, String url, String source) {
        Article a = read(file);
        assertEquals(title, a.title());
        assertEquals(published, a.published());
        assertEquals(url, a.url());
        assertEquals(source, a.source());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            wordpress.html | ROME — Italian Foreign Minister Carla Rossi met French Foreign Minister Henri Dubois in Rome on Tuesday to discuss migration and energy prices. | The two ministers agreed to meet again in Paris in April, Rossi’s office said. | Share this;Related;Paolo Verdi;Tom Bell;Skip to content;Business;©
            arc.html       | NAIROBI, Feb 12 — Kenya's Fisheries Cabinet Secretary Wanjiru Kamau and Norway's Fisheries Minister Eirik Solberg signed the pact in Nairobi on Thursday after two days of talks. | Kamau said the ministers would meet again next month. | Advertisement;Share on Facebook;Most Read;Ilse Varg;Sports;©;Not the headline
            amp.html       | LAGOS – Ghana’s trade envoy Kofi Mensah-Bonsu met Nigerian Trade Minister Adaeze Okonkwo in Lagos on Monday. | The two officials said a second round of talks would follow in Accra. | Home;Business;Share this story;©;amp-start
            """)
    void theStoryIsKeptAndTheFurnitureDropped(String file, String first, String second, String gone) throws Exception {
        String html = Files.readString(PAGES.resolve(file));
        CleanText c = Cleaner.create().cleanHtml(html);
        List<String> lines = List.of(c.text().split("\n"));
        assertTrue(lines.contains(first), c.text());
        assertTrue(lines.contains(second), c.text());
        for (String g : gone.split(";")) assertFalse(c.text().contains(g), g + " in:\n" + c.text());
        // every kept line points back at its source: the same text once tags and references are read
        for (String line : List.of(first, second)) {
            int at = c.text().indexOf(line);
            String source = html.substring(c.originalStart(at), c.originalEnd(at + line.length()));
            assertEquals(line, Jsoup.parse(source).text(), source);
        }
    }

    @Test
    void relativeDatesResolveAgainstThePageDateAndEvidencePointsIntoTheHtml() throws Exception {
        List<QuerySolution> rows = new ArrayList<>();
        try (Store s = Store.inMemory()) {
            Pipeline.builder().store(s).threads(1).build().run(List.of(PAGES.resolve("wordpress.html"), PAGES.resolve("amp.html")));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            s.query("""
                    PREFIX ng: <https://w3id.org/newsgraph/ns#>
                    PREFIX dcterms: <http://purl.org/dc/terms/>
                    SELECT ?id ?date ?evidence ?start ?end WHERE {
                      ?r a ng:MeetingReport ; ng:inArticle ?a ; ng:reportedDate ?date ; ng:evidence ?evidence ;
                         ng:evidenceStart ?start ; ng:evidenceEnd ?end ; ng:reportedStatus ng:Happened .
                      ?a dcterms:identifier ?id } ORDER BY ?id ?start""", Store.ResultFormat.JSON, out);
            ResultSetFactory.fromJSON(new ByteArrayInputStream(out.toByteArray())).forEachRemaining(rows::add);
        }
        assertEquals(List.of("amp 2026-01-19", "wordpress 2026-03-03"), rows.stream()
                .map(r -> r.getLiteral("id").getString() + " " + r.getLiteral("date").getLexicalForm()).toList());
        for (QuerySolution r : rows) {
            String html = Files.readString(PAGES.resolve(r.getLiteral("id").getString() + ".html"));
            String source = html.substring(r.getLiteral("start").getInt(), r.getLiteral("end").getInt());
            assertEquals(r.getLiteral("evidence").getString(), Jsoup.parse(source).text(), source);
            assertTrue(source.contains("&"), "the evidence spans the page's own markup: " + source);
        }
    }
}
