package org.newsgraph.cli;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newsgraph.pipeline.IngestSummary;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.rdf.Iris;
import org.newsgraph.serve.NewsgraphServer;
import org.newsgraph.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Ingests the bundled sample articles, serves them at http://localhost:PORT/newsgraph"
                + " (SPARQL at /newsgraph/sparql), prints who met whom, and keeps serving until Ctrl-C."})
final class DemoCommand implements Callable<Integer> {

    static final String SAMPLES = "/samples/";
    static final String SAMPLE_INDEX = SAMPLES + "index.list";
    static final String WHO_MET_WHOM = "/queries/who-met-whom.rq";

    @Option(names = "--port", paramLabel = "PORT", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port = NewsgraphServer.DEFAULT_PORT;

    @Option(names = "--host", paramLabel = "HOST", description = "Interface to bind (default: ${DEFAULT-VALUE}).")
    String host = NewsgraphServer.DEFAULT_HOST;

    @Option(names = {"--store", "--loc"}, paramLabel = "DIR",
            description = "Store folder to keep (default: a temporary folder, deleted on exit).")
    Path store;

    @Option(names = "--base", paramLabel = "IRI",
            description = "Instance IRI base (default: ${DEFAULT-VALUE}); /id/X answers for IRI+X.")
    String base = Iris.DEFAULT_BASE;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Iris iris = ServeCommand.iris(spec.commandLine(), base);
        List<String> names = sampleNames();
        Path work = Files.createTempDirectory("newsgraph-demo");
        boolean keepStore = store != null;
        Path storeDir = keepStore ? store : work.resolve("store");
        Path samples = work.resolve("samples");
        List<Path> inputs = copySamples(names, samples, err);

        Store s = Stores.openForWrite(storeDir, iris);
        Runnable cleanup = () -> {
            if (keepStore) Stores.withdraw(storeDir);
            s.close();
            deleteRecursively(work);
        };
        IngestSummary summary;
        try {
            summary = Pipeline.builder().store(s).onProblem(p -> err.println("newsgraph: skipped " + p)).build().run(inputs);
        } catch (RuntimeException e) {
            cleanup.run();
            throw e;
        }
        err.println("newsgraph: demo store" + (keepStore ? " " + storeDir : "") + ": " + summary.describe());
        err.flush();

        NewsgraphServer server = ServeCommand.start(
                NewsgraphServer.builder(s.datasetGraph()).port(port).host(host).base(iris.base())
                        .queryTimeout(java.time.Duration.ofSeconds((long) ServeCommand.DEFAULT_TIMEOUT_SECONDS)), host, port, cleanup);
        if (keepStore) Stores.announce(storeDir, server.datasetUrl());
        ServeCommand.printUrls(out, server);
        out.println();
        out.println("Who met whom (" + WHO_MET_WHOM.substring(1) + "):");
        out.flush();
        try (InputStream q = DemoCommand.class.getResourceAsStream(WHO_MET_WHOM)) {
            if (q == null) {
                err.println("newsgraph: " + WHO_MET_WHOM + " is missing from the classpath; serving without it");
            } else {
                OutputStream o = new BufferedOutputStream(System.out);
                s.query(new String(q.readAllBytes(), StandardCharsets.UTF_8), Store.ResultFormat.TABLE, o);
                o.flush();
            }
        }
        err.println("newsgraph: press Ctrl-C to stop.");
        err.flush();
        server.join();
        return ExitCodes.OK;
    }

    /** The sample file names listed in /samples/index.list, one a line ('#' starts a comment). */
    static List<String> sampleNames() throws IOException {
        try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLE_INDEX)) {
            if (in == null) {
                throw new CliException(ExitCodes.FAILURE, "no bundled samples: " + SAMPLE_INDEX
                        + " is missing from the classpath (it lists the sample files under src/main/resources/samples/)");
            }
            List<String> names = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    String n = line.strip();
                    if (n.isEmpty() || n.startsWith("#")) continue;
                    if (n.contains("..") || n.startsWith("/")) throw new CliException(ExitCodes.FAILURE, "bad sample name in " + SAMPLE_INDEX + ": " + n);
                    names.add(n);
                }
            }
            if (names.isEmpty()) throw new CliException(ExitCodes.FAILURE, SAMPLE_INDEX + " lists no samples");
            return names;
        }
    }

    /** Copies the samples out of the jar, since the reader works on files. */
    private static List<Path> copySamples(List<String> names, Path dir, PrintWriter err) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String n : names) {
            try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLES + n)) {
                if (in == null) {
                    err.println("newsgraph: sample " + n + " listed in " + SAMPLE_INDEX + " is missing; skipped");
                    continue;
                }
                Path f = dir.resolve(n);
                Files.createDirectories(f.getParent());
                Files.copy(in, f);
                files.add(f);
            }
        }
        return files;
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            org.slf4j.LoggerFactory.getLogger(DemoCommand.class).debug("cannot delete {}", dir, e);
        }
    }
}
