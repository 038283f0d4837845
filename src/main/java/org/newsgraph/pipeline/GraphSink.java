package org.newsgraph.pipeline;

import java.util.List;
import org.newsgraph.resolve.ArticleFacts;
import org.newsgraph.store.RemoteStore;
import org.newsgraph.store.Store;

/** Where the pipeline writes: a local store or a remote Fuseki dataset. */
public interface GraphSink {

    /** Stores a batch of articles, each replacing its named graph as a whole. */
    void putArticles(List<ArticleFacts> articles);

    /** Triples in all graphs, after the writes. */
    long size();

    /**
     * Stores a batch that more batches will follow: a sink may put off work that depends on all articles
     * (deriving meetings) until {@link #finish()}. By default the same as {@link #putArticles(List)}.
     */
    default void putBatch(List<ArticleFacts> articles) {
        putArticles(articles);
    }

    /** Ends a run of batches. */
    default void finish() {
    }

    static GraphSink of(Store store) {
        return new GraphSink() {
            @Override
            public void putArticles(List<ArticleFacts> articles) {
                store.putArticles(articles);
            }

            @Override
            public void putBatch(List<ArticleFacts> articles) {
                store.putArticlesDeferred(articles);
            }

            @Override
            public void finish() {
                store.deriveIfStale();
            }

            @Override
            public long size() {
                return store.size();
            }
        };
    }

    static GraphSink of(RemoteStore remote) {
        return new GraphSink() {
            @Override
            public void putArticles(List<ArticleFacts> articles) {
                remote.putArticles(articles);
            }

            @Override
            public long size() {
                return remote.size();
            }
        };
    }
}
