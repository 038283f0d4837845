package org.newsgraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.newsgraph.annotate.Annotator;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.article.ReadResult;
import org.newsgraph.clean.Cleaner;
import org.newsgraph.pipeline.Analyzer;
import org.newsgraph.pipeline.GraphSink;
import org.newsgraph.pipeline.IngestSummary;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.resolve.ArticleFacts;
import org.newsgraph.store.Store;

/**
 * The ingest benchmark: a corpus (generated or read) ingested into a fresh TDB2 folder store, with throughput,
 * model load time, peak heap, heap after GC at each quarter of the corpus, and time in analysis and in store writes.
 *
 * <p>Wall time runs from the first article read to the last batch written; it leaves out model loading, corpus
 * generation, token counting and the forced collections at the quarter marks.
 */
public final class IngestBench {

    /**
     * @param corpus      a JSONL file to read instead of generating, or null
     * @param templates   template files besides the bundled samples, used when present
     * @param writeCorpus where to save the generated corpus, or null
     */
    public record Options(int articles, int threads, Path corpus, long seed, int batchSize, List<Path> templates,
                          Path writeCorpus) {
        public Options {
            if (articles < 1) throw new IllegalArgumentException("articles must be at least 1");
            if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
            if (batchSize < 1) throw new IllegalArgumentException("batch size must be at least 1");
            templates = List.copyOf(templates);
        }

        public static Options of(int articles, int threads) {
            return new Options(articles, threads, null, CorpusGenerator.DEFAULT_SEED, Pipeline.DEFAULT_BATCH_SIZE,
                    List.of(Path.of("eval/articles.jsonl")), null);
        }
    }

    /**
     * @param heapAfterGc heap used after a full collection when 25, 50, 75 and 100 % of the articles were stored
     * @param analysisSeconds CPU time of the analysis threads, summed
     * @param writeSeconds    CPU time of the writing thread in {@code Store.putArticles}
     * @param cpuSeconds      CPU time of the whole process during the ingest (includes GC and JIT threads)
     */
    public record Result(String corpus, int articles, long tokens, int threads, double wallSeconds,
                         long modelLoadMillis, long peakHeapBytes, long maxHeapBytes, List<Long> heapAfterGc,
                         double analysisSeconds, double writeSeconds, double cpuSeconds, long triples) {
        public Result {
            Objects.requireNonNull(corpus, "corpus");
            heapAfterGc = List.copyOf(heapAfterGc);
        }

        public double tokensPerSecond() {
            return tokens / wallSeconds;
        }

        public double tokensPerSecondPerCore() {
            return tokensPerSecond() / threads;
        }

        /** Tokens per CPU-second of the whole process: the per-core figure that a busy machine does not skew. */
        public double tokensPerCpuSecond() {
            return tokens / cpuSeconds;
        }

        /** A table for people, one figure a line. */
        public String table() {
            StringBuilder sb = new StringBuilder();
            row(sb, "corpus", corpus);
            row(sb, "articles", Integer.toString(articles));
            row(sb, "tokens", Long.toString(tokens));
            row(sb, "triples in store", Long.toString(triples));
            row(sb, "threads", Integer.toString(threads));
            row(sb, "wall seconds", fmt("%.2f", wallSeconds));
            row(sb, "tokens/s", fmt("%.0f", tokensPerSecond()));
            row(sb, "tokens/s/core", fmt("%.0f", tokensPerSecondPerCore()));
            row(sb, "process CPU seconds", fmt("%.2f", cpuSeconds));
            row(sb, "tokens/CPU-second", fmt("%.0f", tokensPerCpuSecond()));
            row(sb, "model load ms", Long.toString(modelLoadMillis));
            row(sb, "max heap (-Xmx) MB", mb(maxHeapBytes));
            row(sb, "peak heap used MB", mb(peakHeapBytes));
            String[] q = {"25%", "50%", "75%", "100%"};
            for (int i = 0; i < heapAfterGc.size(); i++) row(sb, "heap after GC at " + q[i] + " MB", mb(heapAfterGc.get(i)));
            double total = analysisSeconds + writeSeconds;
            row(sb, "analysis CPU seconds", fmt("%.2f (%.0f%%)", analysisSeconds, 100 * analysisSeconds / total));
            row(sb, "store write CPU seconds", fmt("%.2f (%.0f%%)", writeSeconds, 100 * writeSeconds / total));
            return sb.toString();
        }

        private static void row(StringBuilder sb, String name, String value) {
            sb.append(String.format(Locale.ROOT, "%-28s %s%n", name, value));
        }

        private static String fmt(String f, Object... args) {
            return String.format(Locale.ROOT, f, args);
        }

        private static String mb(long bytes) {
            return fmt("%.0f", bytes / (1024.0 * 1024.0));
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private IngestBench() {
    }

    static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    public static Result run(Options o) {
        long t0 = System.nanoTime();
        Analyzer analyzer = Analyzer.load();
        long loadMillis = (System.nanoTime() - t0) / 1_000_000;

        List<Article> articles;
        String corpus;
        if (o.corpus() != null) {
            articles = ArticleReader.create().readAll(List.of(o.corpus())).stream()
                    .filter(ReadResult::isOk).map(ReadResult::article).limit(o.articles()).toList();
            corpus = o.corpus().toString();
        } else {
            List<Article> templates = CorpusGenerator.templateArticles(o.templates());
            articles = CorpusGenerator.of(templates, a -> analyzer.analyze(a).mentions(), o.seed()).generate(o.articles());
            corpus = "generated from " + templates.size() + " templates, seed " + o.seed();
            if (o.writeCorpus() != null) CorpusGenerator.writeJsonl(articles, o.writeCorpus());
        }
        long tokens = countTokens(articles, o.threads());

        Path dir = tempDir();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        fullGc();
        HeapWatch watch = new HeapWatch(memory);
        watch.start();
        AtomicLong analysisNanos = new AtomicLong();
        long cpu0 = processCpuNanos();
        Sink sink;
        IngestSummary summary;
        try (Store store = Store.open(dir)) {
            sink = new Sink(GraphSink.of(store), articles.size(), memory);
            summary = Pipeline.builder().sink(sink).threads(o.threads()).batchSize(o.batchSize())
                    .analysis(a -> {
                        long s = THREADS.getCurrentThreadCpuTime();
                        try {
                            return analyzer.analyze(a);
                        } finally {
                            analysisNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - s);
                        }
                    })
                    .build().run(articles.stream().map(ReadResult::ok));
        } finally {
            watch.stop();
            deleteTree(dir);
        }
        double cpu = (processCpuNanos() - cpu0 - sink.gcCpuNanos) / 1e9;
        double wall = summary.seconds() - sink.gcNanos / 1e9;
        return new Result(corpus, summary.stored(), tokens, o.threads(), wall, loadMillis, watch.peak(),
                Runtime.getRuntime().maxMemory(), sink.heapAfterGc, analysisNanos.get() / 1e9, sink.writeNanos / 1e9,
                cpu, summary.triples());
    }

    /** Tokens as the annotator finds them in the cleaned text. */
    static long countTokens(List<Article> articles, int threads) {
        Annotator annotator = Annotator.load();
        Cleaner cleaner = Cleaner.create();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> counts = new ArrayList<>();
            for (Article a : articles) counts.add(pool.submit(() -> annotator.countTokens(cleaner.clean(a).text())));
            long total = 0;
            for (Future<Integer> f : counts) total += f.get();
            return total;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("token count failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Times the writes and takes heap-after-GC readings as the corpus quarters are stored. */
    private static final class Sink implements GraphSink {
        private final GraphSink inner;
        private final int total;
        private final MemoryMXBean memory;
        private final List<Long> heapAfterGc = new ArrayList<>();
        private int stored;
        private long writeNanos;
        private long gcNanos;
        private long gcCpuNanos;

        Sink(GraphSink inner, int total, MemoryMXBean memory) {
            this.inner = inner;
            this.total = total;
            this.memory = memory;
        }

        @Override
        public void putArticles(List<ArticleFacts> articles) {
            long s = THREADS.getCurrentThreadCpuTime();
            inner.putArticles(articles);
            writeNanos += THREADS.getCurrentThreadCpuTime() - s;
            stored += articles.size();
            while (heapAfterGc.size() < 4 && stored * 4L >= (long) total * (heapAfterGc.size() + 1)) {
                long g = System.nanoTime();
                long c = processCpuNanos();
                fullGc();
                heapAfterGc.add(memory.getHeapMemoryUsage().getUsed());
                gcNanos += System.nanoTime() - g;
                gcCpuNanos += processCpuNanos() - c;
            }
        }

        @Override
        public long size() {
            return inner.size();
        }
    }

    /** Polls heap use; pool peaks alone would add up peaks reached at different times. */
    private static final class HeapWatch implements Runnable {
        private final MemoryMXBean memory;
        private final Thread thread;
        private volatile boolean running = true;
        private volatile long peak;

        HeapWatch(MemoryMXBean memory) {
            this.memory = memory;
            this.thread = new Thread(this, "heap-watch");
            thread.setDaemon(true);
        }

        void start() {
            for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
                if (p.getType() == MemoryType.HEAP) p.resetPeakUsage();
            }
            thread.start();
        }

        @Override
        public void run() {
            while (running) {
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void stop() {
            running = false;
            thread.interrupt();
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
        }

        long peak() {
            return peak;
        }
    }

    private static void fullGc() {
        System.gc();
        System.gc();
    }

    static Path tempDir() {
        try {
            return Files.createTempDirectory("newsgraph-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // best effort: a temp folder
                }
            });
        } catch (IOException e) {
            // best effort
        }
    }
}
