package org.newsgraph.store.export;

import java.util.Locale;
import java.util.Optional;
import org.newsgraph.extract.MeetingStatus;

/** The meeting status an export keeps: one status, or any. */
public enum StatusChoice {
    HAPPENED(MeetingStatus.HAPPENED), PLANNED(MeetingStatus.PLANNED), POSTPONED(MeetingStatus.POSTPONED),
    CANCELLED(MeetingStatus.CANCELLED), ANY(null);

    private final MeetingStatus status;

    StatusChoice(MeetingStatus status) {
        this.status = status;
    }

    /** The status kept; empty for {@link #ANY}. */
    public Optional<MeetingStatus> status() {
        return Optional.ofNullable(status);
    }

    public boolean accepts(MeetingStatus s) {
        return status == null || status == s;
    }

    public static StatusChoice parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidExportOptionException("unknown status '" + name + "' (happened, planned, postponed, cancelled or any)");
        }
    }
}
