package org.newsgraph.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
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
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.storage.StorageLevel;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.article.InvalidArticleException;
import org.newsgraph.article.OverBudgetException;
import org.newsgraph.article.WarcArticles;
import org.newsgraph.pipeline.Analyzer;
import org.newsgraph.rdf.FactsMapper;
import org.newsgraph.rdf.Iris;
import org.newsgraph.resolve.ArticleFacts;
import scala.Tuple2;

/**
 * The extraction of {@code ingest} on Apache Spark: JSON Lines in (any Hadoop-compatible path, gzip or not,
 * folders read recursively), each article analysed by the very same {@link Analyzer} (loaded once per executor),
 * its named graph written as N-Quads in gzipped part files under {@code OUTPUT/articles}; a record that is not an
 * article, or whose analysis fails, is counted and reported in {@code OUTPUT/problems}, never fatal.
 * The meeting reports go to a Parquet table ({@code OUTPUT/reports}), and the derived graphs of meetings and entities,
 * computed as Spark stages ({@link SparkDerivation}), beside the articles' ({@code OUTPUT/meetings},
 * {@code OUTPUT/entities}). Load the output with {@code newsgraph load --store DIR OUTPUT}.
 *
 * Of several records with one id, the first in input order (files in path order, then lines) is kept, as
 * {@code ingest} keeps it; the others are reported as duplicates.
 *
 * <p>WARC files ({@code .warc}, {@code .warc.gz}) give their HTML pages as articles ({@link WarcArticles}).
 */
public final class SparkIngest {
    /** Problems printed by {@link #main}; all of them are in {@code OUTPUT/problems}. */
    static final int PROBLEMS_SHOWN = 20;
    static final long MIN_SPLIT_BYTES = 1L << 20;
    static final long MAX_SPLIT_BYTES = 128L << 20;

    private SparkIngest() {
    }

    /**
     * What one run did; {@code analysisSeconds} runs from the start to the articles' graphs and problems written,
     * {@code derivationSeconds} from there to the reports table and the derived graphs written.
     */
    public record Summary(long stored, long skipped, List<String> firstProblems, long reports, long meetings, long entities,
                          double analysisSeconds, double derivationSeconds) {
    }

    /**
     * Usage: {@code SparkIngest INPUT OUTPUT} (spark-submit sets the master; run directly, it is {@code local[*]}).
     * Exit code 0, or 3 when some input was skipped (as {@code ingest}).
     */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: SparkIngest INPUT OUTPUT   (INPUT: JSON Lines and WARC files or folders, comma-separated;"
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
        System.out.printf(Locale.ROOT, "%,d articles stored, %,d skipped, %,d meetings of %,d reports, %,d entities; %.1f s"
                        + " (analysis %.1f s, derivation %.1f s); N-Quads in %s%n",
                s.stored(), s.skipped(), s.meetings(), s.reports(), s.entities(), (System.nanoTime() - start) / 1e9,
                s.analysisSeconds(), s.derivationSeconds(), args[1]);
        System.exit(s.skipped() > 0 ? 3 : 0);
    }

    /** Runs the job in this JVM with Spark's local master ({@code local[N]}), for {@code newsgraph spark-ingest}. */
    public static Summary runLocal(String master, List<String> inputs, String output) {
        SparkConf conf = new SparkConf().setMaster(master).setAppName("newsgraph spark-ingest")
                .set("spark.ui.enabled", "false")
                .set("spark.ui.showConsoleProgress", "false")
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            return run(sc, inputs, output);
        }
    }

    /** Runs the job on an existing context; {@code input} is a comma-separated list of paths. */
    public static Summary run(JavaSparkContext sc, String input, String output) {
        return run(sc, List.of(input.split(",")), output);
    }

    /** Runs the job on an existing context: writes {@code output/articles} and {@code output/problems}. */
    public static Summary run(JavaSparkContext sc, List<String> inputs, String output) {
        long start = System.nanoTime();
        Configuration hadoop = new Configuration(sc.hadoopConfiguration());
        Map<String, Long> sizes = listFiles(hadoop, inputs);
        List<String> files = List.copyOf(sizes.keySet());
        List<String> whole = files.stream().filter(f -> WarcArticles.isWarc(f) || ArticleReader.isWholeFile(f)).toList();
        List<String> jsonl = files.stream().filter(f -> !whole.contains(f)).toList();
        JavaRDD<Outcome> analysed = sc.emptyRDD();
        if (!jsonl.isEmpty()) {
            // a few splits per core even for one large file: Hadoop's default (one per 32 MB block) may leave cores idle
            long plain = jsonl.stream().filter(f -> !f.endsWith(".gz")).mapToLong(sizes::get).sum();
            long split = Math.max(MIN_SPLIT_BYTES, Math.min(MAX_SPLIT_BYTES, plain / (4L * sc.defaultParallelism())));
            hadoop.setLong("mapreduce.input.fileinputformat.split.maxsize", split);
            @SuppressWarnings("unchecked")
            JavaNewHadoopRDD<LongWritable, Text> lines = (JavaNewHadoopRDD<LongWritable, Text>)
                    sc.newAPIHadoopFile(String.join(",", jsonl), TextInputFormat.class, LongWritable.class, Text.class, hadoop);
            analysed = lines.mapPartitionsWithInputSplit(SparkIngest::analyzePartition, false);
        }
        if (!whole.isEmpty()) {
            // a WARC file is read from its start (a news crawl's are large: one task each); a page or text is one article
            JavaRDD<Outcome> pages = sc.binaryFiles(String.join(",", whole), whole.size())
                    .flatMap(f -> analyzeFile(f._1(), f._2()));
            analysed = jsonl.isEmpty() ? pages : analysed.union(pages);
        }
        analysed = analysed.persist(StorageLevel.MEMORY_AND_DISK_SER());
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
            JavaRDD<Outcome> kept = outcomes.filter(Outcome::ok);
            kept.map(o -> o.nquads().stripTrailing()).saveAsTextFile(output + "/articles", GzipCodec.class);
            JavaRDD<Outcome> problems = outcomes.filter(o -> !o.ok());
            problems.map(Outcome::report).coalesce(1).saveAsTextFile(output + "/problems");
            long skipped = problems.count();
            long stored = outcomes.count() - skipped;
            List<String> first = problems.takeOrdered(PROBLEMS_SHOWN, Outcome.INPUT_ORDER).stream().map(Outcome::report).toList();
            double analysis = (System.nanoTime() - start) / 1e9;
            SparkDerivation.Counts derived = SparkDerivation.run(sc, kept.map(Outcome::rows), output, Iris.DEFAULT);
            return new Summary(stored, skipped, first, derived.reports(), derived.meetings(), derived.entities(),
                    analysis, (System.nanoTime() - start) / 1e9 - analysis);
        } finally {
            analysed.unpersist(false);
        }
    }

    /**
     * The files of the inputs, sorted: a file named is read whatever its name (WARC, page or text by the name, else JSON
     * Lines); a folder gives, recursively, its JSON Lines ({@code .jsonl}, {@code .ndjson}), WARC, {@code .txt} and
     * {@code .html} files, compressed or not, as {@code ingest} does, and never Hadoop's hidden ones ({@code _SUCCESS}).
     */
    static Map<String, Long> listFiles(Configuration hadoop, List<String> inputs) {
        Map<String, Long> files = new java.util.TreeMap<>();
        try {
            for (String in : inputs) {
                Path path = new Path(in);
                FileSystem fs = path.getFileSystem(hadoop);
                FileStatus[] matched = fs.globStatus(path);
                if (matched == null || matched.length == 0) throw new IllegalArgumentException("no such file or folder: " + in);
                for (FileStatus st : matched) {
                    if (st.isFile()) {
                        files.put(st.getPath().toString(), st.getLen());
                        continue;
                    }
                    RemoteIterator<LocatedFileStatus> it = fs.listFiles(st.getPath(), true);
                    while (it.hasNext()) {
                        LocatedFileStatus f = it.next();
                        if (!hidden(st.getPath(), f.getPath()) && known(f.getPath().getName())) files.put(f.getPath().toString(), f.getLen());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the input", e);
        }
        return files;
    }

    /** Hadoop's rule: a name starting with _ or . (and what lies in such a folder) is not data. */
    private static boolean hidden(Path root, Path file) {
        for (Path p = file; p != null && !p.equals(root); p = p.getParent()) {
            String n = p.getName();
            if (n.startsWith("_") || n.startsWith(".")) return true;
        }
        return false;
    }

    private static boolean known(String name) {
        String n = name.toLowerCase(Locale.ROOT).replaceFirst("\\.(gz|bz2|deflate|zst|lz4|snappy)$", "");
        return n.endsWith(".jsonl") || n.endsWith(".ndjson") || WarcArticles.isWarc(name) || ArticleReader.isWholeFile(n);
    }

    /** A whole file: a WARC file's pages analysed one by one (its bad records as problems), or one page or text. */
    static Iterator<Outcome> analyzeFile(String file, PortableDataStream data) throws IOException {
        FactsMapper mapper = new FactsMapper();
        List<Outcome> out = new ArrayList<>();
        if (!WarcArticles.isWarc(file)) {
            Outcome o;
            try {
                long size = sizeOf(data);
                if (size > ArticleReader.DEFAULT_MAX_BYTES) {
                    o = Outcome.skipped(file, 0, file + ": file is over the size limit (" + size + " bytes)");
                } else {
                    o = analyze(file, 0, ArticleReader.fromFile(data.toArray(), new Path(file).getName(), file), mapper);
                }
            } catch (InvalidArticleException e) {
                o = Outcome.skipped(file, 0, e.getMessage());
            }
            out.add(o);
            return out.iterator();
        }
        try (InputStream in = data.open(); WarcArticles pages = new WarcArticles(in, file, ArticleReader.DEFAULT_MAX_BYTES)) {
            while (pages.hasNext()) {
                WarcArticles.Entry e = pages.next();
                out.add(e.ok() ? analyze(file, e.offset(), e.article(), mapper) : Outcome.skipped(file, e.offset(), e.problem()));
            }
        }
        return out.iterator();
    }

    private static long sizeOf(PortableDataStream data) throws IOException {
        Path p = new Path(data.getPath());
        return p.getFileSystem(data.getConfiguration()).getFileStatus(p).getLen();
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
        return article == null ? null : analyze(file, offset, article, mapper);
    }

    /** One article: its graph as N-Quads, or a skip with its reason. */
    static Outcome analyze(String file, long offset, Article article, FactsMapper mapper) {
        String what = Outcome.origin(file, offset) + ": " + Analyzer.describe(article);
        try {
            ArticleFacts facts = Analyzers.get().analyze(article);
            return Outcome.stored(file, offset, article.id(), mapper.map(facts));
        } catch (OverBudgetException e) {
            return Outcome.skipped(file, offset, what + " took more than the article time-out: " + e.getMessage());
        } catch (RuntimeException e) {
            return Outcome.skipped(file, offset, what + ": analysis failed: " + e);
        }
    }
}
