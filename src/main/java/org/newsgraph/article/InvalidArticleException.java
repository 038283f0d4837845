package org.newsgraph.article;

/** An input article that cannot be used; the message names where it came from. */
public class InvalidArticleException extends RuntimeException {
    private final String origin;

    public InvalidArticleException(String origin, String message) {
        super((origin == null ? "" : origin + ": ") + message);
        this.origin = origin;
    }

    public String origin() {
        return origin;
    }
}
