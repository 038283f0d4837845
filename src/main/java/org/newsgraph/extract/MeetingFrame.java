package org.newsgraph.extract;

import java.util.List;
import java.util.Objects;

/**
 * A meeting stated in one sentence, before entity resolution.
 *
 * @param participants cluster ids (see {@link Clusters}) of the persons and organizations taking part
 * @param place        cluster id of the place, or -1
 * @param date         the date, or null
 * @param status       happened, planned, postponed or cancelled
 * @param mode         in person, phone, video, or null when the text does not say
 * @param sentence     index of the sentence stating it
 * @param confidence   0..1
 */
public record MeetingFrame(List<Integer> participants, int place, DateValue date, MeetingStatus status,
                           MeetingMode mode, int sentence, double confidence) {
    public MeetingFrame {
        participants = List.copyOf(participants);
        Objects.requireNonNull(status, "status");
        if (participants.size() < 2) throw new IllegalArgumentException("a meeting needs two participants");
    }
}
