package org.newsgraph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class HtmlMetaTest {
    @Test
    void readsOpenGraphAndArticleTags() {
        HtmlMeta m = HtmlMeta.of("""
                <html><head><title>Site | Story</title>
                <meta property="og:title" content="Ministers meet in Oslo">
                <meta property="og:site_name" content='The Fjord Post'>
                <meta property="article:published_time" content="2026-03-05T14:20:00Z">
                <link rel="canonical" href="https://example.org/oslo">
                </head><body><p>Text</p></body></html>""");
        assertEquals("Ministers meet in Oslo", m.title());
        assertEquals("The Fjord Post", m.source());
        assertEquals("2026-03-05T14:20:00Z", m.published());
        assertEquals("https://example.org/oslo", m.url());
    }

    @Test
    void fallsBackToTitleAndTimeElementAndIgnoresBadDates() {
        HtmlMeta m = HtmlMeta.of("""
                <html><head><title> Talks resume </title><meta name="date" content="last Tuesday"></head>
                <body><time datetime="2026-04-02">2 April</time></body></html>""");
        assertEquals("Talks resume", m.title());
        assertEquals("2026-04-02", m.published());
        assertNull(m.url());
    }

    @Test
    void entitiesAreDecodedAndTheSiteNameTakenOffTheHeadline() {
        HtmlMeta m = HtmlMeta.of("<html><head><title>Rossi &amp; Dubois meet in Rome | Daily Planet</title></head>"
                + "<body><p>x</p></body></html>");
        assertEquals("Rossi & Dubois meet in Rome", m.title());
        HtmlMeta og = HtmlMeta.of("<head><meta property=\"og:title\" content=\"Caf&eacute; talks &#8211; who met whom &#8211; The Gazette\">"
                + "<meta property=\"og:site_name\" content=\"The Gazette\"></head>");
        assertEquals("Café talks – who met whom", og.title());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '#', nullValues = "-", textBlock = """
            Talks in Oslo | Daily Planet              # Daily Planet # Talks in Oslo
            Daily Planet | Talks in Oslo              # Daily Planet # Talks in Oslo
            Talks in Oslo - Daily Planet              # Daily Planet # Talks in Oslo
            Talks in Oslo — The Daily Planet          # -            # Talks in Oslo — The Daily Planet
            Ministers meet in Oslo | World | DP       # -            # Ministers meet in Oslo | World
            Oslo - Bergen rail talks resume           # -            # Oslo - Bergen rail talks resume
            Ministers meet in Oslo | Daily Planet     # -            # Ministers meet in Oslo
            Yes | No                                  # -            # Yes | No
            """)
    void siteNames(String title, String site, String expected) {
        assertEquals(expected, HtmlMeta.withoutSiteName(title, site));
    }

    @Test
    void jsonLdWinsAndAnArticleBeatsItsWebPage() {
        HtmlMeta m = HtmlMeta.of("""
                <html><head><title>Old title</title>
                <meta property="article:published_time" content="2026-01-02">
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
                  {"@type":"WebPage","name":"Page name","datePublished":"2026-01-01T00:00:00Z"},
                  {"@type":["NewsArticle"],"headline":"Envoys meet","datePublished":"2026-01-03T08:00:00+0100",
                   "author":[{"@type":"Person","name":"A. Writer"},"B. Writer"],
                   "publisher":{"@type":"Organization","name":"The Post"}}]}</script>
                <script type="application/ld+json">{ not json </script>
                </head><body></body></html>""");
        assertEquals("Envoys meet", m.title());
        assertEquals("2026-01-03T08:00:00+01:00", m.published());
        assertEquals("The Post", m.source());
        assertEquals(java.util.List.of("A. Writer", "B. Writer"), m.authors());
    }

    @Test
    void theDateFromMetaTagsOrTheMarkedTimeElement() {
        assertEquals("2026-05-06T07:00:00Z", HtmlMeta.of("<head><meta property=\"article:published_time\" content=\"2026-05-06T07:00:00Z\">"
                + "<meta name=\"date\" content=\"2020-01-01\"></head>").published());
        assertEquals("2026-05-07", HtmlMeta.of("<body><time datetime=\"2026-05-01\">related</time>"
                + "<time itemprop=\"datePublished\" datetime=\"2026-05-07\">7 May</time></body>").published());
        assertEquals("2026-05-08", HtmlMeta.of("<body><time datetime=\"soon\">x</time><time datetime=\"2026-05-08 10:00\">y</time></body>")
                .published());
        assertNull(HtmlMeta.of("<p>No date here</p>").published());
    }
}
