package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.bench.CorpusGenerator;
import org.newsgraph.bench.ScaleBench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "scale", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Time and triples against an article's size: one generated article of ordinary prose per size,"
                + " ingested alone with every limit lifted and with the default limits, then the hostile inputs"
                + " (a 200 KB sentence, a name repeated 50,000 times). Prints a Markdown table.",
                "Run with a fixed heap, e.g. java -Xmx4g -jar newsgraph.jar bench scale"})
final class BenchScaleCommand implements Callable<Integer> {

    @Option(names = "--sizes", split = ",", paramLabel = "CHARS",
            description = "Article sizes in characters (default: ${DEFAULT-VALUE}).")
    int[] sizes = {10_000, 100_000, 1_000_000, 4_000_000};

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the corpus generator (default: ${DEFAULT-VALUE}).")
    long seed = CorpusGenerator.DEFAULT_SEED;

    @Option(names = "--templates", paramLabel = "FILE", split = ",",
            description = "Template articles besides the bundled samples, used when present (default: ${DEFAULT-VALUE}).")
    List<Path> templates = List.of(Path.of("eval/articles.jsonl"));

    @Option(names = "--no-hostile", negatable = true, description = "Leave out the hostile inputs.")
    boolean hostile = true;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (sizes.length == 0 || Arrays.stream(sizes).anyMatch(s -> s < 1_000 || s > 5_000_000)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--sizes: 1,000 to 5,000,000 characters each");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(ScaleBench.table(ScaleBench.run(Arrays.stream(sizes).sorted().toArray(), seed, templates, hostile)));
        out.flush();
        return ExitCodes.OK;
    }
}
