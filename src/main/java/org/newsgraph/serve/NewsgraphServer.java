package org.newsgraph.serve;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.query.ARQ;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.eclipse.jetty.ee10.servlet.security.ConstraintMapping;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.security.Constraint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.newsgraph.rdf.Iris;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded Fuseki serving one dataset at {@value #DATASET_PATH}, with Fuseki's web UI at {@code /}, linked data
 * at {@code /id/} and the ontology at {@code /ns}.
 * <ul>
 * <li>Open to all, read-only: {@code /newsgraph/sparql}, {@code /newsgraph/query} and {@code /newsgraph} (SPARQL
 * query; the default graph is the union of all named graphs), {@code /newsgraph/get} and {@code /newsgraph?graph=}
 * (Graph Store Protocol reads), {@code /newsgraph/shacl?graph=union} (SHACL validation). Request bodies are bounded
 * ({@link Builder#maxRequestBytes}), queries may be given a time-out ({@link Builder#queryTimeout}), {@code SERVICE}
 * is off unless allowed, and never reaches loopback or private addresses ({@link RemoteAccess}).</li>
 * <li>With updates allowed, and only with a login (HTTP Basic, Fuseki's own per-endpoint authorization):
 * {@code /newsgraph/update} (SPARQL Update; {@code LOAD} of {@code file:} never, of http(s) only when allowed) and
 * {@code /newsgraph/data} (Graph Store Protocol writes). No other endpoint accepts a write, whatever its
 * parameters.</li>
 * <li>{@code /$/ping}, {@code /$/server}, {@code /$/datasets}, {@code /$/stats/*}, {@code /$/validate/*} (JSON only):
 * what the UI reads (no dataset administration).</li>
 * <li>CORS: {@code *} without credentials on reads; none on writes, where a page of another origin is refused
 * unless listed ({@link Builder#writeOrigins}).</li>
 * </ul>
 *
 * <pre>{@code
 * try (NewsgraphServer s = NewsgraphServer.builder(store.datasetGraph()).port(0).build().start()) {
 *     URI sparql = s.sparqlUrl();
 * }
 * }</pre>
 */
public final class NewsgraphServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(NewsgraphServer.class);

    public static final String DATASET_PATH = "/newsgraph";
    public static final int DEFAULT_PORT = 3030;
    public static final String DEFAULT_HOST = "127.0.0.1";
    /** Where Fuseki's UI files sit on the class path (from jena-fuseki-ui). */
    static final String UI_RESOURCE = "webapp/index.html";
    /** The endpoints that write, both behind a login. */
    public static final String UPDATE_ENDPOINT = "update";
    public static final String DATA_ENDPOINT = "data";
    /** The realm of HTTP Basic authentication. */
    static final String REALM = "newsgraph";
    /** The largest request body of the open endpoints by default: 1 MB. */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 1L << 20;

    private final FusekiServer fuseki;
    private final String host;
    private final boolean allowUpdate;
    private final boolean ui;
    private final String base;

    private NewsgraphServer(Builder b) {
        this.host = b.host;
        this.allowUpdate = b.logins != null;
        this.base = new Iris(b.base).base();
        DatasetGraph dsg = b.dataset;
        if (TDBInternal.isTDB2(dsg)) {
            // Queries over the default graph must see every article graph and the meetings graph.
            dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        }
        RemoteGuards.guardLoads(dsg, b.remoteAccess);
        // What a query may do (SERVICE, time) is set per endpoint, so two servers of one store keep their own rules.
        Context queries = RemoteGuards.queryContext(b.remoteAccess);
        if (!b.queryTimeout.isZero()) queries.set(ARQ.queryTimeout, Long.toString(b.queryTimeout.toMillis()));
        boolean loopback = isLoopback(b.host);
        // Reads are open; every write operation sits on its own named endpoint behind a login (Fuseki's auth).
        DataService.Builder service = DataService.newBuilder(dsg)
                .addEndpoint(Endpoint.create().operation(Operation.Query).endpointName("").context(queries).build())
                .addEndpoint(Operation.GSP_R, "")
                .addEndpoint(Endpoint.create().operation(Operation.Query).endpointName("sparql").context(queries).build())
                .addEndpoint(Endpoint.create().operation(Operation.Query).endpointName("query").context(queries).build())
                .addEndpoint(Operation.GSP_R, "get")
                .addEndpoint(Operation.Shacl, "shacl");
        if (allowUpdate) {
            AuthPolicy writers = Auth.policyAllowSpecific(b.logins.users());
            service.addEndpoint(Operation.Update, UPDATE_ENDPOINT, writers)
                    .addEndpoint(Operation.GSP_RW, DATA_ENDPOINT, writers);
        }
        DatasetsAction datasets = new DatasetsAction();
        OntologyServlet ontology = new OntologyServlet();
        Predicate<String> isWrite = NewsgraphServer::isWritePath;
        FusekiServer.Builder fb = FusekiServer.create()
                .port(b.port)
                .loopback(loopback)
                .enableCors(false)
                .enablePing(true)
                .enableStats(true)
                .add(DATASET_PATH, service)
                .addFilter("/*", new CorsFilter(isWrite, b.writeOrigins))
                .addFilter("/*", new RequestLimits(b.maxRequestBytes, isWrite))
                .addServlet("/$/server", new ActionServerStatus())
                .addServlet("/$/datasets", datasets)
                .addServlet("/$/datasets/*", datasets)
                .addServlet("/$/validate/query", new JsonValidators.Query())
                .addServlet("/$/validate/update", new JsonValidators.Update())
                .addServlet("/$/validate/iri", new JsonValidators.Iri())
                .addServlet("/$/validate/langtag", new JsonValidators.LangTag())
                .addServlet("/$/validate/data", new JsonValidators.Data())
                .addServlet(SearchServlet.PATH, new SearchServlet(dsg, base))
                .addServlet("/id/*", new LinkedData(dsg, base))
                .addServlet("/id", new LinkedData(dsg, base))
                .addServlet("/ns", ontology)
                .addServlet("/ns/*", ontology);
        if (allowUpdate) {
            ConstraintSecurityHandler security = JettySecurityLib.makeSecurityHandler(REALM, b.logins.userStore(), AuthScheme.BASIC);
            // CORS preflights carry no credentials: let them through to the CORS filter, which answers them.
            for (String ep : List.of(UPDATE_ENDPOINT, DATA_ENDPOINT)) {
                for (String spec : List.of(DATASET_PATH + "/" + ep, DATASET_PATH + "/" + ep + "/*")) {
                    ConstraintMapping preflight = new ConstraintMapping();
                    preflight.setPathSpec(spec);
                    preflight.setMethod("OPTIONS");
                    preflight.setConstraint(Constraint.ALLOWED);
                    security.addConstraintMapping(preflight);
                }
            }
            fb.securityHandler(security).auth(AuthScheme.BASIC)
                    .registerOperation(Operation.Update, new GuardedUpdate(b.remoteAccess));
        }
        String uiBase = uiBase();
        this.ui = uiBase != null;
        if (ui) fb.staticFileBase(uiBase);
        else LOG.warn("Fuseki UI files ({}) not on the class path; serving without the UI", UI_RESOURCE);
        this.fuseki = fb.build();
        if (!isAnyHost(b.host)) {
            // Bind exactly the interface asked for (Fuseki's loopback flag would pick "localhost").
            for (Connector c : fuseki.getJettyServer().getConnectors()) {
                if (c instanceof ServerConnector sc) sc.setHost(b.host);
            }
        }
    }

    /** Whether a request path goes to a write endpoint (login, no CORS, no size limit). */
    static boolean isWritePath(String path) {
        for (String ep : List.of(UPDATE_ENDPOINT, DATA_ENDPOINT)) {
            String p = DATASET_PATH + "/" + ep;
            if (path.equals(p) || path.startsWith(p + "/")) return true;
        }
        return false;
    }

    /** The folder of Fuseki's UI files as a URI Jetty can serve from, or null. */
    private static String uiBase() {
        URL index = NewsgraphServer.class.getClassLoader().getResource(UI_RESOURCE);
        if (index == null) return null;
        String s = index.toExternalForm();
        return s.substring(0, s.length() - "index.html".length());
    }

    public static Builder builder(DatasetGraph dataset) {
        return new Builder(dataset);
    }

    /** Starts serving; returns at once. */
    public NewsgraphServer start() {
        fuseki.start();
        return this;
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    public void stop() {
        fuseki.stop();
    }

    @Override
    public void close() {
        stop();
    }

    /** The port actually bound (useful with port 0). */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** The interface bound, e.g. 127.0.0.1. */
    public String host() {
        return host;
    }

    public boolean allowsUpdate() {
        return allowUpdate;
    }

    /** Whether Fuseki's UI is served at {@code /}. */
    public boolean hasUi() {
        return ui;
    }

    /** The instance base whose IRIs {@code /id/} answers for. */
    public String base() {
        return base;
    }

    /** The server's root URL, e.g. http://localhost:3030/ (Fuseki's UI). */
    public String rootUrl() {
        String h = isLoopback(host) || isAnyHost(host) ? "localhost" : host;
        if (h.contains(":") && !h.startsWith("[")) h = "[" + h + "]";
        return "http://" + h + ":" + port() + "/";
    }

    /** The dataset URL, e.g. http://localhost:3030/newsgraph (the Graph Store Protocol endpoint). */
    public String datasetUrl() {
        return rootUrl() + DATASET_PATH.substring(1);
    }

    /** The SPARQL query endpoint, e.g. http://localhost:3030/newsgraph/sparql. */
    public String sparqlUrl() {
        return datasetUrl() + "/sparql";
    }

    /** The linked-data index, e.g. http://localhost:3030/id/. */
    public String linkedDataUrl() {
        return rootUrl() + LinkedData.ID_PATH.substring(1);
    }

    /** Where this server answers for an instance IRI under its base (null for other IRIs). */
    public String localUrl(String iri) {
        return iri.startsWith(base) ? linkedDataUrl() + iri.substring(base.length()) : null;
    }

    private static boolean isLoopback(String host) {
        return host.equals("127.0.0.1") || host.equalsIgnoreCase("localhost") || host.equals("::1");
    }

    private static boolean isAnyHost(String host) {
        return host.equals("0.0.0.0") || host.equals("::") || host.equals("*");
    }

    public static final class Builder {
        private final DatasetGraph dataset;
        private int port = DEFAULT_PORT;
        private String host = DEFAULT_HOST;
        private boolean allowUpdate;
        private Logins logins;
        private String base = Iris.DEFAULT_BASE;
        private RemoteAccess remoteAccess = RemoteAccess.NONE;
        private Set<String> writeOrigins = Set.of();
        private long maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;
        private Duration queryTimeout = Duration.ZERO;

        private Builder(DatasetGraph dataset) {
            this.dataset = Objects.requireNonNull(dataset, "dataset");
        }

        /** The port; 0 takes any free port (see {@link NewsgraphServer#port()}). */
        public Builder port(int port) {
            if (port < 0 || port > 65535) throw new IllegalArgumentException("port out of range: " + port);
            this.port = port;
            return this;
        }

        /** The interface to bind: 127.0.0.1 (default) and localhost stay local, 0.0.0.0 is every interface. */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host").trim();
            if (this.host.isEmpty()) throw new IllegalArgumentException("host must not be empty");
            return this;
        }

        /**
         * Accept SPARQL Update at {@code /newsgraph/update} and Graph Store writes at {@code /newsgraph/data};
         * needs {@link #credentials} or {@link #logins}.
         */
        public Builder allowUpdate(boolean allowUpdate) {
            this.allowUpdate = allowUpdate;
            return this;
        }

        /** The one login that may write (HTTP Basic authentication). */
        public Builder credentials(String user, String password) {
            return logins(Logins.of(user, password));
        }

        /** The logins that may write, e.g. from a Fuseki-style password file. */
        public Builder logins(Logins logins) {
            this.logins = Objects.requireNonNull(logins, "logins");
            return this;
        }

        /** The instance base of the store's IRIs (default {@value Iris#DEFAULT_BASE}); {@code /id/X} answers for BASE + X. */
        public Builder base(String base) {
            this.base = Objects.requireNonNull(base, "base");
            return this;
        }

        /** What SERVICE and LOAD may reach (default: nothing outside the store). */
        public Builder remoteAccess(RemoteAccess remoteAccess) {
            this.remoteAccess = Objects.requireNonNull(remoteAccess, "remoteAccess");
            return this;
        }

        /** Browser origins (e.g. {@code https://tools.example.org}) whose pages may write with a login. */
        public Builder writeOrigins(Set<String> origins) {
            this.writeOrigins = Set.copyOf(origins);
            return this;
        }

        /** The largest request body the open endpoints accept (default 1 MB); larger ones get 413. */
        public Builder maxRequestBytes(long bytes) {
            if (bytes <= 0) throw new IllegalArgumentException("maxRequestBytes must be positive");
            this.maxRequestBytes = bytes;
            return this;
        }

        /** The time a query may run before it is ended (0: no limit, the default of the builder). */
        public Builder queryTimeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative()) throw new IllegalArgumentException("timeout must not be negative");
            this.queryTimeout = timeout;
            return this;
        }

        /** @throws IllegalStateException when updates are allowed without a login */
        public NewsgraphServer build() {
            if (allowUpdate && logins == null) {
                throw new IllegalStateException("updates need a login: set credentials(user, password) or logins(...)");
            }
            if (!allowUpdate) logins = null;
            return new NewsgraphServer(this);
        }
    }
}
