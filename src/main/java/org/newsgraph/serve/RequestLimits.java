package org.newsgraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Bounds what a request may send to the open endpoints (queries, SHACL, validators, pages): a body over the limit is
 * answered 413 before it is read, so a huge POST costs nothing and a huge query is never parsed. Bodies without a
 * length are read up to the limit; forms must state their length. Writes, which need a login, are not bounded here.
 */
final class RequestLimits implements Filter {
    /** Deeper nesting of braces and brackets than any real query has; the parser's recursion would overflow. */
    static final int MAX_NESTING = 200;
    /** Update texts up to this size are checked for nesting; larger ones (bulk INSERT DATA) pass as they are. */
    static final long MAX_CHECKED_UPDATE = 16L << 20;

    private final long maxBody;
    private final Predicate<String> isWritePath;

    RequestLimits(long maxBody, Predicate<String> isWritePath) {
        if (maxBody <= 0) throw new IllegalArgumentException("maxBody must be positive");
        this.maxBody = maxBody;
        this.isWritePath = isWritePath;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse res = (HttpServletResponse) response;
        String path = req.getRequestURI().substring(req.getContextPath().length());
        long length = req.getContentLengthLong();
        String ct = req.getContentType() == null ? "" : req.getContentType().toLowerCase(Locale.ROOT);
        if (isWritePath.test(path)) {
            // Writers have logged in: no size limit, but update texts are still checked for runaway nesting.
            if (ct.startsWith("application/sparql-update") && length >= 0 && length <= MAX_CHECKED_UPDATE) {
                byte[] body = req.getInputStream().readNBytes((int) length);
                if (nesting(new String(body, StandardCharsets.UTF_8)) > MAX_NESTING) {
                    tooDeep(res);
                    return;
                }
                chain.doFilter(new Buffered(req, body), res);
                return;
            }
            if (ct.startsWith("application/x-www-form-urlencoded") && length >= 0 && length <= MAX_CHECKED_UPDATE
                    && req.getUserPrincipal() != null && tooDeep(req, "update", "request")) {
                tooDeep(res);
                return;
            }
            chain.doFilter(req, res);
            return;
        }
        if (length > maxBody) {
            tooLarge(res);
            return;
        }
        boolean chunked = length < 0 && req.getHeader("Transfer-Encoding") != null;
        boolean form = ct.startsWith("application/x-www-form-urlencoded") || ct.startsWith("multipart/");
        if (chunked && form) {
            res.sendError(HttpServletResponse.SC_LENGTH_REQUIRED, "A form must state its Content-Length");
            return;
        }
        HttpServletRequest next = req;
        if (chunked || ct.startsWith("application/sparql-query") || ct.startsWith("application/sparql-update")) {
            byte[] body = req.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBody + 1));
            if (body.length > maxBody) {
                tooLarge(res);
                return;
            }
            next = new Buffered(req, body);
            if (nesting(new String(body, StandardCharsets.UTF_8)) > MAX_NESTING) {
                tooDeep(res);
                return;
            }
        }
        if ((ct.startsWith("application/x-www-form-urlencoded") || "GET".equalsIgnoreCase(req.getMethod()))
                && tooDeep(req, "query", "update", "request")) {
            tooDeep(res);
            return;
        }
        chain.doFilter(next, res);
    }

    /** Whether a value of one of the parameters {@code names} nests deeper than {@link #MAX_NESTING}. */
    private static boolean tooDeep(HttpServletRequest req, String... names) {
        for (String name : names) {
            String[] values = req.getParameterValues(name);
            if (values == null) continue;
            for (String v : values) {
                if (nesting(v) > MAX_NESTING) return true;
            }
        }
        return false;
    }

    private static void tooDeep(HttpServletResponse res) throws IOException {
        res.sendError(HttpServletResponse.SC_BAD_REQUEST, "Query nested more than " + MAX_NESTING + " levels deep");
    }

    /**
     * The deepest nesting of {@code { ( [} in SPARQL text, read as SPARQL's tokenizer reads it: IRIs in angle
     * brackets, string literals (with escapes, and long ones in triple quotes) and comments do not count.
     */
    static int nesting(String text) {
        int depth = 0;
        int max = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"', '\'' -> {
                    boolean triple = i + 2 < n && text.charAt(i + 1) == c && text.charAt(i + 2) == c;
                    i = triple ? endOfLong(text, i + 3, c) : endOfShort(text, i + 1, c);
                }
                case '<' -> {
                    int j = i + 1;
                    while (j < n && iriChar(text.charAt(j))) j++;
                    if (j < n && text.charAt(j) == '>') i = j;
                }
                case '#' -> {
                    int nl = text.indexOf('\n', i);
                    i = nl < 0 ? n : nl;
                }
                case '{', '(', '[' -> max = Math.max(max, ++depth);
                case '}', ')', ']' -> depth = Math.max(0, depth - 1);
                default -> {
                }
            }
        }
        return max;
    }

    private static boolean iriChar(char c) {
        return c > ' ' && c != '<' && c != '>' && c != '"' && c != '{' && c != '}' && c != '|' && c != '^' && c != '`' && c != '\\';
    }

    /** The index of the closing quote of a one-line string (or of the line's end, where the tokenizer gives up). */
    private static int endOfShort(String text, int from, char quote) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') i++;
            else if (c == quote || c == '\n' || c == '\r') return i;
        }
        return text.length();
    }

    /** The index of the last quote closing a long string. */
    private static int endOfLong(String text, int from, char quote) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') i++;
            else if (c == quote && i + 2 < text.length() && text.charAt(i + 1) == quote && text.charAt(i + 2) == quote) {
                // A long string may end in up to two more quotes: """a""""" ends at the last one.
                int j = i + 3;
                while (j < text.length() && text.charAt(j) == quote && j - i < 5) j++;
                return j - 1;
            }
        }
        return text.length();
    }

    private void tooLarge(HttpServletResponse res) throws IOException {
        res.setHeader("Connection", "close");
        res.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                "Request body over " + maxBody + " bytes (the limit of this server's open endpoints)");
    }

    /** A request whose body was read ahead. */
    private static final class Buffered extends HttpServletRequestWrapper {
        private final byte[] body;

        Buffered(HttpServletRequest req, byte[] body) {
            super(req);
            this.body = body;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return ((ByteArrayInputStream) in).available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("blocking reads only");
                }
            };
        }
    }
}
