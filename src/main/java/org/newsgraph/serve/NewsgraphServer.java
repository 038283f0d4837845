package org.newsgraph.serve;

import java.util.Objects;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * An embedded Fuseki serving one dataset at {@value #DATASET_PATH}: SPARQL query at
 * {@code /newsgraph/sparql} and {@code /newsgraph/query}, Graph Store Protocol reads at
 * {@code /newsgraph/get}, and updates only when allowed. Queries over the default graph see the
 * union of all named graphs.
 *
 * <pre>{@code
 * try (NewsgraphServer s = NewsgraphServer.builder(store.datasetGraph()).port(0).build().start()) {
 *     URI sparql = s.sparqlUrl();
 * }
 * }</pre>
 */
public final class NewsgraphServer implements AutoCloseable {

    public static final String DATASET_PATH = "/newsgraph";
    public static final int DEFAULT_PORT = 3030;
    public static final String DEFAULT_HOST = "127.0.0.1";

    private final FusekiServer fuseki;
    private final String host;
    private final boolean allowUpdate;

    private NewsgraphServer(Builder b) {
        this.host = b.host;
        this.allowUpdate = b.allowUpdate;
        DatasetGraph dsg = b.dataset;
        if (TDBInternal.isTDB2(dsg)) {
            // Queries over the default graph must see every article graph and the meetings graph.
            dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        }
        boolean loopback = isLoopback(b.host);
        FusekiServer.Builder fb = FusekiServer.create()
                .port(b.port)
                .loopback(loopback)
                .enablePing(true)
                .add(DATASET_PATH, dsg, b.allowUpdate);
        this.fuseki = fb.build();
        if (!loopback && !isAnyHost(b.host)) {
            for (Connector c : fuseki.getJettyServer().getConnectors()) {
                if (c instanceof ServerConnector sc) sc.setHost(b.host);
            }
        }
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

    public boolean allowsUpdate() {
        return allowUpdate;
    }

    /** The dataset URL, e.g. http://localhost:3030/newsgraph (the Graph Store Protocol endpoint). */
    public String datasetUrl() {
        String h = isLoopback(host) ? "localhost" : isAnyHost(host) ? "localhost" : host;
        if (h.contains(":") && !h.startsWith("[")) h = "[" + h + "]";
        return "http://" + h + ":" + port() + DATASET_PATH;
    }

    /** The SPARQL query endpoint, e.g. http://localhost:3030/newsgraph/sparql. */
    public String sparqlUrl() {
        return datasetUrl() + "/sparql";
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

        public Builder allowUpdate(boolean allowUpdate) {
            this.allowUpdate = allowUpdate;
            return this;
        }

        public NewsgraphServer build() {
            return new NewsgraphServer(this);
        }
    }
}
