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
import org.newsgraph.pipeline.IngestSummary;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.store.Store;
import org.newsgraph.store.ValidationResult;

/**
 * The Spark job in local[2] on the bundled samples and our own eval articles, with a bad record mid-file and a duplicate id: the
 * N-Quads it writes, bulk-loaded and derived, are the store that {@code ingest} of the same articles builds.
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

    @Test
    void theJobsOutputLoadedIsTheStoreThatIngestBuilds() throws IOException {
        // as ingest reads them
        Path plain = Files.createDirectories(dir.resolve("plain"));
        Path samples = Files.copy(Path.of("src/main/resources/samples/articles.jsonl"), plain.resolve("samples.jsonl"));
        Path eval = Files.copy(Path.of("eval/articles.jsonl"), plain.resolve("eval.jsonl"));
        Path bad = Files.writeString(plain.resolve("bad.jsonl"), GOOD_1 + "\n" + BAD + "\n" + GOOD_2 + "\n" + DUPLICATE + "\n");

        // as the job reads them: gzipped, in a tree of folders
        Path in = Files.createDirectories(dir.resolve("in").resolve("2025"));
        gzip(samples, in.resolve("samples.jsonl.gz"));
        Files.copy(eval, Files.createDirectories(in.resolve("eval")).resolve("articles.jsonl"));
        Files.copy(bad, in.resolve("bad.jsonl"));

        Path out = dir.resolve("out");
        SparkIngest.Summary s = SparkIngest.run(sc, dir.resolve("in").toUri().toString(), out.toUri().toString());
        long good = lines(samples) + lines(eval) + 2;
        assertEquals(good, s.stored(), s.toString());
        assertEquals(2, s.skipped(), s.toString());
        String problem = s.firstProblems().get(0);
        long offset = GOOD_1.length() + 1;
        assertTrue(problem.matches("skipped .*bad\\.jsonl:byte " + offset + ": malformed JSON at column \\d+: .*"), problem);
        String duplicate = s.firstProblems().get(1);
        long dupOffset = offset + BAD.length() + 1 + GOOD_2.length() + 1;
        assertTrue(duplicate.matches("skipped .*bad\\.jsonl:byte " + dupOffset
                + ": duplicate id 'spark-good-1' \\(first at .*bad\\.jsonl:byte 0\\)"), duplicate);
        List<String> reported = readProblems(out.resolve("problems"));
        assertEquals(2, reported.size(), reported.toString());
        assertEquals(java.util.Set.copyOf(s.firstProblems()), java.util.Set.copyOf(reported));

        List<String> expected;
        try (Store ingested = Store.open(dir.resolve("ingested"))) {
            IngestSummary is = Pipeline.ingest(ingested, List.of(samples, eval, bad));
            assertEquals(good, is.stored(), is.describe());
            assertEquals(2, is.skipped(), is.describe());
            expected = sortedNQuads(ingested);
        }
        List<Path> parts;
        try (Stream<Path> files = Files.list(out.resolve("articles"))) {
            parts = files.filter(f -> f.getFileName().toString().startsWith("part-")).sorted().toList();
        }
        assertFalse(parts.isEmpty());
        try (Store loaded = Store.open(dir.resolve("loaded"))) {
            loaded.load(parts, Store.Loader.PARALLEL);
            loaded.derive();
            assertEquals(expected, sortedNQuads(loaded));
            ValidationResult v = loaded.validate();
            assertTrue(v.conforms(), String.join("\n", v.violations()));
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
