package org.newsgraph.pipeline;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.article.Budget;
import org.newsgraph.article.Limits;
import org.newsgraph.article.OverBudgetException;
import org.newsgraph.article.Problem;
import org.newsgraph.article.ReadResult;
import org.newsgraph.resolve.ArticleFacts;
import org.newsgraph.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingest: read articles, analyse them in parallel, write them to the store in batches.
 *
 * <p>Articles are written in input order, so the store ends up the same whatever the thread count.
 * Memory stays bounded: at most a window of articles is in flight between the reader and the store.
 * An article that cannot be read or analysed is reported as a {@link Problem} and skipped; the others
 * are still stored.
 *
 * <pre>{@code
 * IngestSummary s = Pipeline.ingest(store, List.of(Path.of("articles.jsonl")));
 * IngestSummary s = Pipeline.builder().sink(GraphSink.of(remote)).threads(4).build().run(inputs);
 * }</pre>
 */
public final class Pipeline {

    private static final Logger log = LoggerFactory.getLogger(Pipeline.class);

    /** Articles per write transaction: larger batches mean fewer TDB2 commits (64 gave half the throughput of 512). */
    public static final int DEFAULT_BATCH_SIZE = 512;

    /** How long the oldest article may keep the others waiting before what was analysed before it is stored. */
    static final long FLUSH_AFTER_MILLIS = 2_000;

    /** Analysis of one article within a budget (the {@link Analyzer}, or a stand-in in tests and tools). */
    @FunctionalInterface
    public interface Analysis {
        ArticleFacts analyze(Article article, Budget budget);
    }

    private final GraphSink sink;
    private final Analysis analysis;
    private final ArticleReader reader;
    private final int threads;
    private final int batchSize;
    private final Limits limits;
    private final Consumer<Problem> onProblem;
    private final Consumer<Problem> onNote;

    private Pipeline(Builder b) {
        this.sink = Objects.requireNonNull(b.sink, "a sink (store) is required");
        this.limits = b.limits;
        this.analysis = b.analysis != null ? b.analysis : Analyzer.load(b.limits)::analyze;
        this.reader = b.reader != null ? b.reader : ArticleReader.create();
        this.threads = b.threads;
        this.batchSize = b.batchSize;
        this.onProblem = b.onProblem;
        this.onNote = b.onNote;
    }

    /** The common case: all processors, default batch size and limits, a freshly loaded analyzer. */
    public static IngestSummary ingest(Store store, List<Path> inputs) {
        return builder().store(store).build().run(inputs);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Reads and ingests the given files and folders. */
    public IngestSummary run(List<Path> inputs) {
        try (Stream<ReadResult> results = reader.read(inputs)) {
            return run(results);
        }
    }

    /**
     * Ingests already-read results (articles and problems), in their order. An article that fails, or goes over
     * its budget, is skipped and reported; it never costs the others: when the oldest article in flight keeps the
     * rest waiting, what was analysed before it is stored first.
     */
    public IngestSummary run(Stream<ReadResult> results) {
        long start = System.nanoTime();
        Run run = new Run();
        int window = Math.max(batchSize, threads * 4);
        AtomicInteger threadNo = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "analyze-" + threadNo.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Task> inFlight = new ArrayDeque<>();
            Iterator<ReadResult> it = results.iterator();
            while (it.hasNext()) {
                ReadResult r = it.next();
                inFlight.add(r.isOk() ? new Task(r.article(), pool) : new Task(r.problem()));
                while (inFlight.size() >= window) run.take(inFlight.poll());
            }
            while (!inFlight.isEmpty()) run.take(inFlight.poll());
            run.flush();
            sink.finish();
        } finally {
            pool.shutdownNow();
        }
        long triples = sink.size();
        double seconds = (System.nanoTime() - start) / 1e9;
        return new IngestSummary(run.stored, run.problems.size(), run.problems, triples, seconds, run.truncated);
    }

    /** An article's facts (with a note on what was cut to keep within its budget, or null), or why it was skipped. */
    private record Outcome(ArticleFacts facts, Problem problem, Problem note, boolean truncated) {
        Outcome(Problem problem) {
            this(null, problem, null, false);
        }
    }

    /** One input in flight: an article being analysed, or a problem met while reading. */
    private final class Task {
        final Article article;
        final Future<Outcome> future;
        volatile long startedNanos;
        volatile boolean started;

        Task(Article article, ExecutorService pool) {
            this.article = article;
            this.future = pool.submit(this::analyze);
        }

        Task(Problem problem) {
            this.article = null;
            this.future = CompletableFuture.completedFuture(new Outcome(problem));
        }

        private Outcome analyze() {
            startedNanos = System.nanoTime();
            started = true;
            Budget budget = Budget.start(limits, Analyzer.describe(article));
            try {
                ArticleFacts facts = analysis.analyze(article, budget);
                Problem note = budget.notes().isEmpty() ? null
                        : new Problem(article.origin(), Analyzer.describe(article) + ": " + String.join("; ", budget.notes()));
                return new Outcome(facts, null, note, budget.truncated());
            } catch (OverBudgetException e) {
                return new Outcome(new Problem(article.origin(), e.getMessage()));
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                log.debug("analysis of {} failed", article.origin(), e);
                String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                return new Outcome(new Problem(article.origin(),
                        Analyzer.describe(article) + ": analysis failed: " + why));
            }
        }
    }

    /** The state of one run, on the ingesting thread. */
    private final class Run {
        final List<Problem> problems = new ArrayList<>();
        final List<Problem> truncated = new ArrayList<>();
        final List<ArticleFacts> batch = new ArrayList<>(batchSize);
        int stored;

        /** Waits for the oldest input in flight and files it: in the batch (written when full), or as a problem. */
        void take(Task t) {
            Outcome o = await(t);
            if (o.problem() != null) {
                problem(o.problem());
                return;
            }
            if (o.note() != null) {
                // a split sentence is only a warning; text left out makes the article count as truncated
                if (o.truncated()) truncated.add(o.note());
                if (onNote != null) onNote.accept(o.note());
                else log.warn("{}", o.note());
            }
            batch.add(o.facts());
            if (batch.size() >= batchSize) flush();
        }

        private void problem(Problem p) {
            problems.add(p);
            if (onProblem != null) onProblem.accept(p);
        }

        private Outcome await(Task t) {
            Future<Outcome> f = t.future;
            try {
                if (!f.isDone()) {
                    try {
                        return f.get(FLUSH_AFTER_MILLIS, TimeUnit.MILLISECONDS);
                    } catch (TimeoutException slow) {
                        flush(); // a slow article keeps the others waiting: store what was analysed before it
                    }
                    if (limits.hasTimeout()) {
                        // a backstop for analysis that does not look at its clock: cancel it and go on
                        long allowed = limits.articleTimeout().toNanos() + limits.articleTimeout().toNanos() / 10
                                + TimeUnit.SECONDS.toNanos(2);
                        while (true) {
                            long left = t.started ? t.startedNanos + allowed - System.nanoTime() : allowed;
                            try {
                                return f.get(Math.max(1, left), TimeUnit.NANOSECONDS);
                            } catch (TimeoutException e) {
                                if (t.started && System.nanoTime() - t.startedNanos >= allowed) break;
                            }
                        }
                        f.cancel(true);
                        String limit = Limits.describe(limits.articleTimeout());
                        return new Outcome(new Problem(t.article.origin(), Analyzer.describe(t.article)
                                + " took more than " + limit + " to analyse (the article time-out)"));
                    }
                }
                return f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IngestException("interrupted", e);
            } catch (CancellationException e) {
                return new Outcome(new Problem(t.article.origin(), Analyzer.describe(t.article)
                        + ": analysis was cancelled"));
            } catch (ExecutionException e) {
                Throwable c = e.getCause();
                String why = c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage();
                return new Outcome(new Problem(t.article.origin(), Analyzer.describe(t.article)
                        + ": analysis failed: " + why));
            }
        }

        /**
         * Writes the batch. When the write fails, the articles are written one by one so that one article the
         * store refuses costs only itself; when none can be written (a single article, before any other was
         * stored), the failure is the store's, and is thrown.
         */
        void flush() {
            if (batch.isEmpty()) return;
            int n = batch.size();
            try {
                sink.putBatch(List.copyOf(batch));
                stored += n;
                log.debug("stored a batch of {} articles", n);
            } catch (RuntimeException e) {
                if (n == 1) {
                    // Nothing stored yet in this run: nothing shows the store can take any article, so it is the store's.
                    if (stored == 0) throw e;
                    storeFailed(batch.get(0), e);
                } else {
                    log.warn("writing a batch of {} articles failed ({}); writing them one by one", n, e.toString());
                    int ok = 0;
                    RuntimeException last = e;
                    for (ArticleFacts f : batch) {
                        try {
                            sink.putBatch(List.of(f));
                            ok++;
                        } catch (RuntimeException one) {
                            last = one;
                            storeFailed(f, one);
                        }
                    }
                    stored += ok;
                    if (ok == 0) throw last;
                }
            } finally {
                batch.clear();
            }
        }

        private void storeFailed(ArticleFacts f, RuntimeException e) {
            if (e instanceof org.newsgraph.store.StoreLockedException) throw e;
            log.debug("storing {} failed", f.article().origin(), e);
            problem(new Problem(f.article().origin(), Analyzer.describe(f.article()) + ": could not be stored: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
        }
    }

    public static final class Builder {
        private GraphSink sink;
        private Analysis analysis;
        private Limits limits = Limits.DEFAULT;
        private Consumer<Problem> onNote;
        private ArticleReader reader;
        private int threads = Runtime.getRuntime().availableProcessors();
        private int batchSize = DEFAULT_BATCH_SIZE;
        private Consumer<Problem> onProblem;

        private Builder() {
        }

        public Builder store(Store store) {
            this.sink = GraphSink.of(store);
            return this;
        }

        public Builder sink(GraphSink sink) {
            this.sink = sink;
            return this;
        }

        /** The analyzer to use (default: {@link Analyzer#load()}). */
        public Builder analyzer(Analyzer analyzer) {
            this.analysis = analyzer::analyze;
            return this;
        }

        /** Any thread-safe article-to-facts function in place of the analyzer (tools and tests); no budget applies. */
        public Builder analysis(Function<Article, ArticleFacts> analysis) {
            Objects.requireNonNull(analysis, "analysis");
            this.analysis = (article, budget) -> analysis.apply(article);
            return this;
        }

        /** As {@link #analysis(Function)}, with the article's budget. */
        public Builder analysis(Analysis analysis) {
            this.analysis = Objects.requireNonNull(analysis, "analysis");
            return this;
        }

        /** What one article may cost (default: {@link Limits#DEFAULT}); {@link Limits#NONE} lifts every cap. */
        public Builder limits(Limits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        public Builder reader(ArticleReader reader) {
            this.reader = reader;
            return this;
        }

        public Builder threads(int threads) {
            if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
            this.threads = threads;
            return this;
        }

        public Builder batchSize(int batchSize) {
            if (batchSize < 1) throw new IllegalArgumentException("batch size must be at least 1");
            this.batchSize = batchSize;
            return this;
        }

        /** Called on the ingesting thread for each problem as it is met (e.g. to print it at once). */
        public Builder onProblem(Consumer<Problem> onProblem) {
            this.onProblem = onProblem;
            return this;
        }

        /** Called on the ingesting thread for each article stored with part of it left out, or with sentences split. */
        public Builder onNote(Consumer<Problem> onNote) {
            this.onNote = onNote;
            return this;
        }

        public Pipeline build() {
            return new Pipeline(this);
        }
    }
}
