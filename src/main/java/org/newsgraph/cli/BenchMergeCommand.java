package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.bench.MergeBench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "merge", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Times meeting merging and cross-article entity resolution on generated reports; prints a Markdown table.")
final class BenchMergeCommand implements Callable<Integer> {

    @Option(names = "--sizes", split = ",", paramLabel = "N", description = "Report counts (default: ${DEFAULT-VALUE}).")
    int[] sizes = {10_000, 25_000, 50_000, 100_000};

    @Option(names = "--people", paramLabel = "N", description = "Distinct people (default: ${DEFAULT-VALUE}).")
    int people = 3_000;

    @Option(names = "--repeats", paramLabel = "N", description = "Runs per size; the best is reported (default: ${DEFAULT-VALUE}).")
    int repeats = 3;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (sizes.length == 0 || people < 2 || repeats < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "need sizes, at least 2 people and 1 repeat");
        }
        int[] sorted = Arrays.stream(sizes).sorted().toArray();
        // warm-up so that the first size is not charged for class loading and JIT
        MergeBench.run(new int[] {Math.min(5_000, sorted[0])}, people, 1, seed + 1);
        List<MergeBench.Row> rows = MergeBench.run(sorted, people, repeats, seed);
        PrintWriter out = spec.commandLine().getOut();
        out.print(MergeBench.table(rows));
        out.flush();
        return ExitCodes.OK;
    }
}
