package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.pipeline.GraphSink;
import org.newsgraph.pipeline.IngestSummary;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.rdf.Iris;
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
                "Re-ingesting an article replaces its graph. Bad input is reported on stderr and skipped (exit 3)."})
final class IngestCommand implements Callable<Integer> {

    static final class Target {
        @Option(names = "--store", paramLabel = "DIR", required = true, description = "The TDB2 store folder (created if needed).")
        Path store;

        @Option(names = "--endpoint", paramLabel = "URL", required = true,
                description = "A running server's dataset URL instead, e.g. http://localhost:3030/newsgraph"
                        + " (started with 'serve --allow-update').")
        String endpoint;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--base", paramLabel = "IRI",
            description = "Instance IRI base for --store (default: ${DEFAULT-VALUE}); serve with the same --base.")
    String base = Iris.DEFAULT_BASE;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders to read.")
    List<Path> inputs;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        for (Path in : inputs) {
            if (!Files.exists(in)) throw new CommandLine.ParameterException(spec.commandLine(), "no such file or folder: " + in);
        }
        if (threads < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        IngestSummary summary;
        if (target.endpoint != null) {
            RemoteStore remote = RemoteStore.connect(target.endpoint);
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

    private IngestSummary ingest(GraphSink sink, PrintWriter err) {
        return Pipeline.builder().sink(sink).threads(threads)
                .onProblem(p -> {
                    err.println("skipped " + p);
                    err.flush();
                })
                .build().run(inputs);
    }
}
