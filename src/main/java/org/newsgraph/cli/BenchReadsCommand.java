package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.bench.ReadsBench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "reads", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"The canned queries against their earlier cross-graph versions on one store, in turns, in-process:"
                + " median and 90th percentile per query, and the floor."})
final class BenchReadsCommand implements Callable<Integer> {
    @Option(names = {"--store", "--loc"}, paramLabel = "DIR", required = true,
            description = "The store folder: reused when it holds triples, else built there from generated articles.")
    Path store;

    @Option(names = "--articles", paramLabel = "N", description = "Generated articles when the store is built (default: ${DEFAULT-VALUE}).")
    int articles = 4000;

    @Option(names = "--rounds", paramLabel = "N", description = "Runs of each parameterized query (default: ${DEFAULT-VALUE}; a tenth for the others).")
    int rounds = 100;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ReadsBench.Options o;
        try {
            o = new ReadsBench.Options(store, articles, rounds);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        ReadsBench.run(o, System.out, System.err);
        return ExitCodes.OK;
    }
}
