package org.newsgraph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ArticleReaderTest {

    @TempDir
    Path dir;

    static final String GOOD = "{\"id\": \"a1\", \"published\": \"2024-03-05\", \"title\": \"Talks\","
            + " \"text\": \"Mayor Ada Lind met trade envoy Bruno Kessel in Tallinn on Monday.\"}";
    static final String GOOD2 = "{\"id\": \"a2\", \"text\": \"Nora Vale visited Oslo.\"}";

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) n += p.length;
        byte[] all = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }

    /** name, file, content, expected origin (relative to the temp folder), message fragment. */
    static Stream<Arguments> badInputs() {
        byte[] badUtf8 = {'{', '"', 'i', 'd', '"', ':', '"', 'x', (byte) 0xC3, (byte) 0x28, '"', '}'};
        return Stream.of(
                Arguments.of("empty jsonl", "e.jsonl", new byte[0], "e.jsonl", "empty file"),
                Arguments.of("blank lines only", "b.jsonl", utf8("\n  \n\n"), "b.jsonl", "empty file"),
                Arguments.of("empty txt", "e.txt", new byte[0], "e.txt", "empty file"),
                Arguments.of("whitespace txt", "w.txt", utf8(" \n\t\n"), "w.txt", "empty file"),
                Arguments.of("binary jsonl", "bin.jsonl", concat(utf8(GOOD + "\n"), new byte[] {0, 1, 2, 0}), "bin.jsonl", "binary file"),
                Arguments.of("binary html", "bin.html", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}, "bin.html", "binary file"),
                Arguments.of("invalid utf-8 line", "u.jsonl", concat(utf8(GOOD + "\n"), badUtf8, utf8("\n")), "u.jsonl:2", "invalid UTF-8"),
                Arguments.of("invalid utf-8 txt", "u.txt", concat(utf8("line one\nline two\n"), new byte[] {(byte) 0xFF}), "u.txt", "invalid UTF-8 at line 3"),
                Arguments.of("malformed json", "m.jsonl", utf8(GOOD + "\n{\"id\": \"m\", \"text\": \"x\"\n"), "m.jsonl:2", "malformed JSON at column 24"),
                Arguments.of("not an object", "arr.jsonl", utf8("[\"x\"]\n"), "arr.jsonl:1", "expected a JSON object"),
                Arguments.of("no text", "nt.jsonl", utf8("{\"id\": \"nt\", \"title\": \"Only a title\"}\n"), "nt.jsonl:1", "has no text"),
                Arguments.of("blank text", "bt.jsonl", utf8("{\"id\": \"bt\", \"text\": \"   \"}\n"), "bt.jsonl:1", "has no text"),
                Arguments.of("no id", "ni.jsonl", utf8("{\"text\": \"Somebody met somebody.\"}\n"), "ni.jsonl:1", "has no id"),
                Arguments.of("duplicate id", "d.jsonl", utf8(GOOD + "\n" + GOOD2 + "\n" + GOOD + "\n"), "d.jsonl:3", "duplicate id 'a1' (first at "),
                Arguments.of("invalid published", "p.jsonl", utf8("{\"id\": \"p\", \"published\": \"5 March 2024\", \"text\": \"x y\"}\n"), "p.jsonl:1", "'published' is not an ISO date"),
                Arguments.of("text not a string", "ts.jsonl", utf8("{\"id\": \"t\", \"text\": 42}\n"), "ts.jsonl:1", "field 'text' must be a string"),
                Arguments.of("unsupported named file", "notes.csv", utf8("a,b\n"), "notes.csv", "unsupported file type"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void eachBadInputIsReportedWithFileAndLineAndSkipped(String name, String file, byte[] content, String origin, String fragment)
            throws IOException {
        Path f = dir.resolve(file);
        Files.write(f, content);
        Path good = dir.resolve("good.jsonl");
        Files.writeString(good, GOOD2.replace("a2", "other") + "\n");

        List<ReadResult> results = ArticleReader.create().readAll(List.of(f, good));

        List<Problem> problems = results.stream().filter(r -> !r.isOk()).map(ReadResult::problem).toList();
        assertEquals(1, problems.size(), problems.toString());
        Problem p = problems.get(0);
        assertEquals(dir.resolve(origin.replaceFirst(":\\d+$", "")) + (origin.matches(".*:\\d+$") ? origin.replaceFirst("^[^:]*", "") : ""),
                p.origin());
        assertTrue(p.message().contains(fragment), p.toString());
        assertTrue(p.toString().startsWith(p.origin() + ": "));
        // The other input is still read.
        assertTrue(results.stream().anyMatch(r -> r.isOk() && r.article().id().equals("other")));
    }

    @Test
    void readsJsonlTextAndHtmlWithTheirFields() throws IOException {
        Path jsonl = dir.resolve("news.jsonl");
        Files.writeString(jsonl, "\uFEFF" + GOOD + "\r\n\n"
                + "{\"id\": \"h1\", \"url\": \"https://example.org/h1\", \"source\": \"Example Post\","
                + " \"published\": \"2024-03-06T10:15:00+01:00\", \"html\": \"<p>Ada Lind met Nora Vale.</p>\"}\n");
        Path txt = dir.resolve("memo-7.txt");
        Files.writeString(txt, "Bruno Kessel met Ada Lind in Riga.\n");
        Path html = dir.resolve("page.html");
        Files.writeString(html, "<html><body><p>Nora Vale met Bruno Kessel.</p></body></html>");

        List<ReadResult> results = ArticleReader.create().readAll(List.of(jsonl, txt, html));

        assertTrue(results.stream().allMatch(ReadResult::isOk), results.toString());
        List<Article> a = results.stream().map(ReadResult::article).toList();
        assertEquals(List.of("a1", "h1", "memo-7", "page"), a.stream().map(Article::id).toList());
        assertEquals(jsonl + ":1", a.get(0).origin());
        assertEquals("2024-03-05", a.get(0).published());
        assertEquals("Talks", a.get(0).title());
        assertFalse(a.get(0).html());
        assertEquals(jsonl + ":3", a.get(1).origin());
        assertTrue(a.get(1).html());
        assertEquals("<p>Ada Lind met Nora Vale.</p>", a.get(1).text());
        assertEquals("https://example.org/h1", a.get(1).url());
        assertEquals("Example Post", a.get(1).source());
        assertEquals("Bruno Kessel met Ada Lind in Riga.\n", a.get(2).text());
        assertNull(a.get(2).published());
        assertFalse(a.get(2).html());
        assertTrue(a.get(3).html());
        assertEquals(txt.toString(), a.get(2).origin());
    }

    @Test
    void articleWithoutPublishedIsRead() throws IOException {
        Path f = dir.resolve("np.jsonl");
        Files.writeString(f, GOOD2 + "\n");
        List<ReadResult> r = ArticleReader.create().readAll(List.of(f));
        assertTrue(r.get(0).isOk());
        assertTrue(r.get(0).article().publishedDate().isEmpty());
    }

    @Test
    // Path order compares names: b/sub/z.txt comes before b/y.txt.
    void foldersAreReadRecursivelyInPathOrderIgnoringOtherFiles() throws IOException {
        Path root = dir.resolve("in");
        Files.createDirectories(root.resolve("b/sub"));
        Files.createDirectories(root.resolve("a"));
        Files.writeString(root.resolve("b/sub/z.txt"), "Third text.");
        Files.writeString(root.resolve("b/y.txt"), "Second text.");
        Files.writeString(root.resolve("a/x.jsonl"), GOOD + "\n");
        Files.writeString(root.resolve("a/readme.md"), "not an article");
        Files.write(root.resolve("a/photo.jpg"), new byte[] {0, 1, 2});

        List<ReadResult> results = ArticleReader.create().readAll(List.of(root));

        assertEquals(List.of("a1", "z", "y"), results.stream().map(r -> r.article().id()).toList());
    }

    @Test
    void missingNamedInputIsAProblem() {
        List<ReadResult> r = ArticleReader.create().readAll(List.of(dir.resolve("nope.jsonl")));
        assertEquals(1, r.size());
        assertTrue(r.get(0).problem().message().contains("no such file"));
    }

    @Test
    void oversizedArticlesAreSkippedWithoutStoppingTheFile() throws IOException {
        long limit = 1024;
        Path f = dir.resolve("big.jsonl");
        char[] body = new char[5000];
        Arrays.fill(body, 'x');
        Files.writeString(f, GOOD + "\n{\"id\": \"big\", \"text\": \"" + new String(body) + "\"}\n" + GOOD2 + "\n");
        Path txt = dir.resolve("big.txt");
        Files.writeString(txt, new String(body));

        List<ReadResult> r = ArticleReader.withMaxBytes(limit).readAll(List.of(f, txt));

        assertEquals(4, r.size());
        assertTrue(r.get(0).isOk());
        assertEquals(f + ":2", r.get(1).problem().origin());
        assertTrue(r.get(1).problem().message().contains("over the size limit"), r.get(1).toString());
        assertEquals("a2", r.get(2).article().id());
        assertTrue(r.get(3).problem().message().contains("over the size limit"));
    }

    @Test
    void aTwentyMegabyteArticleIsSkippedWithTheDefaultLimitInBoundedMemory() throws IOException {
        Path f = dir.resolve("huge.jsonl");
        try (OutputStream out = Files.newOutputStream(f)) {
            out.write(utf8("{\"id\": \"huge\", \"text\": \""));
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, (byte) 'a');
            for (int i = 0; i < 20; i++) out.write(chunk);
            out.write(utf8("\"}\n" + GOOD + "\n"));
        }
        List<ReadResult> r = ArticleReader.create().readAll(List.of(f));
        assertEquals(2, r.size());
        assertEquals(f + ":1", r.get(0).problem().origin());
        assertTrue(r.get(0).problem().message().contains("20.0 MB > 5.0 MB"), r.get(0).toString());
        assertEquals("a1", r.get(1).article().id());
    }

    @Test
    void readingIsLazy() throws IOException {
        Path f = dir.resolve("many.jsonl");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 1000; i++) sb.append("{\"id\": \"n").append(i).append("\", \"text\": \"Text ").append(i).append(".\"}\n");
        Files.writeString(f, sb);
        try (Stream<ReadResult> s = ArticleReader.create().read(List.of(f))) {
            assertEquals(List.of("n0", "n1", "n2"), s.limit(3).map(r -> r.article().id()).toList());
        }
    }

    @Test
    void oneJsonLineReadsAsIngestReadsIt() {
        byte[] ok = "{\"id\": 7, \"published\": \"2025-03-04\", \"html\": \"<p>Hi</p>\", \"title\": \"T\"}"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Article a = ArticleReader.fromJsonLine(ok, ok.length, "f:0", ArticleReader.DEFAULT_MAX_BYTES);
        assertEquals("7", a.id());
        assertEquals("T", a.title());
        assertEquals("f:0", a.origin());
        assertEquals(null, ArticleReader.fromJsonLine(new byte[] {' ', ' '}, 2, "f:9", 100));
        byte[] bad = "{\"id\": \"x\"".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        InvalidArticleException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidArticleException.class,
                () -> ArticleReader.fromJsonLine(bad, bad.length, "f:12", 100));
        assertTrue(e.getMessage().startsWith("f:12: malformed JSON at column "), e.getMessage());
        byte[] latin1 = {'{', '"', (byte) 0xe9, '"', '}'};
        assertTrue(org.junit.jupiter.api.Assertions.assertThrows(InvalidArticleException.class,
                () -> ArticleReader.fromJsonLine(latin1, latin1.length, "f:3", 100)).getMessage().contains("invalid UTF-8"));
        assertTrue(org.junit.jupiter.api.Assertions.assertThrows(InvalidArticleException.class,
                () -> ArticleReader.fromJsonLine(ok, ok.length, "f:0", 10)).getMessage().contains("over the size limit"));
    }
}
