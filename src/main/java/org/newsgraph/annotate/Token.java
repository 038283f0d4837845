package org.newsgraph.annotate;

/** A token: offsets into the annotated (clean) text, its text and its UD part-of-speech tag. */
public record Token(int start, int end, String text, String pos) {
    public Token {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad token span " + start + ".." + end);
    }
}
