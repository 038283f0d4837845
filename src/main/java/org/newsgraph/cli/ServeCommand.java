package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.rdf.Iris;
import org.newsgraph.serve.NewsgraphServer;
import org.newsgraph.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Serves the store with an embedded Fuseki until Ctrl-C: dataset at /newsgraph,"
                + " SPARQL at /newsgraph/sparql (and /newsgraph/query), SHACL at /newsgraph/shacl, Fuseki's UI at /,"
                + " linked data at /id/ (HTML, Turtle, JSON-LD, N-Triples) and the ontology at /ns.",
                "Read-only unless --allow-update, which needs --user and --password-file: every write then asks for"
                        + " that login (HTTP Basic authentication).",
                "The store folder stays locked while serving: ingest through the server with"
                        + " 'ingest --endpoint http://localhost:3030/newsgraph --user NAME --password-file FILE'."})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--store", paramLabel = "DIR", required = true, description = "The TDB2 store folder (created if needed).")
    Path store;

    @Option(names = "--port", paramLabel = "PORT", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 = any free port).")
    int port = NewsgraphServer.DEFAULT_PORT;

    @Option(names = "--host", paramLabel = "HOST",
            description = "Interface to bind (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 = every interface).")
    String host = NewsgraphServer.DEFAULT_HOST;

    @Option(names = "--allow-update", description = "Accept SPARQL Update and Graph Store Protocol writes"
            + " (needs --user and --password-file).")
    boolean allowUpdate;

    @Option(names = "--user", paramLabel = "NAME", description = "The login allowed to write (with --allow-update).")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "A file whose first line is the password of --user (keeps it out of the process list).")
    Path passwordFile;

    @Option(names = "--base", paramLabel = "IRI",
            description = "Instance IRI base of the store (default: ${DEFAULT-VALUE}); /id/X answers for IRI+X.")
    String base = Iris.DEFAULT_BASE;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (port < 0 || port > 65535) throw new CommandLine.ParameterException(spec.commandLine(), "--port out of range: " + port);
        Iris iris = iris(spec.commandLine(), base);
        String password = password(spec.commandLine(), allowUpdate, user, passwordFile);
        Store s = Stores.openForWrite(store, iris);
        NewsgraphServer.Builder builder = NewsgraphServer.builder(s.datasetGraph()).port(port).host(host).base(iris.base()).allowUpdate(allowUpdate);
        if (allowUpdate) builder.credentials(user, password);
        NewsgraphServer server = start(builder, host, port, () -> s.close());
        PrintWriter out = spec.commandLine().getOut();
        printUrls(out, server);
        spec.commandLine().getErr().println("Serving " + store + (allowUpdate ? " (updates allowed for " + user + ")" : " (read-only)")
                + "; press Ctrl-C to stop.");
        spec.commandLine().getErr().flush();
        server.join();
        return ExitCodes.OK;
    }

    /** The instance base, checked. */
    static Iris iris(CommandLine cl, String base) {
        try {
            return new Iris(base);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, "--base: " + e.getMessage());
        }
    }

    /** The password for updates, read from its file; refuses updates without a login and a login without updates. */
    static String password(CommandLine cl, boolean allowUpdate, String user, Path passwordFile) {
        if (!allowUpdate) {
            if (user != null || passwordFile != null) {
                throw new CommandLine.ParameterException(cl, "--user and --password-file only apply with --allow-update");
            }
            return null;
        }
        if (user == null || passwordFile == null) {
            throw new CommandLine.ParameterException(cl, "--allow-update needs a login: give --user NAME and"
                    + " --password-file FILE (a file whose first line is the password); writes then use HTTP Basic authentication");
        }
        if (user.isBlank() || user.contains(":")) throw new CommandLine.ParameterException(cl, "--user must be non-empty, without ':'");
        List<String> lines;
        try {
            lines = Files.readAllLines(passwordFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliException(ExitCodes.FAILURE, "cannot read --password-file " + passwordFile + ": " + e.getMessage(), e);
        }
        String pw = lines.isEmpty() ? "" : lines.get(0).strip();
        if (pw.isEmpty()) throw new CommandLine.ParameterException(cl, "--password-file " + passwordFile + " holds no password on its first line");
        return pw;
    }

    static void printUrls(PrintWriter out, NewsgraphServer server) {
        out.println("Dataset: " + server.datasetUrl());
        out.println("SPARQL endpoint: " + server.sparqlUrl());
        if (server.hasUi()) out.println("Fuseki UI: " + server.rootUrl());
        out.println("Linked data: " + server.linkedDataUrl());
        out.flush();
    }

    /** Starts a server and stops it, then runs {@code onStop}, when the JVM exits (Ctrl-C). */
    static NewsgraphServer start(NewsgraphServer.Builder builder, String host, int port, Runnable onStop) {
        NewsgraphServer server;
        try {
            server = builder.build().start();
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
