package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.store.Store;

class PipelineTest {

    @TempDir
    static Path dir;

    private static Path input(int articles, boolean withBadLine) throws IOException {
        Path f = dir.resolve("in-" + articles + "-" + withBadLine + ".jsonl");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < articles; i++) {
            if (withBadLine && i == articles / 2) sb.append("{\"id\": \"broken\", \"text\": \n");
            sb.append("{\"id\": \"art-").append(i).append("\", \"title\": \"Visit ").append(i)
                    .append("\", \"published\": \"2024-05-").append(String.format("%02d", 1 + i % 28))
                    .append("\", \"text\": \"Envoy Mara Quint met minister Olek Varga in Vilnius on day ")
                    .append(i).append(".\"}\n");
        }
        Files.writeString(f, sb);
        return f;
    }

    private static String nquads(Store s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        s.export(Store.ExportFormat.NQUADS, out);
        return out.toString(StandardCharsets.UTF_8).lines().sorted().reduce("", (a, b) -> a + b + "\n");
    }

    @Test
    void theStoreIsTheSameWhateverTheThreadCountAndBatchSize() throws IOException {
        Path in = input(40, false);
        String reference = null;
        for (int[] tb : new int[][] {{1, 64}, {4, 3}, {2, 1}, {8, 7}}) {
            try (Store s = Store.inMemory()) {
                IngestSummary sum = Pipeline.builder().store(s).threads(tb[0]).batchSize(tb[1]).build().run(List.of(in));
                assertEquals(40, sum.stored());
                assertEquals(0, sum.skipped());
                assertEquals(s.size(), sum.triples());
                assertEquals(40, s.articleIds().size());
                String q = nquads(s);
                if (reference == null) reference = q;
                else assertEquals(reference, q, "threads " + tb[0] + ", batch " + tb[1]);
            }
        }
        assertTrue(reference.contains("art-39"));
    }

    @ParameterizedTest(name = "threads {0}")
    @CsvSource({"1", "3"})
    void aBadLineAndAFailedAnalysisAreSkippedAndTheOthersStored(int threads) throws IOException {
        Path in = input(10, true);
        try (Store s = Store.inMemory()) {
            org.newsgraph.pipeline.Analyzer analyzer = Analyzer.load();
            IngestSummary sum = Pipeline.builder().store(s).threads(threads).batchSize(4)
                    .analysis(a -> {
                        if (a.id().equals("art-7")) throw new IllegalStateException("tagger broke");
                        return analyzer.analyze(a);
                    })
                    .build().run(List.of(in));

            assertEquals(9, sum.stored());
            assertEquals(2, sum.skipped());
            assertEquals(in + ":6", sum.problems().get(0).origin());
            assertTrue(sum.problems().get(0).message().startsWith("malformed JSON"));
            assertEquals(in + ":9", sum.problems().get(1).origin());
            assertEquals("article 'art-7': analysis failed: tagger broke", sum.problems().get(1).message());
            assertEquals(9, s.articleIds().size());
            assertTrue(!s.articleIds().contains("art-7"));
        }
    }

    @Test
    void reIngestReplacesArticlesAndLeavesTheStoreUnchanged() throws IOException {
        Path in = input(5, false);
        try (Store s = Store.inMemory()) {
            IngestSummary first = Pipeline.builder().store(s).threads(2).build().run(List.of(in));
            String before = nquads(s);
            IngestSummary second = Pipeline.builder().store(s).threads(2).build().run(List.of(in));
            assertEquals(first.triples(), second.triples());
            assertEquals(before, nquads(s));
        }
    }

    @Test
    void onProblemSeesEachProblemAsItComes() throws IOException {
        Path in = input(3, true);
        List<String> seen = new java.util.ArrayList<>();
        try (Store s = Store.inMemory()) {
            IngestSummary sum = Pipeline.builder().store(s).onProblem(p -> seen.add(p.toString())).build().run(List.of(in));
            assertEquals(List.of(sum.problems().get(0).toString()), seen);
            assertTrue(sum.describe().matches("3 articles stored, 1 skipped, \\d+ triples in store, \\d+\\.\\d s"), sum.describe());
        }
    }
}
