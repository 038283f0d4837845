package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.Store;

/**
 * The index page read from the derived lists (the first 100 rows of each, and their number) is the page the queries
 * over the whole store give, on the samples and both evaluation sets.
 */
class IndexListsTest {

    @Test
    void theIndexFromTheListsIsTheIndexFromTheWholeStore(@TempDir Path dir) throws IOException {
        Path samples = dir.resolve("samples.jsonl");
        try (InputStream in = IndexListsTest.class.getResourceAsStream("/samples/articles.jsonl")) {
            Files.copy(in, samples);
        }
        try (Store store = Store.open(dir.resolve("store"))) {
            Pipeline.builder().store(store).threads(2).build()
                    .run(List.of(samples, Path.of("eval", "articles.jsonl"), Path.of("eval", "holdout", "articles.jsonl")));
            Describer describer = new Describer(store.datasetGraph());
            HtmlPages html = new HtmlPages(Iris.DEFAULT_BASE);
            List<Describer.Entry> all = describer.entities();
            assertTrue(all.size() > 100, "more entities than one page: " + all.size());
            Describer.Index index = describer.index(Iris.DEFAULT);
            assertNotNull(index);
            String expected = html.index(all, describer.articles());
            assertEquals(expected, html.index(index.entries(), index.totals(), index.articles(), index.articleTotal()));
        }
    }

    @Test
    void aStoreWithoutArticlesHasNoLists() {
        try (Store store = Store.inMemory()) {
            assertEquals(null, new Describer(store.datasetGraph()).index(Iris.DEFAULT));
        }
    }
}
