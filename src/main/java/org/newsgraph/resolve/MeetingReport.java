package org.newsgraph.resolve;

import java.util.List;
import java.util.Objects;
import org.newsgraph.extract.DateValue;
import org.newsgraph.extract.Evidence;
import org.newsgraph.extract.MeetingMode;
import org.newsgraph.extract.MeetingStatus;

/**
 * What one article says about one meeting, with participants resolved to entities.
 *
 * @param participants persons and organizations taking part (at least one; usually two or more)
 * @param place        where, or null
 * @param date         when, or null
 * @param status       happened, planned, postponed or cancelled
 * @param mode         in person, phone or video (null when the text does not tell)
 * @param evidence     the sentence stating it, offsets into the original text
 * @param confidence   0..1
 */
public record MeetingReport(List<Entity> participants, Entity place, DateValue date, MeetingStatus status,
                            MeetingMode mode, Evidence evidence, double confidence) {
    public MeetingReport {
        participants = List.copyOf(participants);
        if (participants.isEmpty()) throw new IllegalArgumentException("meeting report without participants");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(evidence, "evidence");
        if (!(confidence >= 0 && confidence <= 1)) throw new IllegalArgumentException("confidence out of 0..1: " + confidence);
    }
}
