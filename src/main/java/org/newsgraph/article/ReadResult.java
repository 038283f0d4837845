package org.newsgraph.article;

/** One item read from the input: an article, or the problem that made it unusable. Exactly one is set. */
public record ReadResult(Article article, Problem problem) {
    public ReadResult {
        if ((article == null) == (problem == null)) {
            throw new IllegalArgumentException("exactly one of article and problem must be given");
        }
    }

    public static ReadResult ok(Article article) {
        return new ReadResult(article, null);
    }

    public static ReadResult skipped(String origin, String message) {
        return new ReadResult(null, new Problem(origin, message));
    }

    public static ReadResult skipped(Problem problem) {
        return new ReadResult(null, problem);
    }

    public boolean isOk() {
        return article != null;
    }

    /** Where it came from. */
    public String origin() {
        return article != null ? article.origin() : problem.origin();
    }
}
