package org.newsgraph.article;

/** The analysis of one article went over its budget ({@link Limits}); the article is skipped. */
public class OverBudgetException extends RuntimeException {
    public OverBudgetException(String message) {
        super(message);
    }
}
