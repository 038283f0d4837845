package org.newsgraph.resolve.merge;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.newsgraph.extract.MeetingMode;
import org.newsgraph.extract.MeetingStatus;

/**
 * One stored meeting report, as the merger sees it: every entity and article by its IRI.
 *
 * @param iri          the report's IRI
 * @param article      the IRI of the article it comes from
 * @param published    the article's publication date or date-time (ISO lexical form), or null
 * @param participants participant IRIs (at least one)
 * @param place        place IRI, or null
 * @param date         "2025-07-10", "2025-07" or "2025", or null
 * @param status       reported status
 * @param mode         reported mode, or null
 * @param position     where the report's evidence starts in its article, or -1 when unknown
 */
public record ReportFacts(String iri, String article, String published, List<String> participants, String place,
                          String date, MeetingStatus status, MeetingMode mode, int position) implements java.io.Serializable {
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    public ReportFacts {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(status, "status");
        participants = participants.stream().distinct().sorted().toList();
        if (participants.isEmpty()) throw new IllegalArgumentException("report without participants: " + iri);
        if (date != null && !DATE.matcher(date).matches()) throw new IllegalArgumentException("bad date '" + date + "' in " + iri);
    }

    /** A report whose place in its article is unknown. */
    public ReportFacts(String iri, String article, String published, List<String> participants, String place,
                       String date, MeetingStatus status, MeetingMode mode) {
        this(iri, article, published, participants, place, date, status, mode, -1);
    }

    /** 0 for a day, 1 for a month, 2 for a year, 3 without date: lower is more precise. */
    int imprecision() {
        if (date == null) return 3;
        return switch (date.length()) {
            case 10 -> 0;
            case 7 -> 1;
            default -> 2;
        };
    }
}
