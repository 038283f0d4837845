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
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Bounds what a request may send to the open endpoints (queries, SHACL, validators, pages): a body over the limit is
 * answered 413 before it is read, so a huge POST costs nothing and a huge query is never parsed. Bodies without a
 * length are read up to the limit; forms must state their length. Writes, which need a login, are not bounded here.
 */
final class RequestLimits implements Filter {
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
        if (isWritePath.test(path)) {
            chain.doFilter(req, res);
            return;
        }
        long length = req.getContentLengthLong();
        if (length > maxBody) {
            tooLarge(res);
            return;
        }
        boolean chunked = length < 0 && req.getHeader("Transfer-Encoding") != null;
        if (chunked) {
            String ct = req.getContentType() == null ? "" : req.getContentType().toLowerCase(Locale.ROOT);
            if (ct.startsWith("application/x-www-form-urlencoded") || ct.startsWith("multipart/")) {
                res.sendError(HttpServletResponse.SC_LENGTH_REQUIRED, "A form must state its Content-Length");
                return;
            }
            byte[] body = req.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBody + 1));
            if (body.length > maxBody) {
                tooLarge(res);
                return;
            }
            chain.doFilter(new Buffered(req, body), res);
            return;
        }
        chain.doFilter(req, res);
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
