package org.newsgraph.resolve.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.extract.MeetingMode;
import org.newsgraph.extract.MeetingStatus;

class MeetingMergerTest {
    private static final String CITY = "place:city", OTHER_CITY = "place:other-city", COUNTRY = "place:country";
    private static final MeetingMerger MERGER = new MeetingMerger(Map.of(CITY, COUNTRY, OTHER_CITY, COUNTRY));
    private static final List<String> PAIR = List.of("person:a", "person:b");

    private static int n;

    private static ReportFacts r(String published, List<String> who, String place, String date, MeetingStatus status) {
        n++;
        return new ReportFacts("report:" + n, "article:" + n, published, who, place, date, status, null);
    }

    private static ReportFacts happened(String place, String date) {
        return r("2025-05-20", PAIR, place, date, MeetingStatus.HAPPENED);
    }

    private static String nul(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    @ParameterizedTest(name = "{0}/{1} + {2}/{3} -> {4} meeting(s)")
    @CsvSource({
            // place1,  date1,       place2,      date2,        meetings
            "CITY,      2025-05-12,  CITY,        2025-05-12,   1",
            "CITY,      2025-05-12,  CITY,        2025-05-13,   2",
            "CITY,      2025-05-12,  ,            2025-05-12,   1",
            "CITY,      2025-05-12,  COUNTRY,     2025-05-12,   1",
            "CITY,      2025-05-12,  OTHER_CITY,  2025-05-12,   2",
            "CITY,      2025-05-12,  CITY,        2025-05,      1",
            "CITY,      2025-05-12,  CITY,        2025-06,      2",
            "CITY,      2025-05-12,  CITY,        2025,         1",
            "CITY,      2025-05-12,  CITY,        ,             1",
            ",          ,            ,            ,             1",
            "COUNTRY,   2025-05,     OTHER_CITY,  2025-05-18,   1"})
    void pairsOfReports(String p1, String d1, String p2, String d2, int meetings) {
        Map<String, String> places = Map.of("CITY", CITY, "OTHER_CITY", OTHER_CITY, "COUNTRY", COUNTRY);
        List<MergedMeeting> out = MERGER.merge(List.of(
                happened(p1 == null ? null : places.get(p1), nul(d1)),
                happened(p2 == null ? null : places.get(p2), nul(d2))));
        assertEquals(meetings, out.size(), out.toString());
    }

    @Test
    void differentParticipantsNeverMerge() {
        List<MergedMeeting> out = MERGER.merge(List.of(happened(CITY, "2025-05-12"),
                r("2025-05-20", List.of("person:a", "person:c"), CITY, "2025-05-12", MeetingStatus.HAPPENED)));
        assertEquals(2, out.size());
    }

    @Test
    void mergedMeetingTakesMostSpecificPlaceAndMostPreciseDate() {
        List<MergedMeeting> out = MERGER.merge(List.of(happened(COUNTRY, "2025-05-12"), happened(CITY, "2025-05"),
                happened(null, null)));
        assertEquals(1, out.size());
        MergedMeeting m = out.get(0);
        assertEquals(CITY, m.place());
        assertEquals("2025-05-12", m.date());
        assertEquals(3, m.reports().size());
        assertEquals(3, m.sourceCount());
        assertTrue(m.reason().contains("Merged 3 reports"), m.reason());
    }

    @Test
    void undatedReportStaysApartWhenSeveralMeetingsAreCompatible() {
        List<MergedMeeting> out = MERGER.merge(List.of(happened(CITY, "2025-05-12"), happened(CITY, "2025-05-13"),
                happened(null, null)));
        assertEquals(3, out.size());
        assertTrue(out.stream().anyMatch(m -> m.date() == null && m.reason().contains("kept apart")), out.toString());
    }

    @Test
    void monthReportJoinsTheOnlyCompatibleDay() {
        List<MergedMeeting> out = MERGER.merge(List.of(happened(CITY, "2025-05-12"), happened(CITY, "2025-06-13"),
                happened(null, "2025-05")));
        assertEquals(2, out.size());
        MergedMeeting may = out.stream().filter(m -> "2025-05-12".equals(m.date())).findFirst().orElseThrow();
        assertEquals(2, may.reports().size());
        assertTrue(may.reason().contains("only compatible meeting"), may.reason());
    }

    static Stream<Arguments> statuses() {
        return Stream.of(
                // older report planned, newer postponed → the newest wins
                Arguments.of("2025-05-10", MeetingStatus.PLANNED, "2025-05-12", MeetingStatus.POSTPONED, MeetingStatus.POSTPONED),
                // same day, tie → cancelled before postponed before planned
                Arguments.of("2025-05-12", MeetingStatus.PLANNED, "2025-05-12", MeetingStatus.CANCELLED, MeetingStatus.CANCELLED),
                Arguments.of("2025-05-12", MeetingStatus.POSTPONED, "2025-05-12", MeetingStatus.CANCELLED, MeetingStatus.CANCELLED),
                // unknown publication date counts as oldest
                Arguments.of(null, MeetingStatus.CANCELLED, "2025-05-12", MeetingStatus.PLANNED, MeetingStatus.PLANNED));
    }

    @Test
    void aPlanAsAnnouncedAndTheMeetingAsHeldAreTwoNodes() {
        List<MergedMeeting> out = MERGER.merge(List.of(r("2025-05-10", PAIR, CITY, "2025-05-13", MeetingStatus.PLANNED),
                r("2025-05-14", PAIR, CITY, "2025-05-13", MeetingStatus.HAPPENED)));
        assertEquals(2, out.size(), out.toString());
    }

    @ParameterizedTest
    @MethodSource("statuses")
    void statusComesFromTheMostRecentReports(String pub1, MeetingStatus s1, String pub2, MeetingStatus s2, MeetingStatus expected) {
        List<MergedMeeting> out = MERGER.merge(List.of(r(pub1, PAIR, CITY, "2025-05-13", s1), r(pub2, PAIR, CITY, "2025-05-13", s2)));
        assertEquals(1, out.size());
        assertEquals(expected, out.get(0).status());
    }

    @Test
    void aReportWithoutModeTakesTheModeOfItsMeeting() {
        List<ReportFacts> in = new ArrayList<>();
        in.add(new ReportFacts("report:m2", "article:2", null, PAIR, null, "2025-05-01", MeetingStatus.HAPPENED, MeetingMode.PHONE));
        in.add(new ReportFacts("report:m3", "article:3", null, PAIR, null, "2025-05-01", MeetingStatus.HAPPENED, MeetingMode.PHONE));
        in.add(new ReportFacts("report:m4", "article:4", null, PAIR, null, "2025-05-01", MeetingStatus.HAPPENED, null));
        List<MergedMeeting> out = MERGER.merge(in);
        assertEquals(1, out.size());
        assertEquals(MeetingMode.PHONE, out.get(0).mode());
        assertEquals(3, out.get(0).sourceCount());
        assertNull(out.get(0).place());
    }

    @Test
    void aPlanToldAfterACancellationInOneArticleIsANewAppointment() {
        // "X cancelled the meeting with Y. A new X–Y meeting could take place on Wednesday."
        List<MergedMeeting> apart = MERGER.merge(List.of(
                new ReportFacts("report:c", "article:9", null, PAIR, null, null, MeetingStatus.CANCELLED, null, 100),
                new ReportFacts("report:p", "article:9", null, PAIR, null, null, MeetingStatus.PLANNED, null, 700)));
        assertEquals(2, apart.size());
        // "the meeting was postponed, and the two would meet in the future": the plan is another meeting
        assertEquals(2, MERGER.merge(List.of(
                new ReportFacts("report:pp", "article:7", null, PAIR, null, null, MeetingStatus.POSTPONED, null, 100),
                new ReportFacts("report:pl", "article:7", null, PAIR, null, null, MeetingStatus.PLANNED, null, 300))).size());
        // "X was to meet Y on Monday. The meeting was cancelled.": one meeting, cancelled
        List<MergedMeeting> one = MERGER.merge(List.of(
                new ReportFacts("report:p2", "article:8", null, PAIR, null, null, MeetingStatus.PLANNED, null, 10),
                new ReportFacts("report:c2", "article:8", null, PAIR, null, null, MeetingStatus.CANCELLED, null, 90)));
        assertEquals(1, one.size());
        assertEquals(MeetingStatus.CANCELLED, one.get(0).status());
    }

    @Test
    void aCallAndAMeetingInPersonTheSameDayAreTwoMeetings() {
        List<MergedMeeting> out = MERGER.merge(List.of(
                new ReportFacts("report:v1", "article:1", null, PAIR, null, "2025-05-01", MeetingStatus.HAPPENED, MeetingMode.VIDEO),
                new ReportFacts("report:p1", "article:2", null, PAIR, null, "2025-05-01", MeetingStatus.HAPPENED, MeetingMode.IN_PERSON)));
        assertEquals(2, out.size());
    }

    @Test
    void aMeetingSaidToHaveHappenedIsNotDatedAfterItsArticle() {
        List<MergedMeeting> out = MERGER.merge(List.of(
                r("2025-05-20", PAIR, null, "2025-06-02", MeetingStatus.PLANNED),
                r("2025-05-20", PAIR, null, null, MeetingStatus.HAPPENED)));
        assertEquals(2, out.size(), out.toString());
    }

    @Test
    void resultDoesNotDependOnOrder() {
        List<ReportFacts> in = new ArrayList<>(List.of(
                happened(CITY, "2025-05-12"), happened(COUNTRY, "2025-05-12"), happened(OTHER_CITY, "2025-05-12"),
                happened(null, "2025-05-12"), happened(null, "2025-05"), happened(null, null), happened(CITY, "2025-05-13"),
                r("2025-05-01", List.of("person:a", "org:x"), null, "2025", MeetingStatus.PLANNED),
                r("2025-05-02", List.of("person:a", "org:x"), COUNTRY, null, MeetingStatus.CANCELLED)));
        List<MergedMeeting> expected = MERGER.merge(in);
        Random random = new Random(7);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(in, random);
            assertEquals(expected, MERGER.merge(in));
        }
    }
}
