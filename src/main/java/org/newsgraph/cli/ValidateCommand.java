package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.store.Store;
import org.newsgraph.store.ValidationResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Checks the store against the SHACL shapes of the ontology; lists violations (exit 1 when any).")
final class ValidateCommand implements Callable<Integer> {

    @Option(names = {"--store", "--loc"}, paramLabel = "DIR", required = true, description = "The TDB2 store folder.")
    Path store;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ValidationResult result;
        try (Store s = Stores.openExisting(store)) {
            result = s.validate();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (result.conforms()) {
            out.println("The store conforms to the shapes.");
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
