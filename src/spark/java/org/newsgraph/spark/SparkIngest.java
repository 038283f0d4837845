package org.newsgraph.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.hadoop.mapreduce.InputSplit;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.article.InvalidArticleException;
import org.newsgraph.article.OverBudgetException;
import org.newsgraph.pipeline.Analyzer;
import org.newsgraph.rdf.FactsMapper;
import org.newsgraph.resolve.ArticleFacts;
import scala.Tuple2;

/**
 * The extraction of {@code ingest} on Apache Spark: JSON Lines in (any Hadoop-compatible path, gzip or not,
 * folders read recursively), each article analysed by the very same {@link Analyzer} (loaded once per executor),
 * its named graph written as N-Quads in gzipped part files under {@code OUTPUT/articles}; a record that is not an
 * article, or whose analysis fails, is counted and reported in {@code OUTPUT/problems}, never fatal.
 * Load the output with {@code newsgraph load --derive --store DIR OUTPUT/articles}.
 *
 * Of several records with one id, the first in input order (files in path order, then lines) is kept, as
 * {@code ingest} keeps it; the others are reported as duplicates.
 *
 * <p>Not yet here: WARC input, the merge of reports into meetings as Spark stages.
 */
public final class SparkIngest {
    /** Problems printed by {@link #main}; all of them are in {@code OUTPUT/problems}. */
    static final int PROBLEMS_SHOWN = 20;

    private SparkIngest() {
    }

    /** What one run did. */
    public record Summary(long stored, long skipped, List<String> firstProblems) {
    }

    /**
     * Usage: {@code SparkIngest INPUT OUTPUT} (spark-submit sets the master; run directly, it is {@code local[*]}).
     * Exit code 0, or 3 when some input was skipped (as {@code ingest}).
     */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: SparkIngest INPUT OUTPUT   (INPUT: JSON Lines files or folders, comma-separated;"
                    + " OUTPUT: a folder that does not exist yet)");
            System.exit(2);
        }
        SparkConf conf = new SparkConf().setAppName("newsgraph ingest").setIfMissing("spark.master", "local[*]");
        Summary s;
        long start = System.nanoTime();
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            s = run(sc, args[0], args[1]);
        }
        for (String p : s.firstProblems()) System.err.println(p);
        if (s.skipped() > s.firstProblems().size()) {
            System.err.println("... and " + (s.skipped() - s.firstProblems().size()) + " more in " + args[1] + "/problems");
        }
        System.out.printf(Locale.ROOT, "%,d articles stored, %,d skipped; %.1f s; N-Quads in %s/articles%n",
                s.stored(), s.skipped(), (System.nanoTime() - start) / 1e9, args[1]);
        System.exit(s.skipped() > 0 ? 3 : 0);
    }

    /** Runs the job on an existing context: writes {@code output/articles} and {@code output/problems}. */
    public static Summary run(JavaSparkContext sc, String input, String output) {
        Configuration hadoop = new Configuration(sc.hadoopConfiguration());
        hadoop.setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        @SuppressWarnings("unchecked")
        JavaNewHadoopRDD<LongWritable, Text> lines = (JavaNewHadoopRDD<LongWritable, Text>)
                sc.newAPIHadoopFile(input, TextInputFormat.class, LongWritable.class, Text.class, hadoop);
        JavaRDD<Outcome> analysed = lines.mapPartitionsWithInputSplit(SparkIngest::analyzePartition, false)
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            // ingest keeps the first article of an id and skips the others: only ids and places are shuffled to find them
            Map<String, String> later = analysed.filter(Outcome::ok).map(Outcome::key)
                    .groupBy(Outcome::id).filter(g -> size(g._2()) > 1)
                    .flatMapToPair(g -> laterCopies(g._2()).iterator())
                    .collectAsMap();
            JavaRDD<Outcome> outcomes = analysed;
            if (!later.isEmpty()) {
                Broadcast<Map<String, String>> firsts = sc.broadcast(new HashMap<>(later));
                outcomes = analysed.map(o -> {
                    String first = o.ok() ? firsts.value().get(o.origin()) : null;
                    return first == null ? o : o.duplicateOf(first);
                });
            }
            outcomes.filter(Outcome::ok).map(o -> o.nquads().stripTrailing())
                    .saveAsTextFile(output + "/articles", GzipCodec.class);
            JavaRDD<Outcome> problems = outcomes.filter(o -> !o.ok());
            problems.map(Outcome::report).coalesce(1).saveAsTextFile(output + "/problems");
            long skipped = problems.count();
            long stored = outcomes.count() - skipped;
            List<String> first = problems.takeOrdered(PROBLEMS_SHOWN, Outcome.INPUT_ORDER).stream().map(Outcome::report).toList();
            return new Summary(stored, skipped, first);
        } finally {
            analysed.unpersist(false);
        }
    }

    private static int size(Iterable<Outcome> copies) {
        int n = 0;
        for (Outcome ignored : copies) n++;
        return n;
    }

    /** Each copy of an id after the first in input order, with the first's origin. */
    static List<Tuple2<String, String>> laterCopies(Iterable<Outcome> copies) {
        List<Outcome> all = new ArrayList<>();
        copies.forEach(all::add);
        all.sort(Outcome.INPUT_ORDER);
        List<Tuple2<String, String>> later = new ArrayList<>();
        for (int i = 1; i < all.size(); i++) later.add(new Tuple2<>(all.get(i).origin(), all.get(0).origin()));
        return later;
    }

    /** One partition: its lines as articles, analysed one by one; the analyzer is this executor's. */
    static Iterator<Outcome> analyzePartition(InputSplit split, Iterator<Tuple2<LongWritable, Text>> records) {
        String file = split instanceof FileSplit fs ? fs.getPath().toString() : split.toString();
        FactsMapper mapper = new FactsMapper();
        return new Iterator<>() {
            Outcome next = advance();

            private Outcome advance() {
                while (records.hasNext()) {
                    Tuple2<LongWritable, Text> r = records.next();
                    Outcome o = analyze(file, r._1().get(), r._2(), mapper);
                    if (o != null) return o;
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Outcome next() {
                if (next == null) throw new java.util.NoSuchElementException();
                Outcome o = next;
                next = advance();
                return o;
            }
        };
    }

    /** One line: its article's graph as N-Quads, a skip with its reason, or null for a blank line. */
    static Outcome analyze(String file, long offset, Text line, FactsMapper mapper) {
        String origin = Outcome.origin(file, offset);
        Article article;
        try {
            article = ArticleReader.fromJsonLine(line.getBytes(), line.getLength(), origin, ArticleReader.DEFAULT_MAX_BYTES);
        } catch (InvalidArticleException e) {
            return Outcome.skipped(file, offset, e.getMessage());
        }
        if (article == null) return null;
        String what = origin + ": " + Analyzer.describe(article);
        try {
            ArticleFacts facts = Analyzers.get().analyze(article);
            return Outcome.stored(file, offset, article.id(), mapper.toNQuads(facts));
        } catch (OverBudgetException e) {
            return Outcome.skipped(file, offset, what + " took more than the article time-out: " + e.getMessage());
        } catch (RuntimeException e) {
            return Outcome.skipped(file, offset, what + ": analysis failed: " + e);
        }
    }

}
