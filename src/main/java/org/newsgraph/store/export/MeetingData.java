package org.newsgraph.store.export;

import java.util.List;
import java.util.Objects;
import org.newsgraph.extract.MeetingMode;
import org.newsgraph.extract.MeetingStatus;

/** One canonical ng:Meeting as read from the derived graph; participants and article ids sorted. */
public record MeetingData(String iri, MeetingStatus status, DateSpan date, MeetingMode mode, String placeIri,
                          List<String> participantIris, int sourceCount, List<String> articleIds) {
    public MeetingData {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(status, "status");
        participantIris = List.copyOf(participantIris);
        articleIds = List.copyOf(articleIds);
        if (sourceCount < 0) throw new IllegalArgumentException("negative source count");
    }
}
