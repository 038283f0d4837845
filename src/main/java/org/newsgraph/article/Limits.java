package org.newsgraph.article;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Properties;

/**
 * What the analysis of one article may cost: caps on the text analysed, on sentence length, on names and meeting
 * candidates per sentence and per article, and a wall-clock budget. The defaults are data
 * ({@code /limits.properties}), far above what real news articles need; {@link #NONE} lifts them (benchmarks).
 *
 * <pre>{@code
 * Limits l = Limits.DEFAULT.withArticleTimeout(Duration.ofSeconds(10));
 * }</pre>
 *
 * @param maxArticleChars        characters of cleaned text analysed; the rest of a longer article is left out
 * @param maxSentenceChars       longer "sentences" are split at a space (or cut) before tokenizing and tagging
 * @param maxSentenceTokens      sentences of more tokens are split into pieces of this many tokens
 * @param maxMentionsPerSentence names kept per sentence (the first ones)
 * @param maxMentionsPerArticle  names per article: the article is analysed up to the sentence that reaches it
 * @param maxMeetingsPerSentence meeting candidates kept per sentence
 * @param maxMeetingsPerArticle  meeting candidates kept per article
 * @param articleTimeout         wall-clock time for one article's analysis; an article that takes longer is skipped
 */
public record Limits(int maxArticleChars, int maxSentenceChars, int maxSentenceTokens, int maxMentionsPerSentence,
                     int maxMentionsPerArticle, int maxMeetingsPerSentence, int maxMeetingsPerArticle,
                     Duration articleTimeout) {

    /** The defaults, read from {@code /limits.properties}. */
    public static final Limits DEFAULT = load("/limits.properties");

    /** No caps and no time-out: every article is analysed in full (benchmarks and tools). */
    public static final Limits NONE = new Limits(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE,
            Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, null);

    public Limits {
        positive(maxArticleChars, "max-article-chars");
        positive(maxSentenceChars, "max-sentence-chars");
        positive(maxSentenceTokens, "max-sentence-tokens");
        positive(maxMentionsPerSentence, "max-mentions-per-sentence");
        positive(maxMentionsPerArticle, "max-mentions-per-article");
        positive(maxMeetingsPerSentence, "max-meetings-per-sentence");
        positive(maxMeetingsPerArticle, "max-meetings-per-article");
        if (maxSentenceChars < 100) throw new IllegalArgumentException("max-sentence-chars must be at least 100");
        if (articleTimeout != null && (articleTimeout.isNegative() || articleTimeout.isZero()))
            throw new IllegalArgumentException("the article time-out must be positive");
    }

    private static void positive(int v, String name) {
        if (v < 1) throw new IllegalArgumentException(name + " must be at least 1");
    }

    /** Whether articles have a wall-clock budget. */
    public boolean hasTimeout() {
        return articleTimeout != null;
    }

    public Limits withArticleTimeout(Duration timeout) {
        return new Limits(maxArticleChars, maxSentenceChars, maxSentenceTokens, maxMentionsPerSentence,
                maxMentionsPerArticle, maxMeetingsPerSentence, maxMeetingsPerArticle, timeout);
    }

    public Limits withMaxArticleChars(int n) {
        return new Limits(n, maxSentenceChars, maxSentenceTokens, maxMentionsPerSentence, maxMentionsPerArticle,
                maxMeetingsPerSentence, maxMeetingsPerArticle, articleTimeout);
    }

    public Limits withSentenceCaps(int chars, int tokens) {
        return new Limits(maxArticleChars, chars, tokens, maxMentionsPerSentence, maxMentionsPerArticle,
                maxMeetingsPerSentence, maxMeetingsPerArticle, articleTimeout);
    }

    public Limits withMentionCaps(int perSentence, int perArticle) {
        return new Limits(maxArticleChars, maxSentenceChars, maxSentenceTokens, perSentence, perArticle,
                maxMeetingsPerSentence, maxMeetingsPerArticle, articleTimeout);
    }

    public Limits withMeetingCaps(int perSentence, int perArticle) {
        return new Limits(maxArticleChars, maxSentenceChars, maxSentenceTokens, maxMentionsPerSentence,
                maxMentionsPerArticle, perSentence, perArticle, articleTimeout);
    }

    /** A time-out for messages: "60 s", or "250 ms" below a second. */
    public static String describe(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    /** Reads limits from a properties resource; every key is required. */
    static Limits load(String resource) {
        Properties p = new Properties();
        try (InputStream in = Limits.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("not on the classpath: " + resource);
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return new Limits(intOf(p, "max-article-chars"), intOf(p, "max-sentence-chars"),
                intOf(p, "max-sentence-tokens"), intOf(p, "max-mentions-per-sentence"),
                intOf(p, "max-mentions-per-article"), intOf(p, "max-meetings-per-sentence"),
                intOf(p, "max-meetings-per-article"), Duration.ofSeconds(intOf(p, "article-timeout-seconds")));
    }

    private static int intOf(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null) throw new IllegalStateException("limits: " + key + " is missing");
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("limits: " + key + " is not a whole number: " + v, e);
        }
    }
}
