package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.store.RemoteStore;
import org.newsgraph.store.Store;
import org.newsgraph.store.ValidationResult;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Checks the store (or a running Fuseki dataset, --endpoint) against the SHACL shapes of the ontology;"
                + " lists violations (exit 1 when any).")
final class ValidateCommand implements Callable<Integer> {

    static final class Target {
        @Option(names = {"--store", "--loc"}, paramLabel = "DIR", required = true, description = "The TDB2 store folder.")
        Path store;

        @Option(names = "--endpoint", paramLabel = "URL", required = true,
                description = "A running Fuseki dataset instead, e.g. http://localhost:3030/newsgraph: read whole through the"
                        + " Graph Store Protocol (or its SPARQL endpoint) and checked here.")
        String endpoint;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    @Option(names = "--user", paramLabel = "NAME", description = "With --endpoint: the user name to give when the server asks for one.")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "With --user: a file whose first line is the password.")
    Path passwordFile;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ValidationResult result;
        if (target.endpoint != null) {
            RemoteStore remote = Remote.connect(spec.commandLine(), target.endpoint, user, passwordFile);
            result = Store.validate(remote.fetch());
        } else {
            Remote.noLogin(spec.commandLine(), user, passwordFile);
            try (Store s = Stores.openExisting(target.store)) {
                result = s.validate();
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (result.conforms()) {
            out.println((target.endpoint != null ? "The dataset" : "The store") + " conforms to the shapes.");
            out.flush();
            return ExitCodes.OK;
        }
        for (String v : result.violations()) out.println(v);
        out.flush();
        int n = result.violations().size();
        spec.commandLine().getErr().println("newsgraph: " + n + " violation" + (n == 1 ? "" : "s") + " of the shapes");
        spec.commandLine().getErr().flush();
        return ExitCodes.FAILURE;
    }
}
