package org.newsgraph.article;

/** Malformed JSON; the message gives the line and column (1-based) of the fault. */
public class JsonParseException extends RuntimeException {
    private final int line;
    private final int column;

    public JsonParseException(String message, int line, int column) {
        super("line " + line + ", column " + column + ": " + message);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
