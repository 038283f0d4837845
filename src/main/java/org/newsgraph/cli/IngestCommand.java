package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.pipeline.Analyzer;
import org.newsgraph.pipeline.GraphSink;
import org.newsgraph.pipeline.IngestSummary;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.rdf.Iris;
import org.newsgraph.resolve.ArticleFacts;
import org.newsgraph.store.RemoteStore;
import org.newsgraph.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Reads articles, extracts who met whom, where and when, and stores each article's graph.",
                "INPUT: a .jsonl file (one article a line: id, url, title, published, source, text or html),"
                        + " a .txt or .html file (id from the file name), or a folder of them.",
                "Re-ingesting an article replaces its graph. Bad input is reported on stderr and skipped (exit 3).",
                "Progress goes to stderr (articles/s, skipped, time left): one line redrawn on a terminal, a line every"
                        + " 5 seconds otherwise; --quiet turns it off. stdout gets the summary only."})
final class IngestCommand implements Callable<Integer> {

    static final class Target {
        @Option(names = {"--store", "--loc"}, paramLabel = "DIR", required = true, description = "The TDB2 store folder (created if needed).")
        Path store;

        @Option(names = "--endpoint", paramLabel = "URL", required = true,
                description = "A running server's dataset URL instead, e.g. http://localhost:3030/newsgraph"
                        + " (started with 'serve --allow-update').")
        String endpoint;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    @Option(names = "--user", paramLabel = "NAME",
            description = "With --endpoint: the user name to give when the server asks for one (HTTP Basic).")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "With --user: a file whose first line is the password (never give a password on the command line).")
    Path passwordFile;

    @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--base", paramLabel = "IRI",
            description = "Instance IRI base for --store (default: ${DEFAULT-VALUE}); serve with the same --base.")
    String base = Iris.DEFAULT_BASE;

    @Option(names = {"-q", "--quiet"}, description = "No progress on stderr (skipped inputs are still reported).")
    boolean quiet;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders to read.")
    List<Path> inputs;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        // A missing input is skipped and reported like any other bad input (exit 3); the others are stored.
        if (threads < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        if ((user != null || passwordFile != null) && target.endpoint == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--user and --password-file go with --endpoint");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        IngestSummary summary;
        if (target.endpoint != null) {
            RemoteStore remote = RemoteStore.connect(target.endpoint, credentials());
            remote.check(); // before the articles are analysed: a wrong URL or password fails at once
            summary = ingest(GraphSink.of(remote), err);
        } else {
            try (Store store = Stores.openForWrite(target.store, ServeCommand.iris(spec.commandLine(), base))) {
                summary = ingest(GraphSink.of(store), err);
            }
        }
        out.println(summary.describe());
        out.flush();
        return summary.hasProblems() ? ExitCodes.SKIPPED_INPUT : ExitCodes.OK;
    }

    private RemoteStore.Credentials credentials() {
        return Remote.credentials(spec.commandLine(), user, passwordFile);
    }

    private IngestSummary ingest(GraphSink sink, PrintWriter err) {
        Analyzer analyzer = Analyzer.load();
        try (Progress progress = quiet ? null : Progress.start(err, inputs)) {
            return Pipeline.builder().sink(sink).threads(threads)
                    .analysis(a -> {
                        ArticleFacts facts = analyzer.analyze(a);
                        if (progress != null) progress.article();
                        return facts;
                    })
                    .onProblem(p -> {
                        String message = "newsgraph: skipped " + p;
                        if (progress != null) {
                            progress.skipped(message);
                        } else {
                            err.println(message);
                            err.flush();
                        }
                    })
                    .build().run(inputs);
        }
    }
}
