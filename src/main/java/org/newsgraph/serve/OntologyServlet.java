package org.newsgraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.jena.riot.RDFFormat;

/**
 * The ontology at its namespace: {@code GET /ns} in HTML, Turtle, JSON-LD or N-Triples (terms are fragments,
 * {@code /ns#Meeting}), and {@code GET /ns/context.jsonld} when the JSON-LD context ships on the class path.
 */
final class OntologyServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (path.equals("/ns/context.jsonld")) {
            byte[] ctx = Ontology.resource(Ontology.CONTEXT);
            if (ctx == null) {
                res.sendError(HttpServletResponse.SC_NOT_FOUND, "No JSON-LD context is installed");
                return;
            }
            LinkedData.send(res, "application/ld+json", ctx);
            return;
        }
        if (!path.equals("/ns") && !path.equals("/ns/")) {
            res.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] ttl = Ontology.turtleBytes();
        if (ttl == null) {
            res.sendError(HttpServletResponse.SC_NOT_FOUND, "The ontology is missing from the class path");
            return;
        }
        Optional<String> type = LinkedData.negotiate(req);
        if (type.isEmpty()) {
            LinkedData.notAcceptable(res);
            return;
        }
        byte[] body = switch (type.get()) {
            case LinkedData.HTML -> HtmlPages.ontology(Ontology.model()).getBytes(StandardCharsets.UTF_8);
            case LinkedData.TURTLE -> ttl;
            case LinkedData.JSONLD -> LinkedData.write(Ontology.model(), RDFFormat.JSONLD11_PRETTY);
            default -> LinkedData.write(Ontology.model(), RDFFormat.NTRIPLES);
        };
        LinkedData.send(res, type.get(), body);
    }
}
