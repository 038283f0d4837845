package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.bench.CrashBench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "crash", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Crash trials: kills (SIGKILL) an ingest at random moments; the store must open, conform to the"
                + " shapes and, after the same corpus is ingested again, equal an uninterrupted run's store."})
final class BenchCrashCommand implements Callable<Integer> {
    @Option(names = "--dir", paramLabel = "DIR", required = true, description = "Work folder (corpus, reference store, trials).")
    Path dir;

    @Option(names = "--trials", paramLabel = "N", description = "Kills (default: ${DEFAULT-VALUE}).")
    int trials = 10;

    @Option(names = "--articles", paramLabel = "N", description = "Generated articles in the corpus (default: ${DEFAULT-VALUE}).")
    int articles = 1000;

    @Option(names = "--window", paramLabel = "SECONDS", description = "Kills fall in the first SECONDS of a run (default: ${DEFAULT-VALUE}).")
    double window = 20;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the kill times (default: ${DEFAULT-VALUE}).")
    long seed = 7;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CrashBench.Options o;
        try {
            o = new CrashBench.Options(dir, trials, articles, window, seed);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        List<CrashBench.Trial> t = CrashBench.run(o, System.err);
        long killed = t.stream().filter(x -> !x.finishedFirst()).count();
        System.out.printf(Locale.ROOT, "%d trials (%d killed mid-run): opened %d, conform %d, converged %d%n", t.size(), killed,
                t.stream().filter(CrashBench.Trial::opened).count(), t.stream().filter(CrashBench.Trial::conforms).count(),
                t.stream().filter(CrashBench.Trial::converged).count());
        return t.stream().allMatch(x -> x.opened() && x.conforms() && x.converged()) ? ExitCodes.OK : ExitCodes.FAILURE;
    }
}
