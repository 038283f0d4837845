package org.newsgraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Runs a SPARQL query over the store. The default graph is the union of all graphs.",
                "--format json prints SPARQL 1.1 Query Results JSON and nothing else on stdout."})
final class QueryCommand implements Callable<Integer> {

    @Option(names = "--store", paramLabel = "DIR", required = true, description = "The TDB2 store folder.")
    Path store;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    Store.ResultFormat format = Store.ResultFormat.TABLE;

    static final class Source {
        @Parameters(paramLabel = "FILE.rq", description = "A file holding the query.")
        Path file;

        @Option(names = {"-e", "--expr"}, paramLabel = "SPARQL", description = "The query text.")
        String text;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        String sparql = source.text;
        if (sparql == null) {
            if (!Files.isRegularFile(source.file)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no such query file: " + source.file);
            }
            try {
                sparql = Files.readString(source.file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new CliException(ExitCodes.FAILURE, "cannot read " + source.file + ": " + e.getMessage(), e);
            }
        }
        try (Store s = Stores.openExisting(store)) {
            spec.commandLine().getOut().flush();
            OutputStream out = new BufferedOutputStream(System.out);
            s.query(sparql, format, out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the answer", e);
        }
        return ExitCodes.OK;
    }
}
