package org.newsgraph.spark;

import java.io.Serializable;
import java.util.Comparator;
import org.newsgraph.rdf.Derivation;
import org.newsgraph.rdf.FactsMapper;

/**
 * What became of one input record (at a byte offset of a file): its article's N-Quads and what the derivation reads
 * from its graph, or why it was skipped.
 */
record Outcome(String file, long offset, String id, String nquads, Derivation.ArticleRows rows, String problem)
        implements Serializable {

    /** Input order, as ingest reads its inputs: files in path order, then lines in file order. */
    static final Comparator<Outcome> INPUT_ORDER = (Comparator<Outcome> & Serializable) (a, b) -> {
        int c = a.file().compareTo(b.file());
        return c != 0 ? c : Long.compare(a.offset(), b.offset());
    };

    static Outcome stored(String file, long offset, String id, FactsMapper.Mapped mapped) {
        return new Outcome(file, offset, id, mapped.nquads(), mapped.rows(), null);
    }

    static Outcome skipped(String file, long offset, String problem) {
        return new Outcome(file, offset, null, null, null, problem);
    }

    static String origin(String file, long offset) {
        return file + ":byte " + offset;
    }

    String origin() {
        return origin(file, offset);
    }

    boolean ok() {
        return problem == null;
    }

    /** The same record skipped as a later copy of an article: ingest keeps the first of an id. */
    Outcome duplicateOf(String firstOrigin) {
        return skipped(file, offset, origin() + ": duplicate id '" + id + "' (first at " + firstOrigin + ")");
    }

    /** Only what the duplicate check needs: the N-Quads stay behind. */
    Outcome key() {
        return new Outcome(file, offset, id, null, null, null);
    }

    /** The report line, as ingest words it: {@code skipped ORIGIN: MESSAGE}. */
    String report() {
        return "skipped " + problem;
    }
}
