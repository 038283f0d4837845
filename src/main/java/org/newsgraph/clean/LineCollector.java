package org.newsgraph.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Accumulates characters with their original offsets into lines, collapsing whitespace runs to one
 * space (mapped to the first whitespace character of the run) and trimming each line.
 */
final class LineCollector {
    private char[] buf = new char[256];
    private int[] offs = new int[256];
    private int len;
    private boolean pendingSpace;
    private int pendingOff;
    private int lastEnd;
    private byte kind;
    private int article = -1;
    private int main = -1;
    private final List<Line> lines = new ArrayList<>();

    /** Adds one character whose source spans {@code [off, end)}. */
    void add(char c, int off, int end) {
        if (isSpace(c)) {
            if (!pendingSpace) {
                pendingSpace = true;
                pendingOff = off;
            }
            return;
        }
        if (isInvisible(c)) return;
        if (pendingSpace) {
            pendingSpace = false;
            if (len > 0) push(' ', pendingOff);
        }
        push(c, off);
        lastEnd = end;
    }

    /** Whether the current line has no visible character yet. */
    boolean empty() {
        return len == 0;
    }

    /** Sets the block attributes of the current line; only the values at its first character count. */
    void context(byte kind, int article, int main) {
        if (len == 0) {
            this.kind = kind;
            this.article = article;
            this.main = main;
        }
    }

    /** Ends the current line (if it has content); the break maps to {@code off}. */
    void breakLine(int off) {
        pendingSpace = false;
        if (len == 0) return;
        lines.add(new Line(new String(buf, 0, len), Arrays.copyOf(offs, len), off, lastEnd, kind, article, main));
        len = 0;
    }

    List<Line> finish(int off) {
        breakLine(off);
        return lines;
    }

    private void push(char c, int off) {
        if (len == buf.length) {
            buf = Arrays.copyOf(buf, len * 2);
            offs = Arrays.copyOf(offs, len * 2);
        }
        buf[len] = c;
        offs[len++] = off;
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B'
                || c == '\u00A0' || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F'
                || c == '\u3000' || c == '\u1680' || c == '\u2028' || c == '\u2029' || c == '\u0085';
    }

    /** Zero-width and formatting characters that carry no text. */
    static boolean isInvisible(char c) {
        return (c >= '\u200B' && c <= '\u200F') || c == '\u00AD' || c == '\uFEFF' || c == '\u2060'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                || (c < ' ' && c != '\t' && c != '\n' && c != '\r') || c == '\u007F';
    }
}
