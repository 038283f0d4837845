package org.newsgraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cross-origin rules. Reads: {@code Access-Control-Allow-Origin: *} without credentials, so browser tools can query
 * and no page can act with a user's login. Writes: no CORS, and a request from a browser page of another origin
 * (its {@code Origin} header) is refused with 403 before it reaches the login, so a page a user visits cannot use
 * credentials the browser remembers; origins the operator lists are the exception.
 */
final class CorsFilter implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger(CorsFilter.class);
    static final String READ_METHODS = "GET, HEAD, POST, OPTIONS";
    static final String READ_HEADERS = "Accept, Authorization, Content-Type, Origin, X-Requested-With, Cache-Control";
    static final String EXPOSED = "Content-Type, Content-Length, Content-Disposition, ETag, Last-Modified, Location";

    private final Predicate<String> isWritePath;
    private final Set<String> writeOrigins;

    CorsFilter(Predicate<String> isWritePath, Set<String> writeOrigins) {
        this.isWritePath = isWritePath;
        this.writeOrigins = Set.copyOf(writeOrigins);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse res = (HttpServletResponse) response;
        res.setHeader("X-Content-Type-Options", "nosniff");
        String origin = req.getHeader("Origin");
        String path = req.getRequestURI().substring(req.getContextPath().length());
        boolean preflight = "OPTIONS".equalsIgnoreCase(req.getMethod()) && req.getHeader("Access-Control-Request-Method") != null;
        if (isWritePath.test(path)) {
            if (origin != null && !sameOrigin(req, origin) && !writeOrigins.contains(origin)) {
                LOG.warn("cross-origin write refused: {} {} from {}", req.getMethod(), path, origin);
                res.sendError(HttpServletResponse.SC_FORBIDDEN, "Cross-origin writes are refused");
                return;
            }
            if (origin != null && writeOrigins.contains(origin)) {
                res.setHeader("Access-Control-Allow-Origin", origin);
                res.setHeader("Access-Control-Allow-Credentials", "true");
                res.addHeader("Vary", "Origin");
                if (preflight) {
                    res.setHeader("Access-Control-Allow-Methods", "GET, HEAD, POST, PUT, DELETE, OPTIONS");
                    res.setHeader("Access-Control-Allow-Headers", READ_HEADERS);
                    res.setHeader("Access-Control-Max-Age", "600");
                    res.setStatus(HttpServletResponse.SC_NO_CONTENT);
                    return;
                }
            }
            chain.doFilter(req, res);
            return;
        }
        if (origin != null) {
            res.setHeader("Access-Control-Allow-Origin", "*");
            res.setHeader("Access-Control-Expose-Headers", EXPOSED);
            if (preflight) {
                String asked = req.getHeader("Access-Control-Request-Method").toUpperCase(Locale.ROOT);
                if (!READ_METHODS.contains(asked)) {
                    res.sendError(HttpServletResponse.SC_FORBIDDEN, "Method not allowed cross-origin: " + asked);
                    return;
                }
                res.setHeader("Access-Control-Allow-Methods", READ_METHODS);
                res.setHeader("Access-Control-Allow-Headers", READ_HEADERS);
                res.setHeader("Access-Control-Max-Age", "600");
                res.setStatus(HttpServletResponse.SC_NO_CONTENT);
                return;
            }
        }
        chain.doFilter(req, res);
    }

    /** Whether the page that sent the request was served by this server (the Fuseki UI, say). */
    static boolean sameOrigin(HttpServletRequest req, String origin) {
        String host = req.getHeader("Host");
        return host != null && origin.equalsIgnoreCase(req.getScheme() + "://" + host);
    }
}
