package org.newsgraph.store;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.newsgraph.resolve.ArticleFacts;

/**
 * The TDB2 store: one named graph per article, a derived graph of canonical meetings, and a
 * union default graph for queries. Thread-safe; TDB2 allows one process per folder.
 */
public final class Store implements AutoCloseable {

    /** Opens (creating if needed) a store folder; throws StoreLockedException when another process holds it. */
    public static Store open(Path dir) {
        throw new UnsupportedOperationException("not yet");
    }

    /** A store in memory, for tests and tools. */
    public static Store inMemory() {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * Replaces each article's named graph as a whole and re-derives the canonical meetings, in one
     * write transaction: a crash leaves the store as it was before the call.
     */
    public void putArticles(List<ArticleFacts> articles) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Removes one article's graph and re-derives the meetings; false when no such article. */
    public boolean removeArticle(String articleId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Triples in all graphs. */
    public long size() {
        throw new UnsupportedOperationException("not yet");
    }

    /** Runs a SPARQL query over the union default graph and writes the answer in the given format. */
    public void query(String sparql, ResultFormat format, OutputStream out) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Writes the whole store. */
    public void export(ExportFormat format, OutputStream out) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public void close() {
    }

    public enum ResultFormat { TABLE, CSV, TSV, JSON }

    public enum ExportFormat { TURTLE, TRIG, NQUADS, JSONLD }
}
