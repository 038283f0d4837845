package org.newsgraph.store;

import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.atlas.web.HttpException;
import org.newsgraph.rdf.Derivation;
import org.newsgraph.rdf.FactsMapper;
import org.newsgraph.rdf.Iris;
import org.newsgraph.resolve.ArticleFacts;

/**
 * A newsgraph dataset on a running Fuseki server (e.g. {@code newsgraph serve --allow-update}), written
 * through the Graph Store Protocol: each article's named graph is replaced as a whole with PUT, then the
 * meetings graph is re-derived from all reports on the server and replaced too. Lets one ingest into a
 * store that a server holds open.
 */
public final class RemoteStore {

    private final String datasetUrl;
    private final String queryUrl;
    private final FactsMapper mapper = new FactsMapper(Iris.DEFAULT);

    private RemoteStore(String datasetUrl) {
        String u = datasetUrl.endsWith("/") ? datasetUrl.substring(0, datasetUrl.length() - 1) : datasetUrl;
        // Accept the SPARQL endpoint URL too: the dataset is its parent.
        if (u.endsWith("/sparql") || u.endsWith("/query")) u = u.substring(0, u.lastIndexOf('/'));
        this.datasetUrl = u;
        this.queryUrl = u + "/sparql";
    }

    /** A remote dataset by its URL, e.g. http://localhost:3030/newsgraph. */
    public static RemoteStore connect(String datasetUrl) {
        Objects.requireNonNull(datasetUrl, "datasetUrl");
        if (!datasetUrl.startsWith("http://") && !datasetUrl.startsWith("https://")) {
            throw new StoreException("endpoint must be an http(s) URL: " + datasetUrl);
        }
        return new RemoteStore(datasetUrl);
    }

    public String datasetUrl() {
        return datasetUrl;
    }

    /** Replaces each article's named graph, then re-derives the meetings graph. */
    public void putArticles(List<ArticleFacts> articles) {
        try {
            for (ArticleFacts f : articles) {
                GSP.service(datasetUrl).graphName(mapper.iris().articleGraph(f.article().id())).PUT(mapper.toGraph(f));
            }
            rederiveMeetings();
        } catch (HttpException e) {
            throw failure("writing to", e);
        }
    }

    /** Re-derives the canonical meetings from all reports on the server and replaces the meetings graph. */
    public void rederiveMeetings() {
        try {
            Graph reports = QueryExecHTTP.service(queryUrl).query(Derivation.REPORTS_QUERY).construct();
            GSP.service(datasetUrl).graphName(mapper.iris().meetingsGraph()).PUT(Derivation.meetingsGraph(reports, mapper.iris()));
        } catch (HttpException e) {
            throw failure("deriving meetings on", e);
        }
    }

    /** Triples in all named graphs of the remote dataset. */
    public long size() {
        String q = "SELECT (COUNT(*) AS ?n) WHERE { { GRAPH ?g { ?s ?p ?o } } }";
        try (QueryExec qe = QueryExecHTTP.service(queryUrl).query(q).build()) {
            RowSet rs = qe.select();
            return rs.hasNext() ? ((Number) rs.next().get("n").getLiteralValue()).longValue() : 0L;
        } catch (HttpException | QueryParseException e) {
            throw failure("counting triples on", e);
        }
    }

    private StoreException failure(String what, RuntimeException e) {
        String status = e instanceof HttpException h && h.getStatusCode() > 0
                ? " (HTTP " + h.getStatusCode() + (h.getStatusLine() != null ? " " + h.getStatusLine() : "") + ")"
                : "";
        String hint = e instanceof HttpException h && (h.getStatusCode() == 405 || h.getStatusCode() == 403)
                ? "; is the server running with --allow-update?" : "";
        return new StoreException("failed " + what + " " + datasetUrl + status + ": " + e.getMessage() + hint, e);
    }
}
