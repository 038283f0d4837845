package org.newsgraph.article;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads articles from JSON Lines ({@code .jsonl}, one object a line), plain text ({@code .txt}) and HTML
 * ({@code .html}) files, or folders of them (recursively, sorted by path). Bad input never stops the
 * reading: each unusable file or line becomes a {@link Problem} naming the file (and line), and the rest
 * is still read. Articles are read lazily, one at a time, so memory does not grow with the input.
 *
 * <p>Skipped with a problem: missing input, empty file, binary file (NUL bytes), invalid UTF-8, malformed
 * JSON, an article without id or text, a duplicate id (the first one is kept), an article over the size
 * limit, an invalid {@code published}.
 */
public final class ArticleReader {

    private static final Logger log = LoggerFactory.getLogger(ArticleReader.class);

    /** Default limit on one article (a JSON line, or a text or HTML file): 5 MiB. */
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

    private static final int SNIFF_BYTES = 8192;

    private final long maxBytes;

    private ArticleReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** A reader with the default size limit. */
    public static ArticleReader create() {
        return new ArticleReader(DEFAULT_MAX_BYTES);
    }

    /** A reader skipping articles of more than {@code maxBytes} bytes. */
    public static ArticleReader withMaxBytes(long maxBytes) {
        if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive");
        return new ArticleReader(maxBytes);
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Whether a file name has an extension this reader understands. */
    public static boolean isSupported(Path file) {
        return kind(file) != null;
    }

    /**
     * All results of the inputs, in input order (folders in path order). The stream is lazy and holds an
     * open file while it is consumed: close it (try-with-resources) when not reading to the end.
     */
    public Stream<ReadResult> read(List<Path> inputs) {
        Results it = new Results(List.copyOf(inputs));
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(it::close);
    }

    /** Reads everything at once; convenient for small inputs and tests. */
    public List<ReadResult> readAll(List<Path> inputs) {
        try (Stream<ReadResult> s = read(inputs)) {
            return s.toList();
        }
    }

    /** The files an input list stands for: files as given, folders expanded recursively in path order. */
    public static List<Path> expand(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                try (Stream<Path> walk = Files.walk(in)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(p -> {
                        if (isSupported(p)) files.add(p);
                        else log.debug("ignoring {} (not .jsonl, .txt or .html)", p);
                    });
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + in, e);
                }
            } else {
                files.add(in);
            }
        }
        return files;
    }

    private enum Kind { JSONL, TEXT, HTML }

    private static Kind kind(Path file) {
        Path name = file.getFileName();
        if (name == null) return null;
        String n = name.toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) return Kind.JSONL;
        if (n.endsWith(".txt")) return Kind.TEXT;
        if (n.endsWith(".html") || n.endsWith(".htm")) return Kind.HTML;
        return null;
    }

    private static String idFromFileName(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** Iterates file by file; a JSONL file line by line. */
    private final class Results implements Iterator<ReadResult> {
        private final Deque<Path> pendingInputs;
        private final Deque<Path> files = new ArrayDeque<>();
        private final Map<String, String> firstOrigin = new HashMap<>();
        private ReadResult next;
        private LineReader lines;
        private Path linesFile;
        private boolean jsonlHadArticle;

        Results(List<Path> inputs) {
            this.pendingInputs = new ArrayDeque<>(inputs);
        }

        @Override
        public boolean hasNext() {
            while (next == null) {
                next = advance();
                if (next == null && files.isEmpty() && pendingInputs.isEmpty() && lines == null) return false;
            }
            return true;
        }

        @Override
        public ReadResult next() {
            if (!hasNext()) throw new NoSuchElementException();
            ReadResult r = next;
            next = null;
            return r;
        }

        void close() {
            closeLines();
        }

        /** One step: the next result, or null when this step produced nothing. */
        private ReadResult advance() {
            if (lines != null) return nextLine();
            if (files.isEmpty()) {
                if (pendingInputs.isEmpty()) return null;
                Path in = pendingInputs.poll();
                if (!Files.exists(in)) return ReadResult.skipped(in.toString(), "no such file or folder");
                if (Files.isDirectory(in)) {
                    files.addAll(expand(List.of(in)));
                    return null;
                }
                files.add(in);
            }
            return openFile(files.poll());
        }

        private ReadResult openFile(Path file) {
            String origin = file.toString();
            Kind kind = kind(file);
            if (kind == null) return ReadResult.skipped(origin, "unsupported file type (expected .jsonl, .txt or .html)");
            try {
                if (!Files.isRegularFile(file)) return ReadResult.skipped(origin, "not a regular file");
                long size = Files.size(file);
                if (size == 0) return ReadResult.skipped(origin, "empty file");
                if (hasNul(file)) return ReadResult.skipped(origin, "binary file (contains NUL bytes), not text");
                if (kind == Kind.JSONL) {
                    lines = new LineReader(Files.newInputStream(file), maxBytes);
                    linesFile = file;
                    jsonlHadArticle = false;
                    return null;
                }
                if (size > maxBytes) {
                    return ReadResult.skipped(origin, "file is over the size limit (" + mb(size) + " > " + mb(maxBytes) + ")");
                }
                return accept(fromFile(Files.readAllBytes(file), file.getFileName().toString(), origin));
            } catch (InvalidArticleException e) {
                return ReadResult.skipped(Problem.of(e));
            } catch (IOException e) {
                log.debug("cannot read {}", file, e);
                return ReadResult.skipped(origin, "cannot read: " + e.getMessage());
            }
        }

        private ReadResult nextLine() {
            String fileName = linesFile.toString();
            LineReader.Line line;
            try {
                line = lines.next();
            } catch (IOException e) {
                closeLines();
                log.debug("cannot read {}", fileName, e);
                return ReadResult.skipped(fileName, "cannot read: " + e.getMessage());
            }
            if (line == null) {
                boolean had = jsonlHadArticle;
                closeLines();
                return had ? null : ReadResult.skipped(fileName, "empty file (no JSON lines)");
            }
            String origin = fileName + ":" + line.number();
            if (line.tooLong()) {
                jsonlHadArticle = true;
                return ReadResult.skipped(origin, "article is over the size limit (" + mb(line.fullLength())
                        + " > " + mb(maxBytes) + ")");
            }
            String text;
            try {
                text = Utf8.decode(line.bytes(), line.length());
            } catch (Utf8.InvalidUtf8 e) {
                jsonlHadArticle = true;
                return ReadResult.skipped(origin, "invalid UTF-8 at byte " + (e.offset + 1) + " of the line");
            }
            if (text.isBlank()) return null;
            jsonlHadArticle = true;
            if (line.hasNul()) return ReadResult.skipped(origin, "binary content (NUL byte) in the line");
            Map<String, Object> obj;
            try {
                obj = Json.parseObject(text, line.number());
            } catch (JsonParseException e) {
                return ReadResult.skipped(fileName + ":" + e.line(), "malformed JSON at column " + e.column()
                        + ": " + e.getMessage().replaceFirst("^line \\d+, column \\d+: ", ""));
            }
            try {
                return accept(articleOf(obj, origin));
            } catch (InvalidArticleException e) {
                return ReadResult.skipped(Problem.of(e));
            }
        }

        private ReadResult accept(Article a) {
            String first = firstOrigin.putIfAbsent(a.id(), a.origin());
            if (first != null) {
                return ReadResult.skipped(a.origin(), "duplicate id '" + a.id() + "' (first at " + first + ")");
            }
            return ReadResult.ok(a);
        }

        private void closeLines() {
            if (lines != null) {
                try {
                    lines.close();
                } catch (IOException e) {
                    log.debug("closing {}", linesFile, e);
                }
                lines = null;
                linesFile = null;
            }
        }
    }

    /** The article of one parsed JSON line: {@code text}, else {@code html}; the other fields as ingest reads them. */
    private static Article articleOf(Map<String, Object> obj, String origin) {
        String body = string(obj, "text", origin);
        boolean html = false;
        if (body == null || body.isBlank()) {
            String h = string(obj, "html", origin);
            if (h != null && !h.isBlank()) {
                body = h;
                html = true;
            }
        }
        String url = string(obj, "url", origin);
        String title = string(obj, "title", origin);
        String published = string(obj, "published", origin);
        String source = string(obj, "source", origin);
        if (html && (url == null || title == null || published == null || source == null)) {
            // what the line leaves out, the page may say about itself
            HtmlMeta meta = HtmlMeta.of(body);
            if (url == null) url = meta.url();
            if (title == null) title = meta.title();
            if (published == null) published = meta.published();
            if (source == null) source = meta.source();
        }
        return new Article(string(obj, "id", origin), url, title, published, source, body, html, origin);
    }

    /**
     * One line of a JSON Lines file read as {@code ingest} reads it, for readers that split files themselves
     * (the Spark job): the article, or null for a blank line.
     *
     * @param bytes  the line's bytes without its line end (the first {@code length} count)
     * @param origin where the line is, for messages (e.g. {@code file:byte-offset})
     * @throws InvalidArticleException saying why the line is not an article (with the origin)
     */
    public static Article fromJsonLine(byte[] bytes, int length, String origin, long maxBytes) {
        if (length > maxBytes) {
            throw new InvalidArticleException(origin, "article is over the size limit (" + mb(length) + " > " + mb(maxBytes) + ")");
        }
        String text;
        try {
            text = Utf8.decode(bytes, length);
        } catch (Utf8.InvalidUtf8 e) {
            throw new InvalidArticleException(origin, "invalid UTF-8 at byte " + (e.offset + 1) + " of the line");
        }
        if (text.isBlank()) return null;
        if (text.indexOf('\0') >= 0) throw new InvalidArticleException(origin, "binary content (NUL byte) in the line");
        Map<String, Object> obj;
        try {
            obj = Json.parseObject(text, 1);
        } catch (JsonParseException e) {
            throw new InvalidArticleException(origin, "malformed JSON at column " + e.column()
                    + ": " + e.getMessage().replaceFirst("^line \\d+, column \\d+: ", ""));
        }
        return articleOf(obj, origin);
    }

    /**
     * A whole {@code .txt} or {@code .html} file read as {@code ingest} reads it (the id is the name without its
     * extension), for readers that list files themselves (the Spark job).
     *
     * @throws InvalidArticleException saying why the file is not an article (with the origin)
     */
    public static Article fromFile(byte[] bytes, String fileName, String origin) {
        String text;
        try {
            text = Utf8.decode(bytes, bytes.length);
        } catch (Utf8.InvalidUtf8 e) {
            throw new InvalidArticleException(origin, "invalid UTF-8 at line " + Utf8.lineOf(bytes, e.offset)
                    + " (byte " + e.offset + ")");
        }
        if (text.isBlank()) throw new InvalidArticleException(origin, "empty file");
        String id = idFromFileName(Path.of(fileName));
        if (kind(Path.of(fileName)) == Kind.HTML) {
            HtmlMeta meta = HtmlMeta.of(text);
            return new Article(id, meta.url(), meta.title(), meta.published(), meta.source(), text, true, origin);
        }
        return new Article(id, null, null, null, null, text, false, origin);
    }

    /** Whether a file name says a whole-file article ({@code .txt}, {@code .html}, {@code .htm}) rather than JSON Lines. */
    public static boolean isWholeFile(String fileName) {
        Kind k = kind(Path.of(fileName));
        return k == Kind.TEXT || k == Kind.HTML;
    }

    private static String string(Map<String, Object> obj, String field, String origin) {
        Object v = obj.get(field);
        if (v == null) return null;
        if (v instanceof String s) return s;
        if ("id".equals(field) && v instanceof BigDecimal n) return n.toPlainString();
        throw new InvalidArticleException(origin, "field '" + field + "' must be a string");
    }

    private static boolean hasNul(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SNIFF_BYTES);
            for (byte b : head) {
                if (b == 0) return true;
            }
            return false;
        }
    }
}
