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
}
