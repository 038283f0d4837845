package org.newsgraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.newsgraph.store.QueryParameters;
import org.newsgraph.store.RemoteStore;
import org.newsgraph.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Runs a SPARQL query over the store (the default graph is the union of all graphs), or over a running"
                        + " Fuseki dataset with --endpoint (the canned queries answer there with or without a union default graph).",
                "--format json prints SPARQL 1.1 Query Results JSON and nothing else on stdout.",
                "--param binds a variable of the query to a value (never pasted into the query text):"
                        + " <https://...> is an IRI, \"2025\"^^xsd:gYear a typed literal, \"Lisboa\"@pt a literal with a"
                        + " language, anything else a plain string. The canned queries say their parameters in a"
                        + " '# param: ?name' header line."})
final class QueryCommand implements Callable<Integer> {

    @CommandLine.Mixin
    StoreOrEndpoint where;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    Store.ResultFormat format = Store.ResultFormat.TABLE;

    static final class Source {
        @Parameters(paramLabel = "FILE.rq|NAME", description = "A file holding the query, or the name of a canned query"
                + " (who-met-whom, meetings-of-person, meetings-at-place, meetings-not-held, meeting-evidence, why-merged):"
                + " queries/NAME.rq here, else the copy bundled in newsgraph.")
        String file;

        @Option(names = {"-e", "--expr"}, paramLabel = "SPARQL", description = "The query text.")
        String text;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "Binds the query variable ?NAME to VALUE, e.g. --param name=\"Ana Ruiz\" or"
                    + " --param place=<https://w3id.org/newsgraph/id/place/lisbon>. Repeatable.")
    List<String> params = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        String sparql = source.text;
        if (sparql == null) sparql = read(source.file);
        QueryParameters.Bound bound = bind(sparql);
        if (where.endpoint() != null) {
            RemoteStore remote = Remote.connect(spec.commandLine(), where.endpoint(), where.user, where.passwordFile);
            spec.commandLine().getOut().flush();
            OutputStream out = new BufferedOutputStream(System.out);
            remote.query(bound.sparql(), bound.literals(), format, out);
            return ExitCodes.OK;
        }
        Remote.noLogin(spec.commandLine(), where.user, where.passwordFile);
        try (Store s = Stores.openExisting(where.store())) {
            spec.commandLine().getOut().flush();
            OutputStream out = new BufferedOutputStream(System.out);
            s.query(bound.sparql(), bound.literals(), format, out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the answer", e);
        }
        return ExitCodes.OK;
    }

    /** The query of a file, else of the canned query of that name; a usage error when it is neither. */
    private String read(String fileOrName) {
        Path file;
        try {
            file = Path.of(fileOrName);
        } catch (java.nio.file.InvalidPathException e) {
            file = null;
        }
        if (file != null && Files.isRegularFile(file)) {
            try {
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new CliException(ExitCodes.FAILURE, "cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        return CannedQueries.find(fileOrName).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                "no such query file: " + fileOrName + (CannedQueries.isName(fileOrName)
                        ? ", nor a canned query of that name (" + String.join(", ", CannedQueries.names()) + ")" : "")));
    }

    /** Checks the names against the query's variables (a usage error if one is not there) and binds the values. */
    private QueryParameters.Bound bind(String sparql) {
        if (params.isEmpty()) return new QueryParameters.Bound(sparql, Map.of());
        // Split here, on the first '=', rather than in picocli: its map options treat quotes in values specially.
        Map<String, String> values = new LinkedHashMap<>();
        for (String p : params) {
            int eq = p.indexOf('=');
            if (eq <= 0) throw new CommandLine.ParameterException(spec.commandLine(), "--param needs NAME=VALUE, got: " + p);
            String name = p.substring(0, eq).strip();
            if (values.put(name, p.substring(eq + 1)) != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--param " + name + " is given twice");
            }
        }
        try {
            Set<String> unknown = QueryParameters.unknown(sparql, values.keySet());
            if (!unknown.isEmpty()) {
                Set<String> vars = QueryParameters.variables(sparql);
                throw new CommandLine.ParameterException(spec.commandLine(), "--param " + String.join(", ", unknown)
                        + ": the query has no such variable" + (unknown.size() > 1 ? "s" : "") + " (it has "
                        + (vars.isEmpty() ? "none" : "?" + String.join(" ?", vars)) + ")");
            }
            return QueryParameters.bind(sparql, values);
        } catch (QueryParameters.InvalidParameterException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--param: " + e.getMessage());
        }
    }
}
