package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.pipeline.IngestSummary;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.store.Store;

/** Every canned query parses and answers with rows on the bundled sample articles, ingested by the real pipeline. */
class SampleQueriesTest {
    @TempDir
    static Path dir;
    static Store store;

    @BeforeAll
    static void ingestTheSamples() {
        store = Store.open(dir.resolve("store"));
        IngestSummary s = Pipeline.builder().store(store).threads(2).build().run(List.of(Path.of("src/main/resources/samples")));
        assertEquals(0, s.skipped(), s.problems().toString());
        assertTrue(s.stored() >= 10);
        // the folder's index of samples (index.list) is not an article
        assertTrue(store.articleIds().stream().noneMatch(id -> id.startsWith("index")), store.articleIds().toString());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @org.junit.jupiter.api.Test
    void placesAreFoundByTheNameOfTheirCountryEvenWhenNoArticleNamesIt() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.query(Files.readString(Path.of("queries/meetings-at-place.rq")), java.util.Map.of("place", "Switzerland"),
                Store.ResultFormat.CSV, out);
        List<String> rows = out.toString(StandardCharsets.UTF_8).lines().skip(1).toList();
        assertTrue(rows.size() >= 2 && rows.stream().allMatch(r -> r.startsWith("Geneva,")), rows.toString());
    }

    @TestFactory
    Stream<DynamicTest> everyQueryAnswersOnTheSamples() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("queries"))) {
            files = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        assertTrue(files.size() >= 5);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.query(Files.readString(f), Store.ResultFormat.CSV, out);
            List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
            assertTrue(lines.size() >= 2, f + " gave no rows on the samples: " + lines);
        }));
    }
}
