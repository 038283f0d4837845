package org.newsgraph.pipeline;

import java.util.List;
import java.util.Locale;
import org.newsgraph.article.Problem;

/**
 * What an ingest did.
 *
 * @param stored   articles written to the store
 * @param skipped  inputs or articles skipped, each with a problem in {@code problems}
 * @param problems why each was skipped, in input order
 * @param triples  triples in the store afterwards
 * @param seconds  wall-clock time
 */
public record IngestSummary(int stored, int skipped, List<Problem> problems, long triples, double seconds) {
    public IngestSummary {
        problems = List.copyOf(problems);
        if (stored < 0 || skipped < 0) throw new IllegalArgumentException("counts must not be negative");
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** One line for people: "12 articles stored, 1 skipped, 3456 triples in store, 1.2 s". */
    public String describe() {
        return String.format(Locale.ROOT, "%d article%s stored, %d skipped, %d triples in store, %.1f s",
                stored, stored == 1 ? "" : "s", skipped, triples, seconds);
    }
}
