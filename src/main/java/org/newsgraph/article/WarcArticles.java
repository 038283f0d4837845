package org.newsgraph.article;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The web pages of a WARC file (a news crawl), gzipped per record or not, as articles: each response record
 * with status 2xx and an HTML payload is one article, read as a JSON line {@code {"id", "url", "html"}} is: the
 * id is the record's UUID, the url the captured URI, and the page's own metadata gives the headline, outlet and
 * publication date. Other records (requests, metadata, images, redirects) are no articles and pass silently.
 * A response that is not a readable page is an {@link Entry} with a problem; a file whose WARC structure breaks
 * ends there with one problem, since the records after it cannot be found.
 */
public final class WarcArticles implements Iterator<WarcArticles.Entry>, Closeable {

    /** One record of the file at a byte offset: its article, or why it is none ({@code origin: reason}). */
    public record Entry(long offset, Article article, String problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    private final WarcReader reader;
    private final String file;
    private final long maxBytes;
    private Entry next;
    private boolean broken;

    public WarcArticles(InputStream in, String file, long maxBytes) throws IOException {
        this.reader = new WarcReader(in);
        this.file = file;
        this.maxBytes = maxBytes;
        this.next = advance();
    }

    /** Whether a file name says WARC: {@code .warc}, {@code .warc.gz}. */
    public static boolean isWarc(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".warc") || n.endsWith(".warc.gz");
    }

    private Entry advance() {
        while (!broken) {
            Optional<WarcRecord> record;
            long offset = reader.position();
            try {
                record = reader.next();
            } catch (IOException | RuntimeException e) {
                broken = true;
                return new Entry(offset, null, origin(offset) + ": not a WARC record, the rest of the file is not read: " + message(e));
            }
            if (record.isEmpty()) return null;
            offset = reader.position();
            if (!(record.get() instanceof WarcResponse response)) continue;
            try {
                Article a = article(response, origin(offset));
                if (a != null) return new Entry(offset, a, null);
            } catch (InvalidArticleException e) {
                return new Entry(offset, null, e.getMessage());
            } catch (IOException | RuntimeException e) {
                return new Entry(offset, null, origin(offset) + ": unreadable response record: " + message(e));
            }
        }
        return null;
    }

    private String origin(long offset) {
        return file + ":byte " + offset;
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The article of a response record, or null when it is no HTML page (not 2xx, or another media type). */
    private Article article(WarcResponse response, String origin) throws IOException {
        if (!response.contentType().base().equals(MediaType.HTTP)) return null;
        HttpResponse http = response.http();
        if (http.status() < 200 || http.status() > 299) return null;
        MediaType type = http.contentType();
        String base = type.base().toString();
        if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) return null;
        byte[] body = read(http.bodyDecoded().stream(), origin);
        String html = decode(body, type.parameters().get("charset"));
        String id = response.id().toString().replaceFirst("^urn:uuid:", "");
        if (html.isBlank()) throw new InvalidArticleException(origin, "article '" + id + "' has no text");
        HtmlMeta meta = HtmlMeta.of(html);
        return new Article(id, response.target(), meta.title(), meta.published(), meta.source(), html, true, origin);
    }

    private byte[] read(InputStream in, String origin) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[16384];
        for (int n; (n = in.read(buf)) > 0; ) {
            out.write(buf, 0, n);
            if (out.size() > maxBytes) {
                throw new InvalidArticleException(origin, "article is over the size limit (more than " + maxBytes + " bytes)");
            }
        }
        return out.toByteArray();
    }

    /** The page's text in the charset its response names (UTF-8 when none or unknown); bad bytes become U+FFFD. */
    static String decode(byte[] body, String charset) {
        Charset cs = StandardCharsets.UTF_8;
        if (charset != null) {
            try {
                cs = Charset.forName(charset.strip().replace("\"", ""));
            } catch (IllegalArgumentException e) {
                // unknown or unsupported: UTF-8, as browsers mostly guess today
            }
        }
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(body)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalStateException(e); // cannot happen with REPLACE
        }
    }

    @Override
    public boolean hasNext() {
        return next != null;
    }

    @Override
    public Entry next() {
        if (next == null) throw new NoSuchElementException();
        Entry e = next;
        next = advance();
        return e;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
