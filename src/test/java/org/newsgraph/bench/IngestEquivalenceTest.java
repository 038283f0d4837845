package org.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.article.Article;
import org.newsgraph.article.ReadResult;
import org.newsgraph.pipeline.Analyzer;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.rdf.Derivation;
import org.newsgraph.store.Store;

/**
 * The speed work must not change what is stored: the same dataset whatever the threads and batch sizes
 * (batches of one re-derive the meetings after every article, through the incremental write path), and the
 * derived meetings equal a derivation from scratch with the reports query itself.
 */
class IngestEquivalenceTest {

    private static Analyzer analyzer;
    private static List<Article> articles;
    private static String reference;

    @BeforeAll
    static void load() {
        analyzer = Analyzer.load();
        articles = CorpusGenerator.templateArticles(List.of(Path.of("eval/articles.jsonl")));
        assertTrue(articles.size() >= 39, "samples and eval articles expected, got " + articles.size());
        try (Store s = ingest(1, 64)) {
            reference = nquads(s);
        }
    }

    private static Store ingest(int threads, int batch) {
        Store s = Store.inMemory();
        Pipeline.builder().store(s).analyzer(analyzer).threads(threads).batchSize(batch).build()
                .run(articles.stream().map(ReadResult::ok));
        return s;
    }

    /** Sorted N-Quads: the stores have no blank nodes, so equal text means isomorphic datasets. */
    private static String nquads(Store s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        s.export(Store.ExportFormat.NQUADS, out);
        return out.toString(StandardCharsets.UTF_8).lines().sorted().collect(Collectors.joining("\n"));
    }

    @ParameterizedTest
    @CsvSource({"2, 64", "2, 1"})
    void theDatasetIsTheSameWhateverTheThreadsAndBatches(int threads, int batch) {
        try (Store s = ingest(threads, batch)) {
            assertEquals(reference, nquads(s));
        }
        assertFalse(reference.isEmpty());
        assertTrue(reference.contains("Meeting>"), "meetings derived");
    }

    @Test
    void derivedMeetingsEqualADerivationFromTheReportsQuery() {
        try (Store s = ingest(2, 7)) {
            DatasetGraph dsg = s.datasetGraph();
            Txn.executeRead(dsg, () -> {
                Graph byQuery = Derivation.reportsByQuery(dsg);
                assertTrue(byQuery.size() > 100);
                assertTrue(byQuery.isIsomorphicWith(Derivation.reports(dsg)), "reports by index = reports by query");
                Graph expected = Derivation.meetingsGraph(byQuery, s.iris());
                Node g = NodeFactory.createURI(s.iris().meetingsGraph());
                Graph stored = GraphFactory.createDefaultGraph();
                dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> stored.add(q.asTriple()));
                assertTrue(expected.size() > 50);
                assertTrue(stored.isIsomorphicWith(expected), "stored meetings = meetings derived from scratch");
            });
        }
    }
}
