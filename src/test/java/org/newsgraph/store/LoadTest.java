package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.newsgraph.pipeline.IngestSummary;
import org.newsgraph.pipeline.Pipeline;

/** {@code load}: ingest of the samples and our eval articles, exported as N-Quads and bulk-loaded into a fresh store, gives the same dataset. */
class LoadTest {

    @TempDir
    static Path dir;
    static Path exported;
    static List<String> expected;

    @BeforeAll
    static void ingestAndExport() throws IOException {
        try (Store store = Store.open(dir.resolve("ingested"))) {
            IngestSummary s = Pipeline.ingest(store, List.of(Path.of("src/main/resources/samples/articles.jsonl"),
                    Path.of("eval/articles.jsonl")));
            assertFalse(s.hasProblems(), s.describe());
            exported = dir.resolve("samples.nq");
            try (OutputStream out = Files.newOutputStream(exported)) {
                store.export(Store.ExportFormat.NQUADS, out);
            }
            expected = sortedNQuads(store);
        }
        assertTrue(expected.size() > 100, "the samples give a real graph: " + expected.size());
    }


    static List<String> sortedNQuads(Store store) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.export(Store.ExportFormat.NQUADS, out);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        Arrays.sort(lines);
        return List.of(lines);
    }

    @ParameterizedTest
    @EnumSource(Store.Loader.class)
    void aFreshStoreLoadedFromTheExportEqualsTheIngestedOne(Store.Loader loader) throws IOException {
        try (Store ingested = Store.open(dir.resolve("ingested"));
             Store loaded = Store.open(dir.resolve("loaded-" + loader))) {
            Store.LoadResult r = loaded.load(List.of(exported), loader);
            assertEquals(expected.size(), r.quads());
            assertEquals(0, r.graphsReplaced());
            assertEquals(expected, sortedNQuads(loaded));
            DatasetGraph a = ingested.datasetGraph();
            DatasetGraph b = loaded.datasetGraph();
            assertTrue(Txn.calculateRead(a, () -> Txn.calculateRead(b, () -> IsoMatcher.isomorphic(a, b))));
            ValidationResult v = loaded.validate();
            assertTrue(v.conforms(), String.join("\n", v.violations()));
            assertEquals(ingested.articleIds(), loaded.articleIds());
        }
    }

    @Test
    void gzipIsToldByItsBytesAndGraphsInTheInputReplaceTheStoresGraphs() throws IOException {
        // the export in two gzipped halves, one under a name that does not say gzip (as Spark's part files may)
        List<String> lines = Files.readAllLines(exported);
        Path first = dir.resolve("part-00000");
        Path second = dir.resolve("part-00001.nq.gz");
        gzip(first, lines.subList(0, lines.size() / 2));
        gzip(second, lines.subList(lines.size() / 2, lines.size()));

        String graph = lines.stream().filter(l -> l.contains("/graph/")).findFirst().orElseThrow();
        String g = graph.substring(graph.lastIndexOf('<'), graph.lastIndexOf('>') + 1);
        String extra = "<urn:x:s> <urn:x:p> \"left over from an older version\" " + g + " .";
        Path old = dir.resolve("old.nq");
        Files.writeString(old, extra + "\n");

        try (Store store = Store.open(dir.resolve("updated"))) {
            store.load(List.of(old), Store.Loader.PHASED);
            Store.LoadResult r = store.load(List.of(first, second), Store.Loader.PARALLEL);
            assertEquals(1, r.graphsReplaced(), "the article's graph was replaced as a whole");
            assertEquals(expected, sortedNQuads(store));
            // loading the same again changes nothing
            store.load(List.of(exported), Store.Loader.PARALLEL);
            assertEquals(expected, sortedNQuads(store));
        }
    }

    @Test
    void badInputIsAStoreExceptionNamingTheFile() throws IOException {
        Path bad = dir.resolve("bad.nq");
        Files.writeString(bad, "<urn:x:s> <urn:x:p> \"unterminated .\n");
        try (Store store = Store.open(dir.resolve("bad"))) {
            StoreException e = assertThrows(StoreException.class, () -> store.load(List.of(bad), Store.Loader.PHASED));
            assertTrue(e.getMessage().startsWith("cannot load"), e.getMessage());
            StoreException missing = assertThrows(StoreException.class,
                    () -> store.load(List.of(dir.resolve("none.nq")), Store.Loader.PHASED));
            assertTrue(missing.getMessage().contains("none.nq"), missing.getMessage());
        }
    }

    static void gzip(Path file, List<String> lines) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }
}
