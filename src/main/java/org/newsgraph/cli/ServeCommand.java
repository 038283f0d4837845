package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.serve.NewsgraphServer;
import org.newsgraph.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Serves the store with an embedded Fuseki until Ctrl-C: dataset at /newsgraph,"
                + " SPARQL at /newsgraph/sparql (and /newsgraph/query). Read-only unless --allow-update.",
                "The store folder stays locked while serving: ingest through the server with"
                        + " 'ingest --endpoint URL' (needs --allow-update)."})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--store", paramLabel = "DIR", required = true, description = "The TDB2 store folder (created if needed).")
    Path store;

    @Option(names = "--port", paramLabel = "PORT", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 = any free port).")
    int port = NewsgraphServer.DEFAULT_PORT;

    @Option(names = "--host", paramLabel = "HOST",
            description = "Interface to bind (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 = every interface).")
    String host = NewsgraphServer.DEFAULT_HOST;

    @Option(names = "--allow-update", description = "Accept SPARQL Update and Graph Store Protocol writes.")
    boolean allowUpdate;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (port < 0 || port > 65535) throw new CommandLine.ParameterException(spec.commandLine(), "--port out of range: " + port);
        Store s = Stores.openForWrite(store);
        NewsgraphServer server = start(s, port, host, allowUpdate, () -> s.close());
        PrintWriter out = spec.commandLine().getOut();
        printUrls(out, server);
        spec.commandLine().getErr().println("Serving " + store + (allowUpdate ? " (updates allowed)" : " (read-only)")
                + "; press Ctrl-C to stop.");
        spec.commandLine().getErr().flush();
        server.join();
        return ExitCodes.OK;
    }

    static void printUrls(PrintWriter out, NewsgraphServer server) {
        out.println("Dataset: " + server.datasetUrl());
        out.println("SPARQL endpoint: " + server.sparqlUrl());
        out.flush();
    }

    /** Starts a server over the store and stops it, then runs {@code onStop}, when the JVM exits (Ctrl-C). */
    static NewsgraphServer start(Store s, int port, String host, boolean allowUpdate, Runnable onStop) {
        NewsgraphServer server;
        try {
            server = NewsgraphServer.builder(s.datasetGraph()).port(port).host(host).allowUpdate(allowUpdate).build().start();
        } catch (RuntimeException e) {
            onStop.run();
            String why = rootMessage(e);
            throw new CliException(ExitCodes.FAILURE, "cannot start the server on " + host + ":" + port + ": " + why
                    + (why.toLowerCase().contains("address already in use") ? " (choose another --port)" : ""), e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.stop();
            } finally {
                onStop.run();
            }
        }, "newsgraph-shutdown"));
        return server;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
    }
}
