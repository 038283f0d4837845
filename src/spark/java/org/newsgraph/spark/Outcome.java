package org.newsgraph.spark;

import java.io.Serializable;

/** What became of one input record: its article's N-Quads, or why it was skipped. */
record Outcome(String origin, String id, String nquads, String problem) implements Serializable {

    static Outcome stored(String origin, String id, String nquads) {
        return new Outcome(origin, id, nquads, null);
    }

    static Outcome skipped(String origin, String problem) {
        return new Outcome(origin, null, null, problem);
    }

    boolean ok() {
        return problem == null;
    }

    /** The report line, as ingest words it: {@code skipped ORIGIN: MESSAGE}. */
    String report() {
        return "skipped " + problem;
    }
}
