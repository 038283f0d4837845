package org.newsgraph.article;

import java.util.ArrayList;
import java.util.List;

/**
 * The budget of one article's analysis: its {@link Limits}, a deadline, and notes on what was cut to stay within
 * them. One per article and thread; not thread-safe.
 */
public final class Budget {
    private final Limits limits;
    private final String article;
    private final long started = System.nanoTime();
    private final long deadline;
    private final List<String> notes = new ArrayList<>();
    private boolean leftOut;
    private long tokens;

    private Budget(Limits limits, String article) {
        this.limits = limits;
        this.article = article;
        this.deadline = limits.hasTimeout() ? started + limits.articleTimeout().toNanos() : Long.MAX_VALUE;
    }

    /** Starts the clock for an article (named in messages, e.g. {@code "article 'x'"}). */
    public static Budget start(Limits limits, String article) {
        return new Budget(limits, article);
    }

    /** No caps and no clock. */
    public static Budget unlimited() {
        return new Budget(Limits.NONE, "text");
    }

    public Limits limits() {
        return limits;
    }

    /**
     * Throws {@link OverBudgetException} when the article's time is up, or when the thread was interrupted (the
     * pipeline gave up on the article). Cheap: call it once per sentence.
     */
    public void check() {
        if (Thread.currentThread().isInterrupted()) throw new OverBudgetException(article + ": analysis was cancelled");
        if (deadline != Long.MAX_VALUE && System.nanoTime() - deadline > 0) {
            throw new OverBudgetException(article + " took more than " + Limits.describe(limits.articleTimeout())
                    + " to analyse (the article time-out)");
        }
    }

    /** Records that something was reshaped to keep within the limits, with nothing left out (a sentence split). */
    public void note(String what) {
        notes.add(what);
    }

    /** Records that part of the article was left out to keep within the limits. */
    public void leftOut(String what) {
        notes.add(what);
        leftOut = true;
    }

    /** Whether part of the article was left out (see {@link #leftOut(String)}). */
    public boolean truncated() {
        return leftOut;
    }

    /** Records the tokens the article's text was cut into (for progress figures). */
    public void tokens(long n) {
        tokens = n;
    }

    /** The tokens recorded by {@link #tokens(long)}, 0 until then. */
    public long tokens() {
        return tokens;
    }

    /** What was cut, in the order it happened; empty when the article was analysed in full. */
    public List<String> notes() {
        return List.copyOf(notes);
    }
}
