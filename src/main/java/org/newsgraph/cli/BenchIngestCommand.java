package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.bench.CorpusGenerator;
import org.newsgraph.bench.IngestBench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "ingest", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Ingests a generated (or given) corpus into a fresh TDB2 store in a temporary folder and reports"
                + " tokens per second, model load time, peak heap and heap after GC at each quarter of the corpus.",
                "Run with a fixed heap, e.g. java -Xmx2g -jar newsgraph.jar bench ingest --articles 2000 --threads 2"})
final class BenchIngestCommand implements Callable<Integer> {

    @Option(names = "--articles", paramLabel = "N", description = "Articles to ingest (default: ${DEFAULT-VALUE}).")
    int articles = 2000;

    @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--corpus", paramLabel = "FILE", description = "Read articles from this JSONL file instead of generating them.")
    Path corpus;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the corpus generator (default: ${DEFAULT-VALUE}).")
    long seed = CorpusGenerator.DEFAULT_SEED;

    @Option(names = "--batch", paramLabel = "N", description = "Articles per store write (default: ${DEFAULT-VALUE}).")
    int batch = org.newsgraph.pipeline.Pipeline.DEFAULT_BATCH_SIZE;

    @Option(names = "--templates", paramLabel = "FILE", split = ",",
            description = "Template articles besides the bundled samples, used when present (default: ${DEFAULT-VALUE}).")
    List<Path> templates = List.of(Path.of("eval/articles.jsonl"));

    @Option(names = "--write-corpus", paramLabel = "FILE", description = "Also write the generated corpus as JSONL.")
    Path writeCorpus;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (articles < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--articles must be at least 1");
        if (threads < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        if (batch < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--batch must be at least 1");
        if (corpus != null && !Files.isRegularFile(corpus)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no such file: " + corpus);
        }
        IngestBench.Options o = new IngestBench.Options(articles, threads, corpus, seed, batch, templates, writeCorpus);
        PrintWriter out = spec.commandLine().getOut();
        out.print(IngestBench.run(o).table());
        out.flush();
        return ExitCodes.OK;
    }
}
