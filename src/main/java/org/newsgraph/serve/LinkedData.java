package org.newsgraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dereferenceable instance IRIs: {@code GET /id/{type}/{key}} describes the resource {@code BASE{type}/{key}}
 * in HTML (for browsers), Turtle, JSON-LD or N-Triples by content negotiation (or {@code ?format=}); {@code /id/}
 * is an index. 404 for resources the store does not know, 406 when none of the formats is acceptable.
 */
final class LinkedData extends HttpServlet {
    private static final Logger LOG = LoggerFactory.getLogger(LinkedData.class);
    static final String ID_PATH = "/id/";

    static final String HTML = "text/html";
    static final String TURTLE = "text/turtle";
    static final String JSONLD = "application/ld+json";
    static final String NTRIPLES = "application/n-triples";
    /** In order of preference when the client does not mind. */
    static final List<String> OFFERS = List.of(HTML, TURTLE, JSONLD, NTRIPLES);
    private static final Map<String, String> FORMAT_PARAM = Map.of(
            "html", HTML, "ttl", TURTLE, "turtle", TURTLE, "jsonld", JSONLD, "json-ld", JSONLD, "nt", NTRIPLES, "ntriples", NTRIPLES);
    /** What may follow /id/: IRI path characters only (keys are percent-encoded when minted). */
    private static final Pattern PATH = Pattern.compile("[A-Za-z0-9._~%!$&'()*+,;=:@/-]+");

    private final Describer describer;
    private final HtmlPages html;
    private final String base;

    /** Tells ETags of one server run from another's: the data version counts from where the store was opened. */
    private static final String EPOCH = Long.toString(System.currentTimeMillis(), 36);
    private final DatasetGraph dsg;

    LinkedData(DatasetGraph dsg, String base) {
        this.dsg = Objects.requireNonNull(dsg);
        this.describer = new Describer(dsg);
        this.base = Objects.requireNonNull(base);
        this.html = new HtmlPages(base);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String raw = req.getRequestURI().substring(req.getContextPath().length());
        if (!raw.startsWith(ID_PATH)) {
            // "/id" without the slash: the index lives at /id/.
            res.sendRedirect(req.getContextPath() + ID_PATH);
            return;
        }
        String rest = raw.substring(ID_PATH.length());
        Optional<String> type = negotiate(req);
        if (type.isEmpty()) {
            notAcceptable(res);
            return;
        }
        // A page changes only when the store does: a client that has it already gets 304 without a query run.
        String etag = etag(type.get());
        if (etag != null) {
            res.setHeader("ETag", etag);
            res.setHeader("Cache-Control", "no-cache");
            if (matches(req.getHeader("If-None-Match"), etag)) {
                res.setHeader("Vary", "Accept");
                res.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
        }
        if (rest.isEmpty()) {
            if (!type.get().equals(HTML)) {
                notAcceptable(res);
                return;
            }
            IndexFilter filter = IndexFilter.of(req::getParameter);
            String page = filter.selective()
                    ? html.selection(filter, describer.entities(filter, new org.newsgraph.rdf.Iris(base)))
                    : index();
            send(res, HTML, page.getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (!PATH.matcher(rest).matches()) {
            notFound(res, type.get());
            return;
        }
        String iri = base + rest;
        Model m;
        try {
            m = describer.describe(iri);
        } catch (RuntimeException e) {
            LOG.warn("cannot describe {}: {}", iri, e.toString());
            throw e;
        }
        if (m == null) {
            notFound(res, type.get());
            return;
        }
        byte[] body = switch (type.get()) {
            case HTML -> html.resource(m, iri).getBytes(StandardCharsets.UTF_8);
            case TURTLE -> write(m, RDFFormat.TURTLE_PRETTY);
            case JSONLD -> jsonLd(m); // the export's shape: our context, schema.org terms, numbers as numbers
            default -> write(m, RDFFormat.NTRIPLES);
        };
        send(res, type.get(), body);
    }

    /** The index page from the derived lists; from the whole store when it has none (a store without articles). */
    private String index() {
        Describer.Index i = describer.index(new org.newsgraph.rdf.Iris(base));
        return i == null ? html.index(describer.entities(), describer.articles())
                : html.index(i.entries(), i.totals(), i.articles(), i.articleTotal());
    }

    /**
     * The entity tag of every page of one media type while the store is unchanged: the count of write transactions
     * begun since the store was opened, taken before the page is read. Null while a write runs (its outcome is
     * not known yet) and for stores that are not TDB2.
     */
    private String etag(String type) {
        long version = StoreVersion.of(dsg);
        if (version < 0) return null;
        return "\"" + EPOCH + "-" + version + "-" + Integer.toHexString(type.hashCode()) + "\"";
    }

    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) return false;
        for (String t : ifNoneMatch.split(",")) {
            String x = t.strip();
            if (x.startsWith("W/")) x = x.substring(2);
            if (x.equals("*") || x.equals(etag)) return true;
        }
        return false;
    }

    /** The media type to answer with: {@code ?format=} wins over the Accept header. */
    static Optional<String> negotiate(HttpServletRequest req) {
        String f = req.getParameter("format");
        if (f != null) return Optional.ofNullable(FORMAT_PARAM.get(f.toLowerCase(java.util.Locale.ROOT)));
        return Conneg.choose(req.getHeader("Accept"), OFFERS);
    }

    static byte[] jsonLd(Model m) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        org.newsgraph.store.export.RdfExporter.writeJsonLd(m.getGraph(), out);
        return out.toByteArray();
    }

    static byte[] write(Model m, RDFFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, m, format);
        return out.toByteArray();
    }

    static void send(HttpServletResponse res, String type, byte[] body) throws IOException {
        res.setStatus(HttpServletResponse.SC_OK);
        res.setHeader("Vary", "Accept");
        res.setContentType(type + (type.startsWith("text/") ? "; charset=utf-8" : ""));
        res.setContentLength(body.length);
        res.getOutputStream().write(body);
    }

    private static void notFound(HttpServletResponse res, String type) throws IOException {
        res.setHeader("Vary", "Accept");
        byte[] body = type.equals(HTML)
                ? HtmlPages.errorPage(404, "Nothing is known about this resource.").getBytes(StandardCharsets.UTF_8)
                : "Not found\n".getBytes(StandardCharsets.UTF_8);
        res.setStatus(HttpServletResponse.SC_NOT_FOUND);
        res.setContentType(type.equals(HTML) ? "text/html; charset=utf-8" : "text/plain; charset=utf-8");
        res.setContentLength(body.length);
        res.getOutputStream().write(body);
    }

    static void notAcceptable(HttpServletResponse res) throws IOException {
        byte[] body = ("Not acceptable. Available: " + String.join(", ", OFFERS) + "\n").getBytes(StandardCharsets.UTF_8);
        res.setStatus(HttpServletResponse.SC_NOT_ACCEPTABLE);
        res.setHeader("Vary", "Accept");
        res.setContentType("text/plain; charset=utf-8");
        res.setContentLength(body.length);
        res.getOutputStream().write(body);
    }
}
