package org.newsgraph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.newsgraph.annotate.Annotator;
import org.newsgraph.article.Article;
import org.newsgraph.article.Limits;
import org.newsgraph.article.ReadResult;
import org.newsgraph.pipeline.Analyzer;
import org.newsgraph.pipeline.IngestSummary;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.store.Store;

/**
 * Time and output against an article's size: one article of ordinary prose at each size (the generated corpus of
 * {@code bench ingest}, its articles' texts joined into paragraphs), ingested alone into an in-memory TDB2 store,
 * with every limit lifted (how the analysis itself scales) and with the default limits; then the hostile inputs
 * of issue 9 (a 200 KB sentence without punctuation, a name repeated 50,000 times) with the default limits.
 */
public final class ScaleBench {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /**
     * @param cpuSeconds  CPU time of the analysis (the analyzing thread)
     * @param wallSeconds the whole ingest: analysis, store write, derivation
     * @param outcome     "stored", "stored, truncated" or "skipped", with the note or the problem
     */
    public record Row(String input, int chars, long tokens, String limits, double wallSeconds, double cpuSeconds,
                      long triples, String outcome) {
    }

    private ScaleBench() {
    }

    /** Ordinary prose of about {@code chars} characters from the generated corpus (whole paragraphs). */
    static String prose(List<Article> corpus, int chars) {
        StringBuilder b = new StringBuilder(chars + 10_000);
        while (b.length() < chars) {
            for (Article a : corpus) {
                if (b.length() >= chars) break;
                if (b.length() > 0) b.append("\n\n");
                b.append(a.text());
            }
        }
        int cut = b.lastIndexOf("\n\n", chars);
        return b.substring(0, cut > chars / 2 ? cut : Math.min(chars, b.length()));
    }

    public static List<Row> run(int[] sizes, long seed, List<Path> templates, boolean hostile) {
        Analyzer analyzer = Analyzer.load(Limits.NONE);
        Annotator annotator = Annotator.load();
        List<Article> templateArticles = CorpusGenerator.templateArticles(templates);
        int max = 0;
        for (int s : sizes) max = Math.max(max, s);
        // enough generated articles for the largest size (about 3,000 characters each)
        List<Article> corpus = CorpusGenerator.of(templateArticles, a -> analyzer.analyze(a).mentions(), seed)
                .generate(Math.min(4_000, Math.max(40, max / 3_000 + 1)));
        // warm-up: class loading and JIT are not charged to the first size
        measure(analyzer, annotator, article("warm-up", prose(corpus, 100_000)), Limits.DEFAULT, "warm-up");
        List<Row> rows = new ArrayList<>();
        for (int size : sizes) {
            Article a = article("prose-" + size, prose(corpus, size));
            rows.add(measure(analyzer, annotator, a, Limits.NONE, "none"));
            rows.add(measure(analyzer, annotator, a, Limits.DEFAULT, "default"));
        }
        if (hostile) {
            rows.add(measure(analyzer, annotator, article("long-sentence", HostileInputs.longSentence(200_000, seed)),
                    Limits.DEFAULT, "default"));
            rows.add(measure(analyzer, annotator, article("repeated-name", HostileInputs.repeatedName("Ruiz", 50_000)),
                    Limits.DEFAULT, "default"));
        }
        return rows;
    }

    private static Article article(String id, String text) {
        return new Article(id, null, null, "2026-03-02", null, text, false, "generated:" + id);
    }

    private static Row measure(Analyzer analyzer, Annotator annotator, Article a, Limits limits, String limitsName) {
        long tokens = limits == Limits.NONE || a.text().length() <= 1_000_000 && !a.id().equals("long-sentence")
                && !a.id().equals("repeated-name") ? annotator.countTokens(a.text()) : -1;
        AtomicLong cpu = new AtomicLong();
        List<String> notes = new ArrayList<>();
        IngestSummary s;
        System.gc();
        try (Store store = Store.inMemory()) {
            s = Pipeline.builder().store(store).threads(1).limits(limits)
                    .analysis((article, budget) -> {
                        long t = THREADS.getCurrentThreadCpuTime();
                        try {
                            return analyzer.analyze(article, budget);
                        } finally {
                            cpu.addAndGet(THREADS.getCurrentThreadCpuTime() - t);
                        }
                    })
                    .onNote(p -> notes.add(p.message()))
                    .onProblem(p -> notes.add(p.message()))
                    .build().run(Stream.of(ReadResult.ok(a)));
        }
        String outcome = (s.stored() == 1 ? (s.truncated().isEmpty() ? "stored" : "stored, truncated") : "skipped")
                + (notes.isEmpty() ? "" : ": " + String.join("; ", notes).replace("article '" + a.id() + "'", "").replaceFirst("^[: ]+", ""));
        return new Row(a.id(), a.text().length(), tokens, limitsName, s.seconds(), cpu.get() / 1e9, s.triples(), outcome);
    }

    /** A Markdown table of the rows. */
    public static String table(List<Row> rows) {
        StringBuilder b = new StringBuilder();
        b.append("| input | characters | tokens | limits | wall s | analysis CPU s | µs CPU per character | triples | triples per KB | outcome |\n");
        b.append("|---|---:|---:|---|---:|---:|---:|---:|---:|---|\n");
        for (Row r : rows) {
            b.append(String.format(Locale.ROOT, "| %s | %,d | %s | %s | %.1f | %.1f | %.2f | %,d | %.1f | %s |\n",
                    r.input(), r.chars(), r.tokens() < 0 ? "" : String.format(Locale.ROOT, "%,d", r.tokens()), r.limits(),
                    r.wallSeconds(), r.cpuSeconds(), r.cpuSeconds() * 1e6 / r.chars(), r.triples(),
                    r.triples() / (r.chars() / 1000.0), r.outcome()));
        }
        return b.toString();
    }
}
