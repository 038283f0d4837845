package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "remove", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Removes articles from the store by id and re-derives the canonical meetings and entities.",
                "An id that names no stored article is reported on stderr and skipped (exit 3)."})
final class RemoveCommand implements Callable<Integer> {

    @Option(names = {"--store", "--loc"}, paramLabel = "DIR", required = true, description = "The TDB2 store folder.")
    Path store;

    @Parameters(paramLabel = "ID", arity = "1..*", description = "Article ids, as given at ingest (dcterms:identifier).")
    List<String> ids;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<String> unknown;
        int left;
        try (Store s = Stores.openExisting(store)) {
            unknown = s.removeArticles(ids);
            left = s.articleIds().size();
        }
        PrintWriter err = spec.commandLine().getErr();
        for (String id : unknown) err.println("newsgraph: no article '" + id + "' in the store; skipped");
        err.flush();
        long removed = ids.stream().distinct().filter(id -> !unknown.contains(id)).count();
        PrintWriter out = spec.commandLine().getOut();
        out.println("Removed " + removed + " article" + (removed == 1 ? "" : "s") + "; " + left + " left.");
        out.flush();
        return unknown.isEmpty() ? ExitCodes.OK : ExitCodes.SKIPPED_INPUT;
    }
}
