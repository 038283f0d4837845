package org.newsgraph.extract.date;

import java.time.LocalDate;
import org.newsgraph.extract.DateValue;

/**
 * What a sentence's dates are resolved against.
 *
 * @param anchor   publication date, or the dateline date; null when unknown (relative expressions then stay unresolved)
 * @param previous last date resolved earlier in the article, for "a day earlier", "the next day"; may be null
 */
public record DateContext(LocalDate anchor, DateValue previous) {

    public static DateContext of(LocalDate anchor) {
        return new DateContext(anchor, null);
    }

    public static DateContext none() {
        return new DateContext(null, null);
    }

    public DateContext withPrevious(DateValue value) {
        return new DateContext(anchor, value);
    }
}
