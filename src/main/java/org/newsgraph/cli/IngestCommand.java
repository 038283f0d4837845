package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.article.Limits;
import org.newsgraph.pipeline.Analyzer;
import org.newsgraph.pipeline.GraphSink;
import org.newsgraph.pipeline.IngestSummary;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.rdf.Iris;
import org.newsgraph.resolve.ArticleFacts;
import org.newsgraph.store.RemoteStore;
import org.newsgraph.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Reads articles, extracts who met whom, where and when, and stores each article's graph.",
                "INPUT: a .jsonl file (one article a line: id, url, title, published, source, text or html),"
                        + " a .txt or .html file (id from the file name), or a folder of them.",
                "Re-ingesting an article replaces its graph. Bad input is reported on stderr and skipped (exit 3).",
                "Each article has a budget (time, text, sentence length, names, meetings): an article over its time is"
                        + " skipped, one over a cap is analysed in part, and stderr says so (exit 3).",
                "Progress goes to stderr (articles/s, tokens/s, skipped, time left): one line redrawn on a terminal, a line every"
                        + " 5 seconds otherwise; --quiet turns it off. stdout gets the summary only."})
final class IngestCommand implements Callable<Integer> {

    static final class Target {
        @Option(names = {"--store", "--loc"}, paramLabel = "DIR", required = true, description = "The TDB2 store folder (created if needed).")
        Path store;

        @Option(names = "--endpoint", paramLabel = "URL", required = true,
                description = "A running server's dataset URL instead, e.g. http://localhost:3030/newsgraph"
                        + " (started with 'serve --allow-update').")
        String endpoint;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    @Option(names = "--user", paramLabel = "NAME",
            description = "With --endpoint: the user name to give when the server asks for one (HTTP Basic).")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "With --user: a file whose first line is the password (never give a password on the command line).")
    Path passwordFile;

    @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--base", paramLabel = "IRI",
            description = "Instance IRI base for --store (default: ${DEFAULT-VALUE}); serve with the same --base.")
    String base = Iris.DEFAULT_BASE;

    @Option(names = {"-q", "--quiet"}, description = "No progress on stderr (skipped inputs are still reported).")
    boolean quiet;

    @Option(names = "--article-timeout", paramLabel = "SECONDS",
            description = "Wall-clock seconds to analyse one article; one that takes longer is skipped (default: ${DEFAULT-VALUE}; 0: none).")
    int articleTimeout = (int) Limits.DEFAULT.articleTimeout().toSeconds();

    @Option(names = "--max-article-chars", paramLabel = "N",
            description = "Characters of an article's text analysed; the rest is left out, and said so (default: ${DEFAULT-VALUE}).")
    int maxArticleChars = Limits.DEFAULT.maxArticleChars();

    @Option(names = "--max-sentence-chars", paramLabel = "N",
            description = "Longer sentences are split at a space before tagging (default: ${DEFAULT-VALUE}).")
    int maxSentenceChars = Limits.DEFAULT.maxSentenceChars();

    @Option(names = "--max-sentence-tokens", paramLabel = "N",
            description = "Sentences of more tokens are split into pieces of N tokens (default: ${DEFAULT-VALUE}).")
    int maxSentenceTokens = Limits.DEFAULT.maxSentenceTokens();

    @Option(names = "--max-mentions", paramLabel = "PER_SENTENCE,PER_ARTICLE", split = ",",
            description = "Names kept per sentence, and per article (past it the article is analysed up to that sentence)"
                    + " (default: ${DEFAULT-VALUE}).")
    List<Integer> maxMentions = List.of(Limits.DEFAULT.maxMentionsPerSentence(), Limits.DEFAULT.maxMentionsPerArticle());

    @Option(names = "--max-meetings", paramLabel = "PER_SENTENCE,PER_ARTICLE", split = ",",
            description = "Meeting candidates kept per sentence and per article (default: ${DEFAULT-VALUE}).")
    List<Integer> maxMeetings = List.of(Limits.DEFAULT.maxMeetingsPerSentence(), Limits.DEFAULT.maxMeetingsPerArticle());

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders to read.")
    List<Path> inputs;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        // A missing input is skipped and reported like any other bad input (exit 3); the others are stored.
        if (threads < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        if ((user != null || passwordFile != null) && target.endpoint == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--user and --password-file go with --endpoint");
        }
        Limits limits = limits();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        IngestSummary summary;
        if (target.endpoint != null) {
            RemoteStore remote = RemoteStore.connect(target.endpoint, credentials());
            remote.check(); // before the articles are analysed: a wrong URL or password fails at once
            summary = ingest(GraphSink.of(remote), limits, err);
        } else {
            try (Store store = Stores.openForWrite(target.store, ServeCommand.iris(spec.commandLine(), base))) {
                summary = ingest(GraphSink.of(store), limits, err);
            }
        }
        out.println(summary.describe());
        out.flush();
        return summary.hasProblems() ? ExitCodes.SKIPPED_INPUT : ExitCodes.OK;
    }

    private RemoteStore.Credentials credentials() {
        return Remote.credentials(spec.commandLine(), user, passwordFile);
    }

    /** The limits the options give; a bad value is a usage error. */
    private Limits limits() {
        if (articleTimeout < 0) throw new CommandLine.ParameterException(spec.commandLine(), "--article-timeout must not be negative");
        if (maxMentions.size() != 2 || maxMeetings.size() != 2) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-mentions and --max-meetings take two numbers: PER_SENTENCE,PER_ARTICLE");
        }
        try {
            return new Limits(maxArticleChars, maxSentenceChars, maxSentenceTokens, maxMentions.get(0), maxMentions.get(1),
                    maxMeetings.get(0), maxMeetings.get(1), articleTimeout == 0 ? null : Duration.ofSeconds(articleTimeout));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "bad limit: " + e.getMessage());
        }
    }

    private IngestSummary ingest(GraphSink sink, Limits limits, PrintWriter err) {
        Analyzer analyzer = Analyzer.load(limits);
        try (Progress progress = quiet ? null : Progress.start(err, inputs)) {
            return Pipeline.builder().sink(sink).threads(threads).limits(limits)
                    .analysis((Pipeline.Analysis) (article, budget) -> {
                        ArticleFacts facts = analyzer.analyze(article, budget);
                        if (progress != null) progress.article(budget.tokens());
                        return facts;
                    })
                    .onProblem(p -> say(progress, err, "newsgraph: skipped " + p, true))
                    .onNote(p -> say(progress, err, "newsgraph: note " + p, false))
                    .build().run(inputs);
        }
    }

    /** A diagnostic line, through the progress line when there is one. */
    private static void say(Progress progress, PrintWriter err, String message, boolean skipped) {
        if (progress == null) {
            err.println(message);
            err.flush();
        } else if (skipped) {
            progress.skipped(message);
        } else {
            progress.println(message);
        }
    }
}
