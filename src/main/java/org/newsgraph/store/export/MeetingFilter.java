package org.newsgraph.store.export;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Which canonical meetings an export keeps. Dates use overlap semantics: a meeting is kept when the days its
 * date covers share at least one day with the window from the first day of {@code from} to the last day of
 * {@code to} (so a meeting dated 2025-05 is kept by --from 2025-05-10, and --to 2025 includes all of 2025).
 * Undated meetings are kept only when no date bound is given.
 */
public record MeetingFilter(StatusChoice status, DateSpan from, DateSpan to) {

    public MeetingFilter {
        Objects.requireNonNull(status, "status");
        if (from != null && to != null && from.start().isAfter(to.end())) {
            throw new InvalidExportOptionException("--from " + from.lexical() + " is after --to " + to.lexical());
        }
    }

    public static MeetingFilter of(StatusChoice status) {
        return new MeetingFilter(status, null, null);
    }

    /** From option text; null or blank from/to mean unbounded. */
    public static MeetingFilter parse(String status, String from, String to) {
        return new MeetingFilter(StatusChoice.parse(status), blank(from) ? null : DateSpan.parse(from),
                blank(to) ? null : DateSpan.parse(to));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public boolean hasDateBounds() {
        return from != null || to != null;
    }

    public boolean accepts(MeetingData m) {
        if (!status.accepts(m.status())) return false;
        if (!hasDateBounds()) return true;
        if (m.date() == null) return false;
        LocalDate lo = from == null ? LocalDate.MIN : from.start();
        LocalDate hi = to == null ? LocalDate.MAX : to.end();
        return m.date().overlaps(lo, hi);
    }
}
