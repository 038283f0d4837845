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
 * @param truncated articles stored with part of their text left out to keep within their limits, and what was left out
 */
public record IngestSummary(int stored, int skipped, List<Problem> problems, long triples, double seconds,
                            List<Problem> truncated) {
    public IngestSummary {
        problems = List.copyOf(problems);
        truncated = List.copyOf(truncated);
        if (stored < 0 || skipped < 0) throw new IllegalArgumentException("counts must not be negative");
    }

    public IngestSummary(int stored, int skipped, List<Problem> problems, long triples, double seconds) {
        this(stored, skipped, problems, triples, seconds, List.of());
    }

    /** Whether an article was skipped, or stored with part of it left out. */
    public boolean hasProblems() {
        return !problems.isEmpty() || !truncated.isEmpty();
    }

    /** One line for people: "12 articles stored, 1 skipped, 3456 triples in store, 1.2 s" ("(1 truncated)" when so). */
    public String describe() {
        return String.format(Locale.ROOT, "%d article%s stored%s, %d skipped, %d triples in store, %.1f s",
                stored, stored == 1 ? "" : "s", truncated.isEmpty() ? "" : " (" + truncated.size() + " truncated)",
                skipped, triples, seconds);
    }
}
