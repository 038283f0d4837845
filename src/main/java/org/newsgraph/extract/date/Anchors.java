package org.newsgraph.extract.date;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.DateValue;
import org.newsgraph.extract.Precision;

/**
 * The day an article's relative dates ("on Monday", "last month") are resolved against, and where it comes from.
 * In order of trust: the publication date (or the dateline near it), the dateline's own date, a dated header line
 * ("Tuesday, 26 May 2026 - 18:24"), the date in the URL ({@code /2026/05/26/}; a URL giving only the month takes
 * the latest day of that month the text names), the date of an embedded post ("— Ana Ruiz (@anaruiz) May 26, 2026").
 */
public final class Anchors {
    /** Where an anchor comes from, as the report's date derivation names it. */
    public static final String PUBLISHED = "publication date", DATELINE = "dateline", HEADER = "dated header line",
            FROM_URL = "URL date", FROM_URL_MONTH = "URL month and a day the text names", EMBEDDED = "embedded post date";

    /** An anchor day and its source. */
    public record Anchor(LocalDate date, String source) {
        public Anchor {
            if (date == null || source == null || source.isBlank()) throw new IllegalArgumentException("anchor needs a date and a source");
        }
    }

    private static final int HEADER_LINES = 6;
    private static final String MONTHS = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
    private static final Pattern URL_DAY = Pattern.compile(
            "/((?:19|20)\\d{2})[/-](0?[1-9]|1[0-2]|" + MONTHS + ")[/-](0?[1-9]|[12]\\d|3[01])(?=[/\\-_.]|$)", Pattern.CASE_INSENSITIVE);
    private static final Pattern URL_MONTH = Pattern.compile("/((?:19|20)\\d{2})/(0[1-9]|1[0-2])(?=/)");
    /** What may stand beside the date on a header line: times, zones, "Updated", separators. */
    private static final Pattern HEADER_REST = Pattern.compile(
            "(?:[\\s\\d:.,|/()\\-–—]|\\b(?i:updated|published|posted|last|on|at|am|pm|utc|gmt)\\b|(?i:a\\.m\\.|p\\.m\\.)|\\b[A-Z]{2,4}\\b)*");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\"“A-Z])|\\n+");
    /** An embedded post's signature line: a handle, then its date. */
    private static final Pattern EMBED = Pattern.compile("\\(@\\w{1,30}\\)");

    private Anchors() {
    }

    /** The anchor of an article, or empty when nothing dates it. {@code text} is the cleaned text. */
    public static Optional<Anchor> of(LocalDate published, String url, String text, DateTagger tagger) {
        if (published != null) {
            LocalDate a = DateTagger.anchorFor(published, text);
            return Optional.of(new Anchor(a, a.equals(published) ? PUBLISHED : DATELINE));
        }
        Optional<Dateline> dl = DateTagger.dateline(text);
        if (dl.isPresent() && dl.get().date().isPresent()) return Optional.of(new Anchor(dl.get().date().get(), DATELINE));
        Optional<Anchor> lower = header(text, tagger).or(() -> url(url, text, tagger)).or(() -> embedded(text, tagger));
        // a dateline without a year ("KAMPALA, May 3 -") is dated by the weaker anchor near it
        if (lower.isPresent() && dl.isPresent()) {
            Optional<LocalDate> near = dl.get().dateNear(lower.get().date());
            if (near.isPresent() && Math.abs(near.get().toEpochDay() - lower.get().date().toEpochDay()) <= 7)
                return Optional.of(new Anchor(near.get(), DATELINE));
        }
        return lower;
    }

    /** A line among the first few that holds a full date and nothing else but times and separators. */
    static Optional<Anchor> header(String text, DateTagger tagger) {
        String[] lines = text.split("\n", HEADER_LINES * 3 + 1);
        int seen = 0;
        for (int i = 0; i < lines.length && seen < HEADER_LINES; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) continue;
            seen++;
            if (line.length() > 60) continue;
            for (var m : tagger.tag(line, DateContext.none())) {
                DateValue v = m.value();
                if (v == null || v.precision() != Precision.DAY || v.anchor() != null) continue;
                String rest = line.substring(0, m.start()) + " " + line.substring(m.end());
                if (HEADER_REST.matcher(rest).matches()) return Optional.of(new Anchor(LocalDate.parse(v.lexical()), HEADER));
            }
        }
        return Optional.empty();
    }

    /** The URL's day, or its month with the latest day of that month the text names. */
    static Optional<Anchor> url(String url, String text, DateTagger tagger) {
        if (url == null) return Optional.empty();
        Matcher d = URL_DAY.matcher(url);
        if (d.find()) {
            try {
                return Optional.of(new Anchor(LocalDate.of(Integer.parseInt(d.group(1)), month(d.group(2)),
                        Integer.parseInt(d.group(3))), FROM_URL));
            } catch (java.time.DateTimeException e) {
                return Optional.empty();
            }
        }
        Matcher m = URL_MONTH.matcher(url);
        if (!m.find()) return Optional.empty();
        YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        LocalDate latest = null;
        // month-days without a year resolve near the month's end; only those falling in the URL's month count, and
        // only in sentences not about the future ("will meet on March 28" is no day the story was written after)
        for (String sentence : SENTENCE_END.split(text)) {
            if (DateTagger.tenseOf(sentence) == Tense.FUTURE) continue;
            for (var dm : tagger.tag(sentence, DateContext.of(ym.atEndOfMonth()), Tense.UNKNOWN)) {
                DateValue v = dm.value();
                if (v == null || v.precision() != Precision.DAY || !dm.rule().matches("month-day(-year|-weekday)?"))
                    continue;
                LocalDate day = LocalDate.parse(v.lexical());
                if (YearMonth.from(day).equals(ym) && (latest == null || day.isAfter(latest))) latest = day;
            }
        }
        return latest == null ? Optional.empty() : Optional.of(new Anchor(latest, FROM_URL_MONTH));
    }

    /** The latest date on an embedded post's signature line. */
    static Optional<Anchor> embedded(String text, DateTagger tagger) {
        LocalDate latest = null;
        for (String line : text.split("\n")) {
            if (line.length() > 200 || !EMBED.matcher(line).find()) continue;
            for (var m : tagger.tag(line, DateContext.none())) {
                DateValue v = m.value();
                if (v == null || v.precision() != Precision.DAY || v.anchor() != null) continue;
                LocalDate day = LocalDate.parse(v.lexical());
                if (latest == null || day.isAfter(latest)) latest = day;
            }
        }
        return latest == null ? Optional.empty() : Optional.of(new Anchor(latest, EMBEDDED));
    }

    private static int month(String s) {
        if (Character.isDigit(s.charAt(0))) return Integer.parseInt(s);
        List<String> names = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
        return names.indexOf(s.substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
    }
}
