package org.newsgraph.article;

import java.util.Objects;

/**
 * An input (or one article of it) that was skipped, and why.
 *
 * @param origin  where: "file.jsonl:12" or "file.txt"
 * @param message what is wrong, without the origin
 */
public record Problem(String origin, String message) {
    public Problem {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(message, "message");
    }

    /** The problem of an invalid article, without repeating its origin. */
    public static Problem of(InvalidArticleException e) {
        String origin = e.origin() == null ? "input" : e.origin();
        String msg = e.getMessage();
        String prefix = origin + ": ";
        return new Problem(origin, msg.startsWith(prefix) ? msg.substring(prefix.length()) : msg);
    }

    @Override
    public String toString() {
        return origin + ": " + message;
    }
}
