package org.newsgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Benchmarks: measures speed and memory and prints a table to stdout.",
        subcommands = {BenchIngestCommand.class, BenchMergeCommand.class, BenchServeCommand.class,
                BenchScaleCommand.class, BenchReadsCommand.class, BenchCrashCommand.class})
final class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a benchmark is required, e.g. 'bench ingest'");
    }
}
