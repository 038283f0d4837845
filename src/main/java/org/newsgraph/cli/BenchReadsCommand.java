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

    @Option(names = "--page", paramLabel = "ROWS",
            description = "Ask the whole-graph queries for one page of ROWS rows (the first, or at a random offset), as a paging client does (default: whole answers).")
    int page;

    @Option(names = "--no-before", negatable = true,
            description = "Skip the earlier cross-graph versions (they take seconds per whole answer at a million triples).")
    boolean before = true;

    @Option(names = "--breakdown",
            description = "Split each query's time into parse, plan, TDB2 execution, JSON serialization and HTTP (embedded Fuseki, one client), next to the floor: a one-triple lookup.")
    boolean breakdown;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ReadsBench.Options o;
        try {
            o = new ReadsBench.Options(store, articles, rounds, page, before, breakdown);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        ReadsBench.run(o, System.out, System.err);
        return ExitCodes.OK;
    }
}
