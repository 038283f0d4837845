package org.newsgraph.serve;

import java.net.URL;
import java.util.Objects;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.validation.DataValidator;
import org.apache.jena.fuseki.validation.IRIValidator;
import org.apache.jena.fuseki.validation.LangTagValidator;
import org.apache.jena.fuseki.validation.QueryValidator;
import org.apache.jena.fuseki.validation.UpdateValidator;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.newsgraph.rdf.Iris;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded Fuseki serving one dataset at {@value #DATASET_PATH}, read-only unless updates are allowed
 * (and then only with a login), with Fuseki's web UI at {@code /}, linked data at {@code /id/} and the
 * ontology at {@code /ns}.
 * <ul>
 * <li>{@code /newsgraph/sparql}, {@code /newsgraph/query}: SPARQL query (the default graph is the union of all
 * named graphs); {@code /newsgraph/get} and {@code /newsgraph?graph=}: Graph Store Protocol reads;
 * {@code /newsgraph/shacl?graph=union}: SHACL validation of all graphs (POST the shapes; {@code graph=default} is the stored default graph, empty here).</li>
 * <li>With updates allowed: {@code /newsgraph/update}, {@code /newsgraph/data}, SPARQL Update on
 * {@code /newsgraph/sparql} and Graph Store writes on {@code /newsgraph}, all behind HTTP Basic authentication.</li>
 * <li>{@code /$/ping}, {@code /$/server}, {@code /$/datasets}, {@code /$/stats/*}, {@code /$/validate/*}: what the UI
 * reads (no dataset administration).</li>
 * <li>CORS on every answer, preflight included.</li>
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

    private final FusekiServer fuseki;
    private final String host;
    private final boolean allowUpdate;
    private final boolean ui;
    private final String base;

    private NewsgraphServer(Builder b) {
        this.host = b.host;
        this.allowUpdate = b.allowUpdate;
        this.base = new Iris(b.base).base();
        DatasetGraph dsg = b.dataset;
        if (TDBInternal.isTDB2(dsg)) {
            // Queries over the default graph must see every article graph and the meetings graph.
            dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        }
        boolean loopback = isLoopback(b.host);
        DataService.Builder service = DataService.newBuilder(dsg)
                .withStdServices(b.allowUpdate)
                .addEndpoint(Operation.Shacl, "shacl");
        DatasetsAction datasets = new DatasetsAction();
        OntologyServlet ontology = new OntologyServlet();
        FusekiServer.Builder fb = FusekiServer.create()
                .port(b.port)
                .loopback(loopback)
                .enableCors(true)
                .enablePing(true)
                .enableStats(true)
                .add(DATASET_PATH, service)
                .addServlet("/$/server", new ActionServerStatus())
                .addServlet("/$/datasets", datasets)
                .addServlet("/$/datasets/*", datasets)
                .addServlet("/$/validate/query", new QueryValidator())
                .addServlet("/$/validate/update", new UpdateValidator())
                .addServlet("/$/validate/iri", new IRIValidator())
                .addServlet("/$/validate/langtag", new LangTagValidator())
                .addServlet("/$/validate/data", new DataValidator())
                .addServlet("/id/*", new LinkedData(dsg, base))
                .addServlet("/id", new LinkedData(dsg, base))
                .addServlet("/ns", ontology)
                .addServlet("/ns/*", ontology);
        if (b.allowUpdate) {
            fb.addFilter(DATASET_PATH + "/*", new WriteGuard(DATASET_PATH, b.user, b.password));
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
        private String user;
        private String password;
        private String base = Iris.DEFAULT_BASE;

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

        /** Accept SPARQL Update and Graph Store writes; needs {@link #credentials}. */
        public Builder allowUpdate(boolean allowUpdate) {
            this.allowUpdate = allowUpdate;
            return this;
        }

        /** The one login that may write (HTTP Basic authentication). */
        public Builder credentials(String user, String password) {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(password, "password");
            if (user.isEmpty() || user.contains(":")) throw new IllegalArgumentException("user must be non-empty, without ':'");
            if (password.isEmpty()) throw new IllegalArgumentException("password must not be empty");
            this.user = user;
            this.password = password;
            return this;
        }

        /** The instance base of the store's IRIs (default {@value Iris#DEFAULT_BASE}); {@code /id/X} answers for BASE + X. */
        public Builder base(String base) {
            this.base = Objects.requireNonNull(base, "base");
            return this;
        }

        /** @throws IllegalStateException when updates are allowed without credentials */
        public NewsgraphServer build() {
            if (allowUpdate && (user == null || password == null)) {
                throw new IllegalStateException("updates need a login: set credentials(user, password)");
            }
            return new NewsgraphServer(this);
        }
    }
}
