package org.newsgraph.extract;

import java.time.LocalDate;
import java.util.List;

/** Finds and resolves the dates in one sentence. */
public interface DateFinder {

    /**
     * @param sentence the sentence text
     * @param anchor   publication date (or dateline), null when unknown: then relative dates stay unresolved
     * @param previous the last date resolved earlier in the article, for "one day earlier"; may be null
     * @param future   whether the sentence speaks of the future (planned meetings)
     */
    List<Found> find(String sentence, LocalDate anchor, DateValue previous, boolean future);

    /** A date expression at [start, end) of the sentence; value null when it is no single calendar date. */
    record Found(int start, int end, DateValue value) {
    }

    DateFinder NONE = (s, a, p, f) -> List.of();
}
