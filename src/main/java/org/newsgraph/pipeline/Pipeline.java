package org.newsgraph.pipeline;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleReader;
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

    private final GraphSink sink;
    private final Function<Article, ArticleFacts> analysis;
    private final ArticleReader reader;
    private final int threads;
    private final int batchSize;
    private final Consumer<Problem> onProblem;

    private Pipeline(Builder b) {
        this.sink = Objects.requireNonNull(b.sink, "a sink (store) is required");
        this.analysis = b.analysis != null ? b.analysis : Analyzer.load()::analyze;
        this.reader = b.reader != null ? b.reader : ArticleReader.create();
        this.threads = b.threads;
        this.batchSize = b.batchSize;
        this.onProblem = b.onProblem;
    }

    /** The common case: all processors, default batch size, a freshly loaded analyzer. */
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

    /** Ingests already-read results (articles and problems), in their order. */
    public IngestSummary run(Stream<ReadResult> results) {
        long start = System.nanoTime();
        List<Problem> problems = new ArrayList<>();
        int stored = 0;
        int window = Math.max(batchSize, threads * 4);
        AtomicInteger threadNo = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "analyze-" + threadNo.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<Outcome>> inFlight = new ArrayDeque<>();
            List<ArticleFacts> batch = new ArrayList<>(batchSize);
            Iterator<ReadResult> it = results.iterator();
            while (it.hasNext()) {
                ReadResult r = it.next();
                inFlight.add(r.isOk() ? pool.submit(() -> analyze(r.article()))
                        : CompletableFuture.completedFuture(new Outcome(null, r.problem())));
                while (inFlight.size() >= window) {
                    stored += take(inFlight.poll(), batch, problems);
                }
            }
            while (!inFlight.isEmpty()) {
                stored += take(inFlight.poll(), batch, problems);
            }
            stored += flush(batch);
            sink.finish();
        } finally {
            pool.shutdownNow();
        }
        long triples = sink.size();
        double seconds = (System.nanoTime() - start) / 1e9;
        return new IngestSummary(stored, problems.size(), problems, triples, seconds);
    }

    private record Outcome(ArticleFacts facts, Problem problem) {
    }

    private Outcome analyze(Article a) {
        try {
            return new Outcome(analysis.apply(a), null);
        } catch (RuntimeException | StackOverflowError e) {
            log.debug("analysis of {} failed", a.origin(), e);
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new Outcome(null, new Problem(a.origin(), "analysis failed: " + why));
        }
    }

    /** Waits for the oldest article in flight; returns how many were stored by a batch write it triggered. */
    private int take(Future<Outcome> f, List<ArticleFacts> batch, List<Problem> problems) {
        Outcome o;
        try {
            o = f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IngestException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IngestException("analysis failed: " + e.getCause(), e.getCause());
        }
        if (o.problem() != null) {
            problems.add(o.problem());
            if (onProblem != null) onProblem.accept(o.problem());
            return 0;
        }
        batch.add(o.facts());
        return batch.size() >= batchSize ? flush(batch) : 0;
    }

    private int flush(List<ArticleFacts> batch) {
        if (batch.isEmpty()) return 0;
        int n = batch.size();
        sink.putBatch(List.copyOf(batch));
        log.debug("stored a batch of {} articles", n);
        batch.clear();
        return n;
    }

    public static final class Builder {
        private GraphSink sink;
        private Function<Article, ArticleFacts> analysis;
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

        /** Any thread-safe article-to-facts function in place of the analyzer (tools and tests). */
        public Builder analysis(Function<Article, ArticleFacts> analysis) {
            this.analysis = analysis;
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

        public Pipeline build() {
            return new Pipeline(this);
        }
    }
}
