package org.newsgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.article.WarcFixtures;
import org.newsgraph.pipeline.IngestSummary;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.store.Store;
import org.newsgraph.store.ValidationResult;

/**
 * The Spark job in local[2] on the bundled samples, both eval sets and a crawl (WARC) written here, with a bad record mid-file,
 * a duplicate id and a broken WARC record: the N-Quads it writes, bulk-loaded and derived, are the store that
 * {@code ingest} of the same articles builds.
 */
class SparkIngestIT {
    @TempDir
    static Path dir;
    static JavaSparkContext sc;

    @BeforeAll
    static void start() {
        SparkConf conf = new SparkConf().setMaster("local[2]").setAppName("SparkIngestIT")
                .set("spark.ui.enabled", "false")
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1");
        sc = new JavaSparkContext(conf);
    }

    @AfterAll
    static void stop() {
        if (sc != null) sc.close();
    }

    static final String GOOD_1 = "{\"id\": \"spark-good-1\", \"published\": \"2025-03-04\","
            + " \"text\": \"Lena Okafor met Raul Ibsen in Porto on Tuesday.\"}";
    static final String BAD = "{\"id\": \"spark-broken\", \"text\": \"unterminated";
    static final String GOOD_2 = "{\"id\": \"spark-good-2\", \"published\": \"2025-03-05\","
            + " \"text\": \"Ada Brook will meet Tomas Verin in Geneva next week.\"}";
    static final String DUPLICATE = "{\"id\": \"spark-good-1\", \"text\": \"Ada Brook met Lena Okafor in Oslo.\"}";

    /** One person in three articles under two spellings: the entities graph identifies them (owl:sameAs). */
    static final List<String> IDENTIFIED = List.of(
            "{\"id\": \"spark-id-1\", \"published\": \"2025-03-04\", \"text\": \"Lena Okafor met Raul Ibsen in Porto on Tuesday.\"}",
            "{\"id\": \"spark-id-2\", \"published\": \"2025-03-06\", \"text\": \"Sergei Vantor met Lena Okafor in Oslo on Wednesday,"
                    + " the ministry said.\"}",
            "{\"id\": \"spark-id-3\", \"published\": \"2025-03-07\", \"text\": \"Sergey Vantor and Okafor met again in Bergen on"
                    + " Thursday, officials said.\"}");

    @Test
    void theJobsOutputLoadedIsTheStoreThatIngestBuilds() throws IOException {
        // as ingest reads them: the samples folder (JSON Lines and a page), both eval sets, the crawl's pages as JSON lines
        Path plain = Files.createDirectories(dir.resolve("plain"));
        Path samples = Path.of("src/main/resources/samples");
        Path eval = Path.of("eval/articles.jsonl");
        Path holdout = Path.of("eval/holdout/articles.jsonl");
        Path bad = Files.writeString(plain.resolve("bad.jsonl"), GOOD_1 + "\n" + BAD + "\n" + GOOD_2 + "\n" + DUPLICATE + "\n");
        Path pages = Files.write(plain.resolve("pages.jsonl"), WarcFixtures.PAGES.stream().map(WarcFixtures.Page::jsonLine).toList());
        Path identified = Files.write(plain.resolve("identified.jsonl"), IDENTIFIED);

        // as the job reads them: gzipped or not, in a tree of folders, the pages in a crawl with a broken record
        Path in = dir.resolve("in");
        Path s = Files.createDirectories(in.resolve("2025").resolve("samples"));
        try (Stream<Path> files = Files.list(samples)) {
            for (Path f : files.toList()) {
                if (f.getFileName().toString().endsWith(".jsonl")) gzip(f, s.resolve(f.getFileName() + ".gz"));
                else Files.copy(f, s.resolve(f.getFileName().toString()));
            }
        }
        Files.copy(eval, Files.createDirectories(in.resolve("eval")).resolve("articles.jsonl"));
        gzip(holdout, Files.createDirectories(in.resolve("holdout")).resolve("articles.jsonl.gz"));
        Files.copy(bad, in.resolve("bad.jsonl"));
        Files.copy(identified, in.resolve("identified.jsonl"));
        Path crawl = Files.createDirectories(in.resolve("crawl")).resolve("CC-NEWS-20250603-00001.warc.gz");
        WarcFixtures.write(crawl, true, WarcFixtures.PAGES, 1);

        Path out = dir.resolve("out");
        SparkIngest.Summary summary = SparkIngest.run(sc, List.of(in.toUri().toString()), out.toUri().toString());
        long good = lines(samples.resolve("articles.jsonl")) + 1 + lines(eval) + lines(holdout) + 2 + WarcFixtures.PAGES.size() + IDENTIFIED.size();
        assertEquals(good, summary.stored(), summary.toString());
        assertEquals(3, summary.skipped(), summary.toString());
        String problem = summary.firstProblems().get(0);
        long offset = GOOD_1.length() + 1;
        assertTrue(problem.matches("skipped .*bad\\.jsonl:byte " + offset + ": malformed JSON at column \\d+: .*"), problem);
        String duplicate = summary.firstProblems().get(1);
        long dupOffset = offset + BAD.length() + 1 + GOOD_2.length() + 1;
        assertTrue(duplicate.matches("skipped .*bad\\.jsonl:byte " + dupOffset
                + ": duplicate id 'spark-good-1' \\(first at .*bad\\.jsonl:byte 0\\)"), duplicate);
        String broken = summary.firstProblems().get(2);
        assertTrue(broken.matches("skipped .*CC-NEWS-20250603-00001\\.warc\\.gz:byte \\d+: unreadable response record: .*"), broken);
        List<String> reported = readProblems(out.resolve("problems"));
        assertEquals(3, reported.size(), reported.toString());
        assertEquals(java.util.Set.copyOf(summary.firstProblems()), java.util.Set.copyOf(reported));

        List<String> expected;
        try (Store ingested = Store.open(dir.resolve("ingested"))) {
            IngestSummary is = Pipeline.ingest(ingested, List.of(samples, eval, holdout, bad, pages, identified));
            assertEquals(good, is.stored(), is.describe());
            assertEquals(2, is.skipped(), is.describe());
            expected = sortedNQuads(ingested);
        }
        assertTrue(expected.stream().anyMatch(q -> q.contains("#sameAsReason>")), "an entity identified across articles");
        assertTrue(expected.stream().anyMatch(q -> q.contains("#mergeReason> \"Merged ")), "a meeting merged across articles");
        // the derived graphs as the job's Spark stages wrote them, beside the articles: loaded as they are
        List<Path> parts = new java.util.ArrayList<>();
        for (String graphs : List.of("articles", "meetings", "entities")) {
            try (Stream<Path> files = Files.list(out.resolve(graphs))) {
                List<Path> found = files.filter(f -> f.getFileName().toString().startsWith("part-")).sorted().toList();
                assertFalse(found.isEmpty(), graphs);
                parts.addAll(found);
            }
        }
        assertTrue(summary.meetings() > 0 && summary.reports() >= summary.meetings() && summary.entities() > 0, summary.toString());
        try (Store loaded = Store.open(dir.resolve("loaded"))) {
            loaded.load(parts, Store.Loader.PARALLEL);
            assertEquals(expected, sortedNQuads(loaded));
            ValidationResult v = loaded.validate();
            assertTrue(v.conforms(), String.join("\n", v.violations()));
        }
        // the reports table holds every report of the stored articles
        long reportsInTable = org.apache.spark.sql.SparkSession.builder().getOrCreate()
                .read().parquet(out.resolve("reports").toUri().toString()).count();
        assertEquals(summary.reports(), reportsInTable);
    }

    @Test
    void inputWithoutOneArticleGivesEmptyGraphsAndItsProblems() throws IOException {
        Path in = Files.createDirectories(dir.resolve("only-bad"));
        Files.writeString(in.resolve("bad.jsonl"), BAD + "\n");
        Path out = dir.resolve("only-bad-out");
        SparkIngest.Summary s = SparkIngest.run(sc, List.of(in.toUri().toString()), out.toUri().toString());
        assertEquals(0, s.stored(), s.toString());
        assertEquals(1, s.skipped(), s.toString());
        assertEquals(0, s.meetings(), s.toString());
        for (String graphs : List.of("articles", "meetings", "entities", "reports")) {
            assertTrue(Files.exists(out.resolve(graphs).resolve("_SUCCESS")), graphs);
        }
    }

    static long lines(Path jsonl) throws IOException {
        return Files.readAllLines(jsonl).stream().filter(l -> !l.isBlank()).count();
    }

    static List<String> readProblems(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith("part-")).sorted().flatMap(f -> {
                try {
                    return Files.readAllLines(f).stream();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    static List<String> sortedNQuads(Store store) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.export(Store.ExportFormat.NQUADS, out);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        Arrays.sort(lines);
        return List.of(lines);
    }

    static void gzip(Path from, Path to) throws IOException {
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(to))) {
            Files.copy(from, o);
        }
    }
}
