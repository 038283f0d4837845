package org.newsgraph.extract.date;

import java.util.Objects;
import org.newsgraph.extract.DateValue;

/**
 * A temporal expression found in a sentence.
 *
 * @param start offset of the first character in the sentence given to the tagger
 * @param end   offset after the last character
 * @param text  the expression as written
 * @param value the single calendar date it denotes, or null when it denotes none (a range, a week, a year inside a
 *              name) or cannot be resolved (no anchor, no previous date)
 * @param rule  the rule that resolved it (equal to {@code value.rule()}), or why it has no value:
 *              "range", "week", "weekend", "vague", "year-in-name", "from-event", "no-anchor", "no-previous", "invalid"
 */
public record DateMention(int start, int end, String text, DateValue value, String rule) {

    public DateMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(rule, "rule");
        if (start < 0 || end <= start)
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        if (end - start != text.length())
            throw new IllegalArgumentException("span " + start + ".." + end + " does not fit '" + text + "'");
        if (value != null && !rule.equals(value.rule()))
            throw new IllegalArgumentException("rule '" + rule + "' differs from value rule '" + value.rule() + "'");
    }

    public boolean resolved() {
        return value != null;
    }
}
