package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.newsgraph.store.RemoteStore;
import org.newsgraph.store.Store;
import org.newsgraph.store.ValidationResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Checks the store (or a running Fuseki dataset, --endpoint) against the SHACL shapes of the ontology;"
                + " lists violations (exit 1 when any).")
final class ValidateCommand implements Callable<Integer> {

    @CommandLine.Mixin
    StoreOrEndpoint where;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ValidationResult result;
        if (where.endpoint() != null) {
            RemoteStore remote = Remote.connect(spec.commandLine(), where.endpoint(), where.user, where.passwordFile);
            result = Store.validate(remote.fetch());
        } else {
            Remote.noLogin(spec.commandLine(), where.user, where.passwordFile);
            try (Store s = Stores.openExisting(where.store())) {
                result = s.validate();
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (result.conforms()) {
            out.println((where.endpoint() != null ? "The dataset" : "The store") + " conforms to the shapes.");
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
