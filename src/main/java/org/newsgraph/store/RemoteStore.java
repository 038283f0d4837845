package org.newsgraph.store;

import java.net.Authenticator;
import java.net.ConnectException;
import java.net.PasswordAuthentication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.newsgraph.rdf.Derivation;
import org.newsgraph.rdf.Lists;
import org.newsgraph.rdf.FactsMapper;
import org.newsgraph.rdf.Iris;
import org.newsgraph.resolve.ArticleFacts;

/**
 * A newsgraph dataset on a running Fuseki server ({@code newsgraph serve --allow-update}, or a standalone
 * Fuseki), written through the Graph Store Protocol: each article's named graph is replaced as a whole with
 * PUT, then the meetings and entities graphs are re-derived from all reports on the server and replaced too. Lets one ingest
 * into a store that a server holds open.
 *
 * <p>With {@link Credentials}, requests answer the server's HTTP Basic challenge (credentials are sent only
 * when the server asks for them, and only to the dataset's host and port).
 */
public final class RemoteStore {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RemoteStore.class);

    private final String datasetUrl;
    private final String queryUrl;
    private final Credentials credentials;
    private final HttpClient http;
    private final FactsMapper mapper = new FactsMapper(Iris.DEFAULT);
    private volatile boolean checked;
    /** Where Graph Store writes go: the dataset's {@code /data} endpoint, or the dataset itself where there is none. */
    private volatile String gspUrl;

    /** A user name and password for HTTP authentication; {@link #toString()} never shows the password. */
    public record Credentials(String user, String password) {
        public Credentials {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(password, "password");
            if (user.isBlank()) throw new IllegalArgumentException("user name must not be blank");
            // Basic authentication joins them with ':'.
            if (user.contains(":")) throw new IllegalArgumentException("user name must not contain ':'");
            if (password.isEmpty()) throw new IllegalArgumentException("password must not be empty");
        }

        @Override
        public String toString() {
            return "Credentials[user=" + user + ", password=***]";
        }
    }

    private RemoteStore(String datasetUrl, Credentials credentials) {
        String u = datasetUrl.endsWith("/") ? datasetUrl.substring(0, datasetUrl.length() - 1) : datasetUrl;
        // Accept the SPARQL endpoint URL too: the dataset is its parent.
        if (u.endsWith("/sparql") || u.endsWith("/query")) u = u.substring(0, u.lastIndexOf('/'));
        this.datasetUrl = u;
        this.queryUrl = u + "/sparql";
        this.credentials = credentials;
        this.http = httpClient(URI.create(u), credentials);
    }

    /** A remote dataset by its URL, e.g. http://localhost:3030/newsgraph. */
    public static RemoteStore connect(String datasetUrl) {
        return connect(datasetUrl, null);
    }

    /** As {@link #connect(String)}, authenticating with {@code credentials} (may be null) when the server asks. */
    public static RemoteStore connect(String datasetUrl, Credentials credentials) {
        Objects.requireNonNull(datasetUrl, "datasetUrl");
        if (!datasetUrl.startsWith("http://") && !datasetUrl.startsWith("https://")) {
            throw new StoreException("endpoint must be an http(s) URL: " + datasetUrl);
        }
        URI uri;
        try {
            uri = URI.create(datasetUrl);
        } catch (IllegalArgumentException e) {
            throw new StoreException("endpoint is not a valid URL: " + datasetUrl, e);
        }
        if (uri.getHost() == null) throw new StoreException("endpoint has no host: " + datasetUrl);
        if (uri.getUserInfo() != null) {
            throw new StoreException("put the user name in --user and the password in a file, not in the URL");
        }
        return new RemoteStore(datasetUrl, credentials);
    }

    public String datasetUrl() {
        return datasetUrl;
    }

    public Optional<Credentials> credentials() {
        return Optional.ofNullable(credentials);
    }

    private static HttpClient httpClient(URI dataset, Credentials credentials) {
        HttpClient.Builder b = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL);
        if (credentials != null) b.authenticator(new DatasetAuthenticator(dataset, credentials));
        return b.build();
    }

    /** Answers server challenges for the dataset's own host and port only, never for a proxy or another host. */
    private static final class DatasetAuthenticator extends Authenticator {
        private final URI dataset;
        private final Credentials credentials;

        DatasetAuthenticator(URI dataset, Credentials credentials) {
            this.dataset = dataset;
            this.credentials = credentials;
        }

        @Override
        protected PasswordAuthentication getPasswordAuthentication() {
            if (getRequestorType() != RequestorType.SERVER) return null;
            URI at;
            try {
                at = getRequestingURL().toURI();
            } catch (Exception e) {
                return null;
            }
            if (!dataset.getHost().equalsIgnoreCase(at.getHost()) || port(dataset) != port(at)
                    || !dataset.getScheme().equalsIgnoreCase(at.getScheme())) {
                return null;
            }
            return new PasswordAuthentication(credentials.user(), credentials.password().toCharArray());
        }

        private static int port(URI u) {
            return u.getPort() >= 0 ? u.getPort() : u.getScheme().equalsIgnoreCase("https") ? 443 : 80;
        }
    }

    /**
     * Checks that a Fuseki dataset answers at the URL and accepts the credentials, before anything is written.
     * Throws a {@link StoreException} that says what is wrong: no server, no dataset, refused credentials.
     */
    public void check() {
        try (QueryExec qe = QueryExecHTTP.service(queryUrl).httpClient(http).query("ASK {}").build()) {
            qe.ask();
        } catch (HttpException | QueryException e) {
            throw failure("reaching", e);
        }
        gspUrl = graphStoreUrl();
        checked = true;
    }

    /**
     * The read-write Graph Store endpoint: {@code DATASET/data} as Fuseki's standard services and {@code newsgraph
     * serve} name it, else the dataset URL (a Fuseki configured with Graph Store writes on the dataset only).
     */
    private String graphStoreUrl() {
        String data = datasetUrl + "/data";
        try {
            java.net.http.HttpResponse<Void> r = http.send(java.net.http.HttpRequest.newBuilder(URI.create(data + "?default"))
                    .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()).build(), java.net.http.HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 404 ? datasetUrl : data;
        } catch (java.io.IOException e) {
            return data;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while reaching " + datasetUrl, e);
        }
    }

    /** Replaces each article's named graph, then re-derives the meetings graph. */
    public void putArticles(List<ArticleFacts> articles) {
        if (!checked) check();
        try {
            for (ArticleFacts f : articles) {
                gsp().graphName(mapper.iris().articleGraph(f.article().id())).PUT(mapper.toGraph(f));
            }
        } catch (HttpException | QueryException e) {
            throw failure("writing to", e);
        }
        rederiveMeetings();
    }

    /** Re-derives the canonical meetings from all reports on the server and replaces the meetings graph. */
    public void rederiveMeetings() {
        try {
            Graph reports = QueryExecHTTP.service(queryUrl).httpClient(http).query(Derivation.REPORTS_QUERY).construct();
            Derivation.Derived derived = Derivation.derive(reports, mapper.iris());
            gsp().graphName(mapper.iris().meetingsGraph()).PUT(derived.meetings());
            gsp().graphName(mapper.iris().entitiesGraph()).PUT(derived.entities());
            // the precomputed answers, from the derived graphs just written
            Lists.derive(mapper.iris(), q -> QueryExecHTTP.service(queryUrl).httpClient(http).query(q).build())
                    .forEach((name, g) -> gsp().graphName(mapper.iris().listGraph(name)).PUT(g));
        } catch (HttpException | QueryException e) {
            throw failure("deriving meetings on", e);
        }
    }

    /**
     * Runs a query at the dataset's SPARQL endpoint and writes the answer as {@link Store#query} does. Plain string
     * values are bound in the parsed query (Jena's syntax transform) before it is sent, never pasted into the text.
     * A server without a union default graph (a stock Fuseki dataset) answers patterns outside GRAPH from its own
     * default graph: the canned queries use GRAPH patterns and answer on either.
     */
    public void query(String sparql, java.util.Map<String, String> literalParams, Store.ResultFormat format,
            java.io.OutputStream out) {
        org.apache.jena.query.Query query = Store.parse(sparql);
        if (!literalParams.isEmpty()) {
            java.util.Map<org.apache.jena.sparql.core.Var, org.apache.jena.graph.Node> values = new java.util.HashMap<>();
            literalParams.forEach((k, v) -> values.put(org.apache.jena.sparql.core.Var.alloc(k.startsWith("?") ? k.substring(1) : k),
                    org.apache.jena.graph.NodeFactory.createLiteralString(v)));
            query = org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps.transform(query, values);
        }
        try (org.apache.jena.query.QueryExecution qe = org.apache.jena.sparql.exec.http.QueryExecutionHTTP.service(queryUrl)
                .httpClient(http).query(query).build()) {
            Store.write(query, qe, format, out);
        } catch (HttpException | QueryException e) {
            throw failure("querying", e);
        }
        try {
            out.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The whole remote dataset, copied into memory: through the Graph Store Protocol (GET of the dataset, or of its
     * {@code /get} endpoint), else through the SPARQL endpoint (a CONSTRUCT of every named graph). A default graph that
     * only repeats the named graphs (a union default graph) is left out.
     */
    public org.apache.jena.sparql.core.DatasetGraph fetch() {
        if (!checked) check();
        org.apache.jena.sparql.core.DatasetGraph got = null;
        for (String url : List.of(datasetUrl, datasetUrl + "/get")) {
            try {
                got = org.apache.jena.sparql.exec.http.DSP.service(url).httpClient(http)
                        .acceptHeader("application/n-quads").GET();
                break;
            } catch (HttpException | QueryException e) {
                if (connectionFailed(e)) throw failure("reading", e);
                int code = e instanceof HttpException h ? h.getStatusCode() : -1;
                if (code == 401) throw failure("reading", e);
                // 403, 404, 405: this endpoint does not give the dataset to us; another may
                log.debug("no dataset from {}: {}", url, e.getMessage());
            } catch (org.apache.jena.riot.RiotException e) {
                log.debug("no dataset from {}: {}", url, e.getMessage());
            }
        }
        if (got == null) {
            String q = "CONSTRUCT { GRAPH ?g { ?s ?p ?o } } WHERE { GRAPH ?g { ?s ?p ?o } }";
            try (QueryExec qe = QueryExecHTTP.service(queryUrl).httpClient(http).query(q).build()) {
                got = qe.constructDataset();
            } catch (HttpException | QueryException e) {
                throw failure("reading", e);
            }
        }
        org.apache.jena.sparql.core.DatasetGraph copy = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
        org.apache.jena.sparql.core.DatasetGraph from = got;
        boolean defaultIsUnion = isUnionOfNamed(from);
        org.apache.jena.system.Txn.executeWrite(copy, () -> from.find().forEachRemaining(q -> {
            if (defaultIsUnion && q.isDefaultGraph()) return;
            copy.add(q);
        }));
        return copy;
    }

    /** Whether the default graph holds triples and each of them is in some named graph too. */
    private static boolean isUnionOfNamed(org.apache.jena.sparql.core.DatasetGraph dsg) {
        Graph dflt = dsg.getDefaultGraph();
        if (dflt.isEmpty()) return false;
        Graph union = dsg.getUnionGraph();
        return dflt.find().filterDrop(union::contains).hasNext() == false;
    }

    /** Triples in all named graphs of the remote dataset. */
    public long size() {
        String q = "SELECT (COUNT(*) AS ?n) WHERE { { GRAPH ?g { ?s ?p ?o } } }";
        try (QueryExec qe = QueryExecHTTP.service(queryUrl).httpClient(http).query(q).build()) {
            RowSet rs = qe.select();
            return rs.hasNext() ? ((Number) rs.next().get("n").getLiteralValue()).longValue() : 0L;
        } catch (HttpException | QueryException e) {
            throw failure("counting triples on", e);
        }
    }

    private GSP gsp() {
        if (gspUrl == null) gspUrl = graphStoreUrl();
        return GSP.service(gspUrl).httpClient(http);
    }

    private StoreException failure(String what, RuntimeException e) {
        if (connectionFailed(e)) {
            return new StoreException("no Fuseki at " + datasetUrl + " (nothing answers there: is the server running,"
                    + " and are host and port right?)", e);
        }
        int code = e instanceof HttpException h ? h.getStatusCode()
                : e instanceof QueryExceptionHTTP q ? q.getStatusCode() : -1;
        switch (code) {
            case 401:
                return new StoreException(credentials == null
                        ? "the server at " + datasetUrl + " asks for a user name and password (give --user NAME"
                                + " --password-file FILE)"
                        : "the server refused the credentials for " + datasetUrl + " (user " + credentials.user() + ")", e);
            case 403:
                if (isRead(what)) {
                    return new StoreException("the server refused " + what + " " + datasetUrl + " (HTTP 403)"
                            + (credentials == null ? "; does it need --user and --password-file?"
                                    : " for user " + credentials.user()), e);
                }
                return new StoreException(credentials == null
                        ? "the server refused " + what + " " + datasetUrl + " (HTTP 403); is the server running with"
                                + " --allow-update, or does it need --user and --password-file?"
                        : "the server refused user " + credentials.user() + " permission for " + what + " " + datasetUrl
                                + " (HTTP 403); this user may not write there", e);
            case 404:
                if (isRead(what)) {
                    return new StoreException("no dataset at " + datasetUrl + " (the server answers, but has no such"
                            + " dataset or no SPARQL endpoint " + queryUrl + ": check the dataset name)", e);
                }
                return new StoreException("no dataset at " + datasetUrl + " that takes writes (the server answers, but has"
                        + " no such dataset or no Graph Store endpoint " + datasetUrl + "/data: check the dataset name;"
                        + " is the server running with --allow-update?)", e);
            default:
                break;
        }
        String status = code > 0 ? " (HTTP " + code + ")" : "";
        String hint = code == 405 ? "; is the server running with --allow-update?" : "";
        return new StoreException("failed " + what + " " + datasetUrl + status + ": " + e.getMessage() + hint, e);
    }

    private static boolean isRead(String what) {
        return what.equals("reading") || what.equals("querying");
    }

    private static boolean connectionFailed(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof HttpConnectTimeoutException
                    || t instanceof UnresolvedAddressException || t instanceof java.net.UnknownHostException) {
                return true;
            }
        }
        return false;
    }
}
