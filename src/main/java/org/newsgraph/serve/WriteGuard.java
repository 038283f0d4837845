package org.newsgraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP Basic authentication for the requests that would change the dataset (SPARQL Update, Graph Store
 * Protocol writes, uploads); queries, reads and SHACL validation pass without a login. Anything it cannot
 * tell for a read counts as a write.
 */
final class WriteGuard implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger(WriteGuard.class);
    static final String REALM = "newsgraph";

    private final String datasetPath;
    private final byte[] user;
    private final byte[] password;

    WriteGuard(String datasetPath, String user, String password) {
        this.datasetPath = Objects.requireNonNull(datasetPath);
        this.user = Objects.requireNonNull(user).getBytes(StandardCharsets.UTF_8);
        this.password = Objects.requireNonNull(password).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) req;
        HttpServletResponse out = (HttpServletResponse) res;
        String path = http.getRequestURI().substring(http.getContextPath().length());
        if (isUnderDataset(path) && isWrite(http.getMethod(), endpointOf(path), http.getContentType(),
                http.getMethod().equalsIgnoreCase("POST") && isForm(http.getContentType()) ? http.getParameterMap().keySet() : java.util.Set.of())
                && !authorized(http.getHeader("Authorization"))) {
            LOG.debug("write refused without valid credentials: {} {}", http.getMethod(), path);
            out.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
            out.sendError(HttpServletResponse.SC_UNAUTHORIZED, "Updates need a login");
            return;
        }
        chain.doFilter(req, res);
    }

    private boolean isUnderDataset(String path) {
        return path.equals(datasetPath) || path.startsWith(datasetPath + "/");
    }

    /** The service name after the dataset path ("" for the dataset itself). */
    private String endpointOf(String path) {
        String rest = path.substring(datasetPath.length());
        if (rest.startsWith("/")) rest = rest.substring(1);
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    private static boolean isForm(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    /**
     * Whether a request may change data: every method but GET, HEAD and OPTIONS, except a POST that carries a
     * query (application/sparql-query, or a form with {@code query} and without {@code update}) or goes to
     * the SHACL validation service.
     */
    static boolean isWrite(String method, String endpoint, String contentType, java.util.Set<String> formParams) {
        String m = method.toUpperCase(Locale.ROOT);
        if (m.equals("GET") || m.equals("HEAD") || m.equals("OPTIONS")) return false;
        if (!m.equals("POST")) return true;
        if (endpoint.equals("shacl")) return false;
        String ct = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (ct.startsWith("application/sparql-query")) return false;
        if (isForm(ct)) return formParams.contains("update") || !formParams.contains("query");
        return true;
    }

    private boolean authorized(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) return false;
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(header.substring(6).trim());
        } catch (IllegalArgumentException e) {
            return false;
        }
        int colon = -1;
        for (int i = 0; i < decoded.length; i++) {
            if (decoded[i] == ':') {
                colon = i;
                break;
            }
        }
        if (colon < 0) return false;
        byte[] u = java.util.Arrays.copyOfRange(decoded, 0, colon);
        byte[] p = java.util.Arrays.copyOfRange(decoded, colon + 1, decoded.length);
        // Both compared in full, in constant time, so that timing tells nothing.
        boolean userOk = MessageDigest.isEqual(u, user);
        boolean passwordOk = MessageDigest.isEqual(p, password);
        return userOk & passwordOk;
    }
}
