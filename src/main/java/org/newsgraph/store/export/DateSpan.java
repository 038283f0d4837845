package org.newsgraph.store.export;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.Precision;

/**
 * A date at the precision the text gives (xsd:date, xsd:gYearMonth or xsd:gYear lexical form) and the days it
 * covers: a day covers itself, a month its first to last day, a year 1 January to 31 December.
 */
public record DateSpan(String lexical, Precision precision, LocalDate start, LocalDate end) {
    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /** Earliest first; at equal start the more precise (shorter) span first. */
    public static final Comparator<DateSpan> ORDER = Comparator.comparing(DateSpan::start)
            .thenComparing(DateSpan::end).thenComparing(DateSpan::lexical);

    public DateSpan {
        Objects.requireNonNull(lexical, "lexical");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) throw new IllegalArgumentException("span ends before it starts: " + lexical);
    }

    /** Parses YYYY, YYYY-MM or YYYY-MM-DD; throws InvalidExportOptionException otherwise. */
    public static DateSpan parse(String lexical) {
        Matcher m = FORM.matcher(lexical == null ? "" : lexical.trim());
        if (!m.matches()) throw new InvalidExportOptionException("not a date (YYYY, YYYY-MM or YYYY-MM-DD): '" + lexical + "'");
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return new DateSpan(m.group(), Precision.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            }
            YearMonth ym = YearMonth.of(year, Integer.parseInt(m.group(2)));
            if (m.group(3) == null) return new DateSpan(m.group(), Precision.MONTH, ym.atDay(1), ym.atEndOfMonth());
            LocalDate d = ym.atDay(Integer.parseInt(m.group(3)));
            return new DateSpan(m.group(), Precision.DAY, d, d);
        } catch (DateTimeException e) {
            throw new InvalidExportOptionException("not a calendar date: '" + lexical + "'");
        }
    }

    /** Whether the two spans share at least one day. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return !start.isAfter(to) && !end.isBefore(from);
    }
}
