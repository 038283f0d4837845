package org.newsgraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.newsgraph.rdf.Iris;

/**
 * {@code GET /search?q=NAME}: people, organizations and places by any of their names ({@link NameIndex}), as an
 * HTML page or, with {@code format=json} or {@code Accept: application/json}, as JSON. The index is read from the
 * derived entities and meetings graphs and read again only after the store has changed.
 */
final class SearchServlet extends HttpServlet {
    static final String PATH = "/search";
    static final int MAX_RESULTS = 100;

    private final DatasetGraph dsg;
    private final Iris iris;
    private final HtmlPages html;
    private volatile NameIndex index;
    private volatile long indexVersion = -1;

    SearchServlet(DatasetGraph dsg, String base) {
        this.dsg = dsg;
        this.iris = new Iris(base);
        this.html = new HtmlPages(iris.base());
    }

    private String entitiesQuery() {
        return Describer.PREFIXES + """
                PREFIX owl: <http://www.w3.org/2002/07/owl#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?e ?type ?label ?name WHERE {
                  GRAPH <%s> {
                    ?e a ?type ; rdfs:label ?label .
                    FILTER NOT EXISTS { ?e owl:sameAs ?canonical }
                    OPTIONAL { { ?e skos:altLabel ?name } UNION { ?x owl:sameAs ?e . ?x skos:altLabel ?name } }
                  }
                }""".formatted(iris.entitiesGraph());
    }

    private String meetingsQuery() {
        return Describer.PREFIXES + """
                SELECT ?e (COUNT(DISTINCT ?m) AS ?n) WHERE {
                  GRAPH <%s> { { ?m ng:participant ?e } UNION { ?m ng:location ?e } }
                } GROUP BY ?e""".formatted(iris.meetingsGraph());
    }

    /** The index of the store as it is now, built again only after a write. */
    NameIndex index() {
        long version = StoreVersion.of(dsg);
        NameIndex current = index;
        if (current != null && version >= 0 && version == indexVersion) return current;
        NameIndex built = build();
        index = built;
        indexVersion = version;
        return built;
    }

    private NameIndex build() {
        return Txn.calculateRead(dsg, () -> {
            Map<String, Long> meetings = new HashMap<>();
            try (QueryExec qe = QueryExec.dataset(dsg).query(meetingsQuery()).timeout(Describer.PAGE_TIMEOUT_SECONDS, TimeUnit.SECONDS).build()) {
                RowSet rs = qe.select();
                while (rs.hasNext()) {
                    Binding b = rs.next();
                    meetings.put(b.get("e").getURI(), ((Number) b.get("n").getLiteralValue()).longValue());
                }
            }
            Map<String, String[]> head = new LinkedHashMap<>();
            Map<String, Set<String>> names = new HashMap<>();
            try (QueryExec qe = QueryExec.dataset(dsg).query(entitiesQuery()).timeout(Describer.PAGE_TIMEOUT_SECONDS, TimeUnit.SECONDS).build()) {
                RowSet rs = qe.select();
                while (rs.hasNext()) {
                    Binding b = rs.next();
                    Node e = b.get("e");
                    if (!e.isURI()) continue;
                    String type = b.get("type").getURI();
                    head.putIfAbsent(e.getURI(), new String[] {type.substring(type.lastIndexOf('#') + 1), b.get("label").getLiteralLexicalForm()});
                    Node n = b.get("name");
                    if (n != null && n.isLiteral()) names.computeIfAbsent(e.getURI(), k -> new TreeSet<>()).add(n.getLiteralLexicalForm());
                }
            }
            List<NameIndex.Entry> entries = new ArrayList<>();
            head.forEach((iri, h) -> entries.add(new NameIndex.Entry(iri, h[0], h[1], names.getOrDefault(iri, Set.of()),
                    meetings.getOrDefault(iri, 0L))));
            return new NameIndex(entries);
        });
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String q = req.getParameter("q");
        q = q == null ? "" : q.strip();
        if (q.length() > 200) q = q.substring(0, 200);
        List<NameIndex.Hit> hits = q.isEmpty() ? List.of() : index().search(q, MAX_RESULTS);
        String accept = req.getHeader("Accept");
        boolean json = "json".equalsIgnoreCase(req.getParameter("format"))
                || (req.getParameter("format") == null && accept != null && accept.contains("application/json") && !accept.contains("text/html"));
        byte[] body;
        if (json) {
            JsonObject o = new JsonObject();
            o.put("query", q);
            JsonArray results = new JsonArray();
            for (NameIndex.Hit h : hits) {
                JsonObject r = new JsonObject();
                r.put("iri", h.entry().iri());
                r.put("type", h.entry().type());
                r.put("label", h.entry().label());
                r.put("meetings", h.entry().meetings());
                String page = html.href(h.entry().iri());
                if (page != null) r.put("page", page);
                results.add(r);
            }
            o.put("results", results);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            JSON.write(out, o);
            body = out.toByteArray();
            res.setContentType("application/json; charset=utf-8");
        } else {
            body = html.search(q, hits).getBytes(StandardCharsets.UTF_8);
            res.setContentType("text/html; charset=utf-8");
        }
        res.setHeader("Vary", "Accept");
        res.setHeader("Cache-Control", "no-cache");
        res.setContentLength(body.length);
        res.getOutputStream().write(body);
    }
}
