package org.newsgraph.article;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article as read from the input, before any cleaning.
 *
 * @param id        the article's identifier (the input {@code id}, or derived from the file name)
 * @param url       where it was published, or null
 * @param title     its headline, or null
 * @param published publication date or date-time as ISO text (lexical form kept for the graph), or null
 * @param source    the outlet, or null
 * @param text      the original text; for HTML input the HTML source. Every offset in the graph points here.
 * @param html      whether {@code text} is HTML
 * @param origin    where it came from, for messages: "file.jsonl:12" or "file.txt"
 */
public record Article(String id, String url, String title, String published, String source,
                      String text, boolean html, String origin) {

    public Article {
        if (id == null || id.isBlank()) throw new InvalidArticleException(origin, "article has no id");
        if (text == null || text.isBlank()) throw new InvalidArticleException(origin, "article '" + id + "' has no text");
        if (published != null && published.isBlank()) published = null;
        if (published != null) parseDate(published, origin);
        Objects.requireNonNull(origin, "origin");
    }

    /** The publication day, the anchor of relative dates; empty when the input gives none. */
    public Optional<LocalDate> publishedDate() {
        return published == null ? Optional.empty() : Optional.of(parseDate(published, origin));
    }

    /** Whether {@code published} carries a time of day (then it is an xsd:dateTime). */
    public boolean publishedHasTime() {
        return published != null && published.contains("T");
    }

    private static LocalDate parseDate(String s, String origin) {
        try {
            if (s.contains("T")) {
                try {
                    return OffsetDateTime.parse(s).toLocalDate();
                } catch (DateTimeParseException e) {
                    return java.time.LocalDateTime.parse(s).toLocalDate();
                }
            }
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new InvalidArticleException(origin, "'published' is not an ISO date or date-time: " + s);
        }
    }
}
