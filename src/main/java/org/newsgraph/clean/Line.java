package org.newsgraph.clean;

/**
 * One block of text (paragraph, heading, list item) with whitespace already normalised.
 * {@code map[i]} is the original offset of {@code text.charAt(i)}.
 */
final class Line {
    static final byte TEXT = 0;
    static final byte HEADING = 1;
    static final byte ITEM = 2;

    final String text;
    final int[] map;
    /** Original offset the line break after this line maps to (its terminator, or the tag that ended the block). */
    final int breakOffset;
    /** Original offset just past the source of the last character. */
    final int endOffset;
    final byte kind;
    /** Outermost enclosing article-like element (-1 if none); HTML only. */
    final int article;
    /** Outermost enclosing main element (-1 if none); HTML only. */
    final int main;

    Line(String text, int[] map, int breakOffset, int endOffset, byte kind, int article, int main) {
        this.text = text;
        this.map = map;
        this.breakOffset = breakOffset;
        this.endOffset = endOffset;
        this.kind = kind;
        this.article = article;
        this.main = main;
    }

    @Override
    public String toString() {
        return text;
    }
}
