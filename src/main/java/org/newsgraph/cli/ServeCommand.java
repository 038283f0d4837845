package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.newsgraph.rdf.Iris;
import org.newsgraph.serve.Logins;
import org.newsgraph.serve.NewsgraphServer;
import org.newsgraph.serve.RemoteAccess;
import org.newsgraph.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Serves the store with an embedded Fuseki until Ctrl-C: dataset at /newsgraph,"
                + " SPARQL at /newsgraph/sparql (and /newsgraph/query), SHACL at /newsgraph/shacl, Fuseki's UI at /,"
                + " linked data at /id/ (HTML, Turtle, JSON-LD, N-Triples) and the ontology at /ns.",
                "Read-only unless --allow-update, which needs a login (--passwd, or --user and --password-file): writes"
                        + " then go to /newsgraph/update and /newsgraph/data and ask for that login (HTTP Basic authentication).",
                "Reads are open to every origin (CORS *, no credentials); SERVICE and LOAD reach nothing outside the store"
                        + " unless allowed, and never loopback or private addresses; queries end after --timeout.",
                "The store folder stays locked while serving: ingest through the server with"
                        + " 'ingest --endpoint http://localhost:3030/newsgraph --user NAME --password-file FILE'."})
final class ServeCommand implements Callable<Integer> {

    @Option(names = {"--store", "--loc"}, paramLabel = "DIR", required = true, description = "The TDB2 store folder (created if needed).")
    Path store;

    @Option(names = "--port", paramLabel = "PORT", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 = any free port).")
    int port = NewsgraphServer.DEFAULT_PORT;

    @Option(names = "--host", paramLabel = "HOST",
            description = "Interface to bind (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 = every interface).")
    String host = NewsgraphServer.DEFAULT_HOST;

    @Option(names = {"--allow-update", "--update"}, description = "Accept SPARQL Update at /newsgraph/update and Graph"
            + " Store writes at /newsgraph/data, for a login only (needs --passwd, or --user with --password-file).")
    boolean allowUpdate;

    @Option(names = "--user", paramLabel = "NAME", split = ",",
            description = "The login allowed to write; with --passwd, the users of that file allowed to write (default: all).")
    List<String> users;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "A file whose first line is the password of --user (keeps it out of the process list).")
    Path passwordFile;

    @Option(names = "--passwd", paramLabel = "FILE",
            description = "A Fuseki-style password file: one 'user: password' line per login that may write.")
    Path passwd;

    @Option(names = "--cors-write-origin", paramLabel = "ORIGIN", split = ",",
            description = "Browser origins (e.g. https://tools.example.org) whose pages may write with a login;"
                    + " by default a page of another origin may only read.")
    List<String> writeOrigins = List.of();

    @Option(names = "--allow-service", description = "Let queries use SERVICE to public http(s) endpoints"
            + " (never loopback or private addresses); off by default.")
    boolean allowService;

    @Option(names = "--allow-load", description = "Let logged-in writers LOAD from public http(s) addresses"
            + " (never file: IRIs, loopback or private addresses); off by default.")
    boolean allowLoad;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Queries running longer are ended (default: ${DEFAULT-VALUE}; 0 = no limit).")
    double timeoutSeconds = DEFAULT_TIMEOUT_SECONDS;

    @Option(names = "--max-request", paramLabel = "BYTES",
            description = "The largest request body the open endpoints accept; larger ones get 413 (default: ${DEFAULT-VALUE}).")
    long maxRequest = NewsgraphServer.DEFAULT_MAX_REQUEST_BYTES;

    @Option(names = "--base", paramLabel = "IRI",
            description = "Instance IRI base of the store (default: ${DEFAULT-VALUE}); /id/X answers for IRI+X.")
    String base = Iris.DEFAULT_BASE;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The query time-out of {@code serve} and {@code demo} unless --timeout says otherwise. */
    static final double DEFAULT_TIMEOUT_SECONDS = 10;

    @Override
    public Integer call() {
        if (port < 0 || port > 65535) throw new CommandLine.ParameterException(spec.commandLine(), "--port out of range: " + port);
        Iris iris = iris(spec.commandLine(), base);
        Logins logins = logins(spec.commandLine(), allowUpdate, users, passwordFile, passwd);
        if (maxRequest <= 0) throw new CommandLine.ParameterException(spec.commandLine(), "--max-request must be positive");
        for (String o : writeOrigins) {
            if (!o.matches("https?://[^/\\s]+")) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--cors-write-origin must be scheme://host[:port], not " + o);
            }
        }
        Duration queryTimeout = timeout(spec.commandLine(), timeoutSeconds);
        Store s = Stores.openForWrite(store, iris);
        NewsgraphServer.Builder builder = NewsgraphServer.builder(s.datasetGraph()).port(port).host(host).base(iris.base())
                .allowUpdate(allowUpdate).remoteAccess(new RemoteAccess(allowService, allowLoad))
                .writeOrigins(Set.copyOf(writeOrigins)).maxRequestBytes(maxRequest)
                .queryTimeout(queryTimeout);
        if (logins != null) builder.logins(logins);
        NewsgraphServer server = start(builder, host, port, () -> {
            Stores.withdraw(store);
            s.close();
        });
        Stores.announce(store, server.datasetUrl()); // the real port, for the lock message of other commands
        PrintWriter out = spec.commandLine().getOut();
        printUrls(out, server);
        spec.commandLine().getErr().println("newsgraph: serving " + store
                + (logins != null ? " (updates allowed for " + String.join(", ", new TreeSet<>(logins.users())) + ")" : " (read-only)")
                + "; press Ctrl-C to stop.");
        spec.commandLine().getErr().flush();
        server.join();
        return ExitCodes.OK;
    }

    /** A time-out in seconds as a duration, checked. */
    static Duration timeout(CommandLine cl, double seconds) {
        if (!(seconds >= 0) || seconds > 86_400) throw new CommandLine.ParameterException(cl, "--timeout must be 0 to 86400 seconds");
        return Duration.ofMillis(Math.round(seconds * 1000));
    }

    /** The instance base, checked. */
    static Iris iris(CommandLine cl, String base) {
        try {
            return new Iris(base);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, "--base: " + e.getMessage());
        }
    }

    /**
     * The logins that may write: from a Fuseki-style password file ({@code --passwd}), or one user whose password is
     * the first line of {@code --password-file}. Refuses updates without a login and a login without updates.
     */
    static Logins logins(CommandLine cl, boolean allowUpdate, List<String> users, Path passwordFile, Path passwd) {
        boolean anyLogin = (users != null && !users.isEmpty()) || passwordFile != null || passwd != null;
        if (!allowUpdate) {
            if (anyLogin) throw new CommandLine.ParameterException(cl, "--user, --password-file and --passwd only apply with --allow-update");
            return null;
        }
        if (passwd != null) {
            if (passwordFile != null) throw new CommandLine.ParameterException(cl, "give --passwd or --password-file, not both");
            try {
                Logins all = Logins.readPasswordFile(passwd);
                return users == null || users.isEmpty() ? all : all.only(new LinkedHashSet<>(users));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(cl, "--passwd: " + e.getMessage());
            } catch (UncheckedIOException e) {
                throw new CliException(ExitCodes.FAILURE, e.getMessage(), e);
            }
        }
        if (users == null || users.size() != 1 || passwordFile == null) {
            throw new CommandLine.ParameterException(cl, "--allow-update needs a login: give --passwd FILE (lines 'user: password'),"
                    + " or --user NAME and --password-file FILE (a file whose first line is the password); writes then use HTTP Basic"
                    + " authentication");
        }
        String user = users.get(0);
        if (user.isBlank() || user.contains(":")) throw new CommandLine.ParameterException(cl, "--user must be non-empty, without ':'");
        List<String> lines;
        try {
            lines = Files.readAllLines(passwordFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliException(ExitCodes.FAILURE, "cannot read --password-file " + passwordFile + ": " + e.getMessage(), e);
        }
        String pw = lines.isEmpty() ? "" : lines.get(0).strip();
        if (pw.isEmpty()) throw new CommandLine.ParameterException(cl, "--password-file " + passwordFile + " holds no password on its first line");
        return Logins.of(user, pw);
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
