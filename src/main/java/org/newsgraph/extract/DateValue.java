package org.newsgraph.extract;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A calendar date at the precision the text gives, and how it was derived.
 *
 * @param lexical    "2025-07-10", "2025-07" or "2025", matching {@code precision}
 * @param precision  day, month or year
 * @param expression the words of the text it comes from ("Thursday", "in February")
 * @param anchor     the date it was resolved against (publication date, dateline, header line, URL or embedded post;
 *                   see {@code date.Anchors}), lexical, or null when absolute
 * @param rule       short name of the rule that resolved it, e.g. "weekday-past", "month-day", "explicit"
 */
public record DateValue(String lexical, Precision precision, String expression, String anchor, String rule) {
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    public DateValue {
        Objects.requireNonNull(lexical, "lexical");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(expression, "expression");
        Pattern p = switch (precision) {
            case DAY -> DAY;
            case MONTH -> MONTH;
            case YEAR -> YEAR;
        };
        if (!p.matcher(lexical).matches())
            throw new IllegalArgumentException("date '" + lexical + "' does not have precision " + precision);
    }
}
