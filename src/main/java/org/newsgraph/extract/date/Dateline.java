package org.newsgraph.extract.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;

/**
 * A dateline at the head of an article, such as "PARIS, Feb. 21 (Reuters) -".
 *
 * @param place the place written before the date, or null
 * @param year  the year when written, else null
 * @param month 1..12
 * @param day   1..31, valid for the month
 * @param start offset of the dateline in the article text
 * @param end   offset after it (after the dash when there is one)
 */
public record Dateline(String place, Integer year, int month, int day, int start, int end) {

    public Dateline {
        if (month < 1 || month > 12)
            throw new IllegalArgumentException("month " + month);
        try {
            if (year != null)
                LocalDate.of(year, month, day);
            else
                MonthDay.of(month, day);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("no such day: " + year + "-" + month + "-" + day, e);
        }
        if (start < 0 || end <= start)
            throw new IllegalArgumentException("bad span " + start + ".." + end);
    }

    /** The full date when the dateline gives a year. */
    public Optional<LocalDate> date() {
        return year == null ? Optional.empty() : Optional.of(LocalDate.of(year, month, day));
    }

    /** The date, taking the year that puts it nearest to {@code reference} when the dateline has none. */
    public Optional<LocalDate> dateNear(LocalDate reference) {
        if (year != null)
            return date();
        if (reference == null)
            return Optional.empty();
        LocalDate best = null;
        for (int y = reference.getYear() - 1; y <= reference.getYear() + 1; y++) {
            try {
                LocalDate d = LocalDate.of(y, month, day);
                if (best == null || Math.abs(d.toEpochDay() - reference.toEpochDay())
                        < Math.abs(best.toEpochDay() - reference.toEpochDay()))
                    best = d;
            } catch (DateTimeException e) {
                // Feb 29 outside leap years
            }
        }
        return Optional.ofNullable(best);
    }
}
