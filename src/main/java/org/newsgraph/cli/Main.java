package org.newsgraph.cli;

import java.io.PrintWriter;
import org.newsgraph.article.InvalidArticleException;
import org.newsgraph.pipeline.IngestException;
import org.newsgraph.store.StoreException;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The newsgraph command line. Subcommands are separate classes registered in {@link #commandLine()};
 * add new ones there.
 */
@Command(name = "newsgraph", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Builds an RDF knowledge graph of who met whom, where and when, from news articles.",
        subcommands = {IngestCommand.class, QueryCommand.class, ExportCommand.class, ServeCommand.class,
                ValidateCommand.class, LoadCommand.class, SparkIngestCommand.class, ExplainCommand.class, DemoCommand.class, RemoveCommand.class, TrainNerCommand.class,
                BenchCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:failure", "2:usage error", "3:some input was skipped (each reported)"})
public final class Main implements Runnable {

    static final String FALLBACK_VERSION = "0.1.0";

    @Option(names = "--debug", description = "Log diagnostics (and stack traces) to stderr.", scope = CommandLine.ScopeType.INHERIT)
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (does not exit). */
    public static int run(String... args) {
        for (String a : args) {
            // slf4j-simple reads its level once, at the first logger: set it before anything logs.
            if (a.equals("--debug")) System.setProperty("org.slf4j.simpleLogger.log.org.newsgraph", "debug");
        }
        return commandLine().execute(args);
    }

    /** The configured command line; tests may set its out and err writers. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler(Main::handle);
        return cl;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        LoggerFactory.getLogger(Main.class).debug("command failed", e);
        PrintWriter err = cl.getErr();
        int code = ExitCodes.FAILURE;
        String message;
        if (e instanceof CliException c) {
            code = c.exitCode();
            message = c.getMessage();
        } else if (e instanceof InvalidArticleException || e instanceof StoreException || e instanceof IngestException) {
            message = e.getMessage();
        } else if (e instanceof java.io.UncheckedIOException u) {
            message = u.getMessage() + (u.getCause() != null ? ": " + u.getCause().getMessage() : "");
        } else {
            message = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
            if (!(e instanceof RuntimeException)) message = e.getClass().getSimpleName() + ": " + message;
        }
        // One line: parser messages go on to list every token they expected.
        int nl = message.indexOf('\n');
        if (nl >= 0) message = message.substring(0, nl).strip();
        err.println("newsgraph: " + message);
        err.flush();
        return code;
    }

    static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v != null ? v : FALLBACK_VERSION;
    }

    /** The version from the jar manifest, or the built-in one when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"newsgraph " + version()};
        }
    }
}
