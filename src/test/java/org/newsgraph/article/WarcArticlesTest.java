package org.newsgraph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A crawl written by the test: its HTML pages are articles as the same page in a JSON line is; a bad record is one problem. */
class WarcArticlesTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void pagesAreArticlesAndABadRecordIsOneProblem(boolean gzip) throws IOException {
        Path file = dir.resolve(gzip ? "crawl.warc.gz" : "crawl.warc");
        WarcFixtures.write(file, gzip, WarcFixtures.PAGES, 0);
        List<WarcArticles.Entry> entries = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); WarcArticles w = new WarcArticles(in, "crawl", ArticleReader.DEFAULT_MAX_BYTES)) {
            w.forEachRemaining(entries::add);
        }
        // three pages and the broken response after the first; the request, the image and the page not found pass silently
        assertEquals(4, entries.size(), entries.toString());
        WarcArticles.Entry bad = entries.get(1);
        assertFalse(bad.ok());
        assertTrue(bad.problem().startsWith("crawl:byte " + bad.offset() + ": unreadable response record"), bad.problem());
        List<WarcArticles.Entry> good = List.of(entries.get(0), entries.get(2), entries.get(3));
        long last = -1;
        for (int i = 0; i < good.size(); i++) {
            WarcArticles.Entry e = good.get(i);
            WarcFixtures.Page p = WarcFixtures.PAGES.get(i);
            assertTrue(e.ok(), e.problem());
            assertTrue(e.offset() > last);
            last = e.offset();
            Article fromLine = ArticleReader.fromJsonLine(bytes(p.jsonLine()), bytes(p.jsonLine()).length, "line", ArticleReader.DEFAULT_MAX_BYTES);
            Article a = e.article();
            assertEquals(fromLine.id(), a.id());
            assertEquals(p.id().toString(), a.id());
            assertEquals(fromLine.url(), a.url());
            assertEquals(fromLine.title(), a.title());
            assertEquals(fromLine.published(), a.published());
            assertEquals(fromLine.source(), a.source());
            assertEquals(fromLine.text(), a.text());
            assertTrue(a.html());
        }
        assertEquals("Harlow and Vance meet in Lisbon", good.get(0).article().title());
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf-8", "ISO-8859-1", "no-such-charset"})
    void thePageIsReadInTheCharsetItsResponseNames(String charset) {
        byte[] latin1 = {'C', 'a', 'f', (byte) 0xe9};
        String text = WarcArticles.decode(latin1, charset);
        assertEquals(charset.equals("ISO-8859-1") ? "Café" : "Caf\uFFFD", text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.warc", "b.WARC.gz", "crawl-00001.warc.gz"})
    void warcFilesAreToldByTheirNames(String name) {
        assertTrue(WarcArticles.isWarc(name));
        assertFalse(WarcArticles.isWarc(name + ".txt"));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
