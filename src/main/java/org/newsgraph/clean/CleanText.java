package org.newsgraph.clean;

import java.util.Objects;

/**
 * Article text with page furniture removed, plus the map back to the original text.
 * {@code toOriginal[i]} is the offset in the original text of character {@code i} of {@code text};
 * the array has one extra entry for the end offset.
 */
public record CleanText(String text, int[] toOriginal) {

    public CleanText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(toOriginal, "toOriginal");
        if (toOriginal.length != text.length() + 1)
            throw new IllegalArgumentException("offset map has " + toOriginal.length + " entries for " + text.length() + " characters");
    }

    /** Text that needed no cleaning: the identity map. */
    public static CleanText identity(String text) {
        int[] map = new int[text.length() + 1];
        for (int i = 0; i < map.length; i++) map[i] = i;
        return new CleanText(text, map);
    }

    /** Original offset of a start position in the clean text. */
    public int originalStart(int cleanStart) {
        return toOriginal[cleanStart];
    }

    /** Original offset of an end position (exclusive) in the clean text. */
    public int originalEnd(int cleanEnd) {
        return cleanEnd == 0 ? toOriginal[0] : toOriginal[cleanEnd - 1] + 1;
    }
}
