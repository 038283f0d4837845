package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.rdf.Fixtures.ADA;
import static org.newsgraph.rdf.Fixtures.PORT_ASTER;
import static org.newsgraph.rdf.Fixtures.TOMAS;
import static org.newsgraph.rdf.Fixtures.article;
import static org.newsgraph.rdf.Fixtures.day;
import static org.newsgraph.rdf.Fixtures.met;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.resolve.ArticleFacts;

/** Ingest writes batches without deriving; the store is consistent again at the end, or when next opened after a crash. */
class DeferredDerivationTest {
    private static final List<ArticleFacts> ARTICLES = List.of(
            article("d1", "2025-05-13", met(List.of(ADA, TOMAS), PORT_ASTER, day("2025-05-12"))),
            article("d2", "2025-05-14", met(List.of(ADA, TOMAS), null, day("2025-05-12"))));

    private static DatasetGraph copy(Store s) {
        DatasetGraph out = DatasetGraphFactory.createTxnMem();
        Txn.executeRead(s.datasetGraph(), () -> s.datasetGraph().find().forEachRemaining(out::add));
        return out;
    }

    @Test
    void aStoreLeftStaleByAnInterruptedIngestIsDerivedWhenOpened(@TempDir Path dir) {
        DatasetGraph expected;
        try (Store direct = Store.open(dir.resolve("direct"))) {
            direct.putArticles(ARTICLES);
            expected = copy(direct);
        }
        try (Store s = Store.open(dir.resolve("deferred"))) {
            s.putArticlesDeferred(ARTICLES.subList(0, 1));
            s.putArticlesDeferred(ARTICLES.subList(1, 2));
            assertFalse(IsoMatcher.isomorphic(expected, copy(s)), "the derived graphs lag behind until derived");
            // the process stops here, before its final derivation
        }
        try (Store reopened = Store.open(dir.resolve("deferred"))) {
            assertTrue(IsoMatcher.isomorphic(expected, copy(reopened)), "opening the store derives what was left stale");
            assertFalse(reopened.deriveIfStale());
        }
    }
}
