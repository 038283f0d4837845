package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.bench.ServeLoadBench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Load benchmark of 'serve': a store of at least a million triples (built from a corpus generated"
                + " from the bundled samples, or reused with --store) is served read-only on loopback, and concurrent"
                + " clients send the canned queries for a fixed time.",
                "Prints throughput and p50/p90/p99 latency per query and overall, failed requests, and whether the store"
                        + " is intact afterwards (triple count unchanged, SHACL validation as before the load).",
                "Exit 0 when no request failed and the store is intact, 1 otherwise."})
final class BenchServeCommand implements Callable<Integer> {

    @Option(names = {"--store", "--loc"}, paramLabel = "DIR",
            description = "Store folder: reused when it holds triples, else built there (default: a temporary folder).")
    Path store;

    @Option(names = "--clients", paramLabel = "N", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients = 8;

    @Option(names = "--seconds", paramLabel = "S", description = "How long to send requests (default: ${DEFAULT-VALUE}).")
    int seconds = 60;

    @Option(names = "--articles", paramLabel = "N",
            description = "Generated articles when the store is built (default: ${DEFAULT-VALUE}, about 1.1 million triples).")
    int articles = 14_000;

    @Option(names = "--requests", paramLabel = "N", description = "Stop after N requests in all (default: time limit only).")
    long requests;

    @Option(names = "--page", paramLabel = "ROWS",
            description = "Rows per answer of the whole-graph queries, as the first page of a paging client (default: whole answers).")
    int page;

    @Option(names = "--explorer",
            description = "Also request the explorer's pages among the queries: a name search (JSON), a person's page, a meeting's page, the index's first page.")
    boolean explorer;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ServeLoadBench.Options o;
        try {
            o = new ServeLoadBench.Options(store, clients, seconds, articles, requests, page, explorer);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        ServeLoadBench.Report r = ServeLoadBench.run(o, System.err);
        spec.commandLine().getOut().flush();
        r.print(System.out);
        System.out.flush();
        return r.overall().failed() == 0 && r.intact() ? ExitCodes.OK : ExitCodes.FAILURE;
    }
}
