package org.newsgraph.extract;

import java.util.Objects;

/**
 * The sentence that states a fact, with its character offsets into the original article text.
 */
public record Evidence(String sentence, int start, int end) {
    public Evidence {
        Objects.requireNonNull(sentence, "sentence");
        if (start < 0 || end < start) throw new IllegalArgumentException("bad evidence span " + start + ".." + end);
    }
}
