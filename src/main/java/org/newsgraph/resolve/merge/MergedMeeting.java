package org.newsgraph.resolve.merge;

import java.util.List;
import java.util.Objects;
import org.newsgraph.extract.MeetingMode;
import org.newsgraph.extract.MeetingStatus;

/**
 * A canonical meeting merged from one or more reports.
 *
 * @param contentKey   a text that identifies it, stable for the same reports: the IRI is minted from it
 * @param participants participant IRIs, sorted
 * @param place        the most specific place reported, or null
 * @param date         the most precise date reported, or null
 * @param status       see {@link MeetingMerger} for the rule
 * @param mode         the most frequent reported mode, or null
 * @param reports      its reports, sorted by IRI
 * @param articles     distinct article IRIs, sorted
 * @param reason       why these reports are one meeting, in words
 */
public record MergedMeeting(String contentKey, List<String> participants, String place, String date,
                            MeetingStatus status, MeetingMode mode, List<ReportFacts> reports,
                            List<String> articles, String reason) {
    public MergedMeeting {
        Objects.requireNonNull(contentKey, "contentKey");
        Objects.requireNonNull(status, "status");
        participants = List.copyOf(participants);
        reports = List.copyOf(reports);
        articles = List.copyOf(articles);
        if (reports.isEmpty()) throw new IllegalArgumentException("meeting without reports");
    }

    public int sourceCount() {
        return articles.size();
    }
}
