package org.newsgraph.annotate;

/** A sentence: character offsets into the annotated text and its token range [firstToken, endToken). */
public record Sentence(int start, int end, int firstToken, int endToken) {
    public Sentence {
        if (start < 0 || end < start || firstToken < 0 || endToken < firstToken)
            throw new IllegalArgumentException("bad sentence " + start + ".." + end);
    }
}
