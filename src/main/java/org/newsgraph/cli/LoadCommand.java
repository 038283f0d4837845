package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newsgraph.store.Store;
import org.newsgraph.store.ValidationResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "load", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Builds or updates a TDB2 store from N-Quads files (gzip or not) with Jena's bulk loader,"
                + " then checks the store against the SHACL shapes (exit 1 when it does not conform).",
                "Input: the output of 'export --format nquads' or of the Spark job (see the README)."
                        + " A named graph in the input replaces the store's graph of the same name."
                        + " A folder gives its files named *.nq, *.nquads (.gz or not) and part-* (Spark), recursively,"
                        + " but not the Spark job's problems/ and its Parquet table of reports."})
final class LoadCommand implements Callable<Integer> {

    @Option(names = {"--store", "--loc"}, paramLabel = "DIR", required = true, description = "The TDB2 store folder (created if needed).")
    Path store;

    @Option(names = "--loader", paramLabel = "KIND", defaultValue = "parallel",
            description = "Jena's TDB2 loader: parallel (all indexes at once, the fastest), phased (fewer threads and"
                    + " less memory) or basic (small inputs). Default: ${DEFAULT-VALUE}.")
    Store.Loader loader;

    @Option(names = "--derive",
            description = "Recompute the meetings and entities graphs from the loaded articles' graphs (for input that"
                    + " carries only article graphs; the Spark job writes them itself).")
    boolean derive;

    @Option(names = "--no-validate", negatable = false, description = "Skip the SHACL check.")
    boolean noValidate;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "N-Quads files or folders of them.")
    List<Path> paths;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<Path> files = expand(paths);
        long start = System.nanoTime();
        Store.LoadResult loaded;
        ValidationResult result = null;
        long size;
        try (Store s = Stores.openForWrite(store)) {
            loaded = s.load(files, loader);
            if (derive) s.derive();
            size = s.size();
            if (!noValidate) result = s.validate();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "Loaded %,d quads from %d file%s (%d graph%s replaced)%s; the store has %,d triples; %.1f s.%n",
                loaded.quads(), loaded.files(), loaded.files() == 1 ? "" : "s",
                loaded.graphsReplaced(), loaded.graphsReplaced() == 1 ? "" : "s",
                derive ? ", meetings and entities derived" : "", size, seconds);
        if (result == null || result.conforms()) {
            if (result != null) out.println("The store conforms to the shapes.");
            out.flush();
            return ExitCodes.OK;
        }
        for (String v : result.violations()) out.println(v);
        out.flush();
        int n = result.violations().size();
        spec.commandLine().getErr().println("newsgraph: " + n + " violation" + (n == 1 ? "" : "s") + " of the shapes"
                + (derive ? "" : " (input without the meetings and entities graphs needs --derive)"));
        spec.commandLine().getErr().flush();
        return ExitCodes.FAILURE;
    }

    /** Files as given; folders give their N-Quads files and Spark's part files, recursively, in path order. */
    List<Path> expand(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path in : inputs) {
            if (Files.isRegularFile(in)) {
                files.add(in);
            } else if (Files.isDirectory(in)) {
                List<Path> found;
                try (Stream<Path> walk = Files.walk(in)) {
                    found = walk.filter(Files::isRegularFile).filter(LoadCommand::isNQuads)
                            .filter(f -> !inProblems(in, f)).sorted().toList();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + in, e);
                }
                if (found.isEmpty()) {
                    throw new CliException(ExitCodes.FAILURE, "no N-Quads files (*.nq, *.nquads, part-*) in " + in);
                }
                files.addAll(found);
            } else {
                throw new CliException(ExitCodes.FAILURE, "no such file or folder: " + in + "; nothing was loaded");
            }
        }
        return files;
    }

    /** The Spark job's report of skipped records (OUT/problems/part-*) lies beside its N-Quads: not RDF. */
    static boolean inProblems(Path root, Path file) {
        Path rel = root.relativize(file);
        for (int i = 0; i < rel.getNameCount() - 1; i++) if (rel.getName(i).toString().equals("problems")) return true;
        return false;
    }

    static boolean isNQuads(Path file) {
        String name = file.getFileName().toString();
        if (name.startsWith(".") || name.startsWith("_") || name.endsWith(".crc") || name.endsWith(".parquet")) return false;
        String base = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        return base.endsWith(".nq") || base.endsWith(".nquads") || name.startsWith("part-");
    }
}
