package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.newsgraph.spark.SparkIngest;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "spark-ingest", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Runs the Spark job on this machine (Spark's local mode): the analysis of 'ingest' on JSON Lines"
                + ", .txt, .html and WARC files (gzip or not), written as N-Quads under OUT/articles, the meeting reports as"
                + " Parquet (OUT/reports), the derived graphs in OUT/meetings and OUT/entities, all for 'load'. Bad records are reported on stderr and in OUT/problems (exit 3).",
                "Spark must be on the class path: after 'mvn -Pspark package' the jar finds it in target/spark/"
                        + " (see the README). On a cluster, use spark-submit with the class org.newsgraph.spark.SparkIngest."})
final class SparkIngestCommand implements Callable<Integer> {
    /** local, local[4], local[*]: this command runs Spark in this JVM only. */
    private static final Pattern LOCAL = Pattern.compile("local(\\[(\\d+|\\*)])?");

    @Option(names = "--master", paramLabel = "local[N]", defaultValue = "local[*]",
            description = "Spark's local master: local[N] runs N analysis threads (default: ${DEFAULT-VALUE}, one per core).")
    String master;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output folder; it must not exist yet.")
    String out;

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "JSON Lines and WARC files or folders of them (read recursively): local paths or Hadoop URIs.")
    List<String> inputs;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!LOCAL.matcher(master).matches()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--master must be local, local[N] or local[*]; for a cluster use spark-submit (see the README)");
        }
        if (!sparkOnClassPath()) {
            throw new CliException(ExitCodes.FAILURE, "Spark is not on the class path: build with 'mvn -Pspark -DskipTests package'"
                    + " (it puts Spark in target/spark/, which target/newsgraph.jar reads), or use spark-submit; see the README");
        }
        String output = uri(out);
        if (output.startsWith("file:") && Files.exists(Path.of(out))) {
            throw new CliException(ExitCodes.FAILURE, "the output folder exists already: " + out);
        }
        List<String> paths = new ArrayList<>();
        for (String in : inputs) {
            if (!in.contains("://") && !Files.exists(Path.of(in))) {
                throw new CliException(ExitCodes.FAILURE, "no such file or folder: " + in + "; nothing was analysed");
            }
            paths.add(uri(in));
        }
        long start = System.nanoTime();
        SparkIngest.Summary s = SparkIngest.runLocal(master, paths, output);
        double seconds = (System.nanoTime() - start) / 1e9;
        PrintWriter err = spec.commandLine().getErr();
        for (String p : s.firstProblems()) err.println("newsgraph: " + p);
        if (s.skipped() > s.firstProblems().size()) {
            err.println("newsgraph: ... and " + (s.skipped() - s.firstProblems().size()) + " more in " + out + "/problems");
        }
        err.flush();
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "%,d articles stored, %,d skipped, %,d meetings of %,d reports, %,d entities in %.1f s"
                        + " (%.1f articles/s; analysis %.1f s, derivation %.1f s) with %s; N-Quads in %s."
                        + " Load them with: newsgraph load --store DIR %s%n",
                s.stored(), s.skipped(), s.meetings(), s.reports(), s.entities(), seconds, s.stored() / Math.max(seconds, 1e-9),
                s.analysisSeconds(), s.derivationSeconds(), master, out, out);
        o.flush();
        return s.skipped() > 0 ? ExitCodes.SKIPPED_INPUT : ExitCodes.OK;
    }

    /** A local path as a file: URI (Spark would read a bare path against its default file system); a URI as given. */
    static String uri(String path) {
        return path.contains("://") ? path : Path.of(path).toAbsolutePath().normalize().toUri().toString();
    }

    static boolean sparkOnClassPath() {
        try {
            Class.forName("org.apache.spark.SparkContext", false, SparkIngestCommand.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
