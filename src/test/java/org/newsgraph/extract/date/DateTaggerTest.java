package org.newsgraph.extract.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.extract.DateValue;
import org.newsgraph.extract.Precision;

class DateTaggerTest {

    private static final DateTagger TAGGER = DateTagger.create();
    /** Rules whose value does not depend on an anchor. */
    private static final Set<String> ABSOLUTE = Set.of("iso", "month-day-year", "month-year", "year", "season-year",
            "previous-offset");

    /**
     * anchor | previous date in the article | forced tense | sentence | expected mentions, in order, as
     * {@code text=lexical/PRECISION/rule} or {@code text=/reason}, separated by ';' (empty: no mention).
     * 2025-07-10 is a Thursday, 2025-10-22 a Wednesday, 2025-12-29 a Monday, 2026-01-03 a Saturday.
     */
    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        # weekdays, past tense: the same day counts
        2025-07-10 | | | Foreign Minister Ana Kovac met her Latvian counterpart Thursday in Riga. | Thursday=2025-07-10/DAY/weekday-past
        2025-07-10 | | | The two leaders held talks on Tuesday in Oslo. | on Tuesday=2025-07-08/DAY/weekday-past
        2025-07-10 | | | Talks between the ministers Monday focused on fishing quotas. | Monday=2025-07-07/DAY/weekday-past
        2025-07-10 | | | Airstrikes overnight Thursday killed two people in Dnipro. | overnight Thursday=2025-07-10/DAY/weekday-past
        2025-07-10 | | | Tuesday's talks in Ankara ended without a deal. | Tuesday=2025-07-08/DAY/weekday-past
        2025-07-10 | | | The president spoke with the premier Wednesday night. | Wednesday night=2025-07-09/DAY/weekday-past
        2025-07-10 | | | The panel met on Wed. to review the budget. | on Wed.=2025-07-09/DAY/weekday-past
        2025-07-10 | | | Protesters have camped outside the ministry since Monday. | Monday=2025-07-07/DAY/weekday-past
        2025-07-10 | | | The governor met the bishop this Monday. | this Monday=2025-07-07/DAY/weekday-past
        2025-07-10 | | | Mayor Olsen, who arrived late Tuesday, said the visit was useful. | late Tuesday=2025-07-08/DAY/weekday-past
        # weekdays, future and present: on or after the anchor
        2025-07-10 | | | Chancellor Weber will meet the delegation on Friday. | on Friday=2025-07-11/DAY/weekday-future
        2025-07-10 | | | The envoys are scheduled to meet Thursday in Geneva. | Thursday=2025-07-10/DAY/weekday-future
        2025-07-10 | | | Prime Minister Dalia Reyes meets the king Friday. | Friday=2025-07-11/DAY/weekday-future
        2025-07-10 | | | Prime Minister Dalia Reyes meets the king Thursday. | Thursday=2025-07-10/DAY/weekday-future
        2025-07-10 | | | Officials said the ministers would meet Saturday. | Saturday=2025-07-12/DAY/weekday-future
        2025-07-10 | | | The two sides meet again this Saturday in Bern. | this Saturday=2025-07-12/DAY/weekday-future
        2025-07-10 | | | Thousands will march through the capital on Sat. |
        2025-07-10 | | | Thousands will march through the capital on Saturday. | on Saturday=2025-07-12/DAY/weekday-future
        2025-07-10 | | | The trade commissioner plans to visit Lagos on Tuesday. | on Tuesday=2025-07-15/DAY/weekday-future
        # last / next override the tense
        2025-07-10 | | | The mayor visited the port last Thursday. | last Thursday=2025-07-03/DAY/weekday-last
        2025-07-10 | | | The mayor visited the port last Friday. | last Friday=2025-07-04/DAY/weekday-last
        2025-07-10 | | | The ministers will reconvene next Thursday. | next Thursday=2025-07-17/DAY/weekday-next
        2025-07-10 | | | Next Monday the board votes on the merger. | Next Monday=2025-07-14/DAY/weekday-next
        # unknown tense: nearest, ties to the past
        2025-07-10 | | | Ministers in Vilnius Monday. | Monday=2025-07-07/DAY/weekday-nearest
        2025-07-10 | | | A summit in Lisbon on Sunday for the bloc's leaders. | on Sunday=2025-07-13/DAY/weekday-nearest
        2025-07-11 | | | The talks were scheduled to take place Thursday. | Thursday=2025-07-10/DAY/weekday-nearest
        # tense given by the caller
        2025-07-10 | | PAST | Talks in Minsk Friday. | Friday=2025-07-04/DAY/weekday-past
        2025-07-10 | | FUTURE | Talks in Minsk Monday. | Monday=2025-07-14/DAY/weekday-future
        # tense per clause
        2025-07-10 | | | Kovac met Lindqvist on Monday, and the two will meet again on Friday. | on Monday=2025-07-07/DAY/weekday-past;on Friday=2025-07-11/DAY/weekday-future
        2025-07-10 | | | After talks on Monday, the ministers met again on Wednesday and will meet next week. | on Monday=2025-07-07/DAY/weekday-past;on Wednesday=2025-07-09/DAY/weekday-past;next week=/week
        2025-07-10 | | | Kovac, who arrived Wednesday, meets Reyes on Friday. | Wednesday=2025-07-09/DAY/weekday-past;on Friday=2025-07-11/DAY/weekday-future
        # weekday names that are not days of this week
        2025-07-10 | | | The Good Friday Agreement was signed decades ago. |
        2025-07-10 | | | Retailers expect record sales on Black Friday. |
        # month and day
        2025-07-10 | | | The leaders met on July 3 in Warsaw. | on July 3=2025-07-03/DAY/month-day
        2025-07-10 | | | The summit will take place Oct. 20 in Belgrade. | Oct. 20=2025-10-20/DAY/month-day
        2025-07-10 | | | The accord was signed Sept. 5 in Tallinn. | Sept. 5=2024-09-05/DAY/month-day
        2025-07-10 | | | Delegates gathered on 20 October to sign the charter. | on 20 October=2024-10-20/DAY/month-day
        2025-07-10 | | | The regional assembly was dissolved on the 3rd of July. | on the 3rd of July=2025-07-03/DAY/month-day
        2025-07-10 | | | The pact took effect July 3rd. | July 3rd=2025-07-03/DAY/month-day
        2025-07-10 | | | Officials confirmed the visit Mar 14 in Rome. | Mar 14=2025-03-14/DAY/month-day
        2025-07-10 | | | The law passed on May 5. | on May 5=2025-05-05/DAY/month-day
        2025-07-10 | | | The council met on Tuesday, July 8, in Prague. | on Tuesday, July 8=2025-07-08/DAY/month-day-weekday
        2025-07-10 | | | Aug. 2 marks the anniversary of the accord. | Aug. 2=2025-08-02/DAY/month-day
        2025-07-10 | | | The ministers met in Bonn on October 20, 2024. | on October 20, 2024=2024-10-20/DAY/month-day-year
        2025-07-10 | | | Voting ends Nov. 4, 2025 at midnight. | Nov. 4, 2025=2025-11-04/DAY/month-day-year
        2025-07-10 | | | The charter was adopted on 12 June 2019 in Oslo. | on 12 June 2019=2019-06-12/DAY/month-day-year
        2025-07-10 | | | The filing is dated 2025-06-30 in the registry. | 2025-06-30=2025-06-30/DAY/iso
        2025-07-10 | | | The council met on Feb. 30 by mistake. | on Feb. 30=/invalid
        2025-07-10 | | | The council met on Tuesday, July 9, in Prague. | on Tuesday, July 9=2025-07-09/DAY/month-day
        2025-07-10 | | | Reyes said she hopes to meet the premier on Friday. | on Friday=2025-07-11/DAY/weekday-future
        2025-07-10 | | | Border talks set to resume Monday in Narva. | Monday=2025-07-14/DAY/weekday-future
        2025-07-10 | | | The ministers could meet as early as Sunday. | Sunday=2025-07-13/DAY/weekday-future
        # the year turns
        2025-12-29 | | | The summit opens on Friday, Jan. 2 in Doha. | on Friday, Jan. 2=2026-01-02/DAY/month-day-weekday
        2026-01-03 | | | A ceremony on Tuesday, Dec. 30 in Accra. | on Tuesday, Dec. 30=2025-12-30/DAY/month-day-weekday
        2025-12-29 | | | The envoys will meet on Jan. 8 in Doha. | on Jan. 8=2026-01-08/DAY/month-day
        2026-01-03 | | | The two presidents met on Dec. 30 in Cairo. | on Dec. 30=2025-12-30/DAY/month-day
        2026-01-03 | | | A ceremony in Accra on Dec. 30. | on Dec. 30=2025-12-30/DAY/month-day
        2026-01-03 | | | Relations soured after Kovac snubbed Reyes on Sunday. | on Sunday=2025-12-28/DAY/weekday-past
        # months
        2025-07-10 | | | The prime ministers last met in February. | in February=2025-02/MONTH/month
        2025-07-10 | | | The foreign ministers talked last February in Vienna. | last February=2025-02/MONTH/month-last
        2025-02-14 | | | The foreign ministers talked last February in Vienna. | last February=2024-02/MONTH/month-last
        2025-07-10 | | | The committee will convene in September. | in September=2025-09/MONTH/month
        2025-10-22 | | | The committee will convene in March. | in March=2026-03/MONTH/month
        2025-07-10 | | | The deal was struck in November. | in November=2024-11/MONTH/month
        2025-07-10 | | | Fighting intensified in early March. | in early March=2025-03/MONTH/month
        2025-07-10 | | | A ceasefire is expected by mid-August. | mid-August=2025-08/MONTH/month
        2025-07-10 | | | Both parties want a vote next January. | next January=2026-01/MONTH/month-next
        2025-07-10 | | | The treaty was ratified in February 2025. | in February 2025=2025-02/MONTH/month-year
        2025-07-10 | | | Elections are due in Dec. 2026, officials said. | in Dec. 2026=2026-12/MONTH/month-year
        2025-07-10 | | | The parties signed the pact in May. | in May=2025-05/MONTH/month
        # traps: may, march, names
        2025-07-10 | | | The minister may travel to Seoul later. |
        2025-07-10 | | | Former prime minister Theresa May spoke at the forum. |
        2025-07-10 | | | Senator April Daniels criticised the plan. |
        2025-07-10 | | | Veterans march every year to the memorial. |
        2025-07-10 | | | May the talks succeed, the bishop said. |
        # years and relative periods
        2025-07-10 | | | The two countries broke off ties in 2024. | in 2024=2024/YEAR/year
        2025-07-10 | | | Relations have been frozen since 2022. | 2022=2022/YEAR/year
        2025-07-10 | | | A reactor is due to open by the end of 2027. | the end of 2027=2027/YEAR/year
        2025-07-10 | | | The offensive began in the summer of 2024. | in the summer of 2024=2024/YEAR/season-year
        2025-07-10 | | | The reform was launched last year. | last year=2024/YEAR/relative-year
        2025-07-10 | | | Growth this year is forecast at 2 percent. | this year=2025/YEAR/relative-year
        2025-07-10 | | | The bank expects to cut rates next year. | next year=2026/YEAR/relative-year
        2025-07-10 | | | Inflation eased last month. | last month=2025-06/MONTH/relative-month
        2026-01-03 | | | Inflation eased last month. | last month=2025-12/MONTH/relative-month
        2025-07-10 | | | A new round of talks is planned for next month. | next month=2025-08/MONTH/relative-month
        2025-07-10 | | | The envoy arrived earlier this month. | earlier this month=2025-07/MONTH/month-part
        2025-07-10 | | | The vote is expected later this year. | later this year=2025/YEAR/year-part
        2025-07-10 | | | Over the past year the currency has lost value. | Over the past year=/vague
        # days around the anchor
        2025-07-10 | | | The premier is meeting union leaders today. | today=2025-07-10/DAY/today
        2025-07-10 | | | The ministers spoke by phone yesterday. | yesterday=2025-07-09/DAY/yesterday
        2025-07-10 | | | The delegation lands in Hanoi tomorrow. | tomorrow=2025-07-11/DAY/tomorrow
        2025-07-10 | | | Tonight the mayor hosts a dinner for the envoys. | Tonight=2025-07-10/DAY/today
        2025-07-10 | | | The talks began the day before yesterday. | the day before yesterday=2025-07-08/DAY/day-before-yesterday
        2025-07-10 | | | Officials met late last night in the capital. | late last night=2025-07-09/DAY/yesterday
        2025-07-10 | | | The convoy left three days ago. | three days ago=2025-07-07/DAY/days-ago
        2025-07-10 | | | The border reopened two years ago. | two years ago=2023/YEAR/years-ago
        2025-07-10 | | | The plant closed a few days ago. | a few days ago=/vague
        # relative to the previous date of the article
        2025-07-10 | 2025-07-08 | | The chiefs of staff had met one day earlier. | one day earlier=2025-07-07/DAY/previous-offset
        2025-07-10 | 2025-07-08 | | The ministers met again the next day. | the next day=2025-07-09/DAY/previous-offset
        2025-07-10 | 2025-07-08 | | Two days later the envoys signed the text. | Two days later=2025-07-10/DAY/previous-offset
        2025-07-10 | 2025-07-08 | | The aides had prepared the draft the day before. | the day before=2025-07-07/DAY/previous-offset
        2025-07-10 | 2025-07-08 | | On the following day the summit closed. | On the following day=2025-07-09/DAY/previous-offset
        2025-07-10 | 2025-07-08 | | The cabinet approved it a week later. | a week later=2025-07-15/DAY/previous-offset
        2025-07-10 | 2025-07 | | The aides had met a day earlier. | a day earlier=/no-previous
        2025-07-10 | | | The aides had met a day earlier. | a day earlier=/no-previous
        2025-07-10 | 2025-07-08 | | The aides met two days before the vote. | two days before=/from-event
        2025-07-10 | 2025-07-08 | | Kovac arrived on July 1 and met Reyes a day later. | on July 1=2025-07-01/DAY/month-day;a day later=2025-07-02/DAY/previous-offset
        # recognised, not a single date
        2025-07-10 | | | The two men spoke last week. | last week=/week
        2025-07-10 | | | The envoy arrived earlier this week. | earlier this week=/week
        2025-07-10 | | | The chiefs will meet again next week. | next week=/week
        2025-07-10 | | | Kovac recently met the premier. | recently=/vague
        2025-07-10 | | | Shelling has intensified in recent weeks. | in recent weeks=/vague
        2025-07-10 | | | A decision is expected in the coming days. | in the coming days=/vague
        2025-07-10 | | | The leaders talked by phone over the weekend. | over the weekend=/weekend
        2025-07-10 | | | The forum runs from July 8 to 11 in Astana. | from July 8 to 11=/range
        2025-07-10 | | | The forum ran July 8-11 in Astana. | July 8-11=/range
        2025-07-10 | | | The forum ran 8-11 July in Astana. | 8-11 July=/range
        2025-07-10 | | | The drills run from Monday to Wednesday. | from Monday to Wednesday=/range
        2025-07-10 | | | Parliament adopted the 2026-2030 plan. | 2026-2030=/range
        # numbers that are not dates, years inside names
        2025-07-10 | | | Senators backed the Sanctioning Belarus Act of 2025 on Tuesday. | Act of 2025=/year-in-name;on Tuesday=2025-07-08/DAY/weekday-past
        2025-07-10 | | | She won the ICT Awards 2025 in Nairobi. | Awards 2025=/year-in-name
        2025-07-10 | | | They are losing 7,000 people a week and spent $2.5 billion. |
        2025-07-10 | | | Prices rose 500% as 85 senators backed the bill. |
        2025-07-10 | | | Troops numbering 2000 arrived at 10:30 in 12 trucks. |
        # without an anchor, relative expressions stay unresolved
        | | | The ministers met Thursday. | Thursday=/no-anchor
        | | | The ministers met on July 3. | on July 3=/no-anchor
        | | | The ministers met on July 3, 2025. | on July 3, 2025=2025-07-03/DAY/month-day-year
        | | | The plant closed yesterday. | yesterday=/no-anchor
        | | | Exports fell in 2024. | in 2024=2024/YEAR/year
        | | | Exports fell last year. | last year=/no-anchor
        | | | The committee met in March. | in March=/no-anchor
        | 2025-07-08 | | The ministers met again the next day. | the next day=2025-07-09/DAY/previous-offset
        """)
    void tagsAndResolves(String anchor, String previous, String tense, String sentence, String expected) {
        LocalDate a = anchor == null ? null : LocalDate.parse(anchor);
        DateValue prev = previous == null ? null
                : new DateValue(previous, previous.length() == 10 ? Precision.DAY : Precision.MONTH, "earlier", null,
                        "month-day");
        DateContext ctx = new DateContext(a, prev);
        List<DateMention> got = tense == null ? TAGGER.tag(sentence, ctx) : TAGGER.tag(sentence, ctx, Tense.valueOf(tense));

        List<String> actual = new ArrayList<>();
        for (DateMention m : got) {
            assertEquals(m.text(), sentence.substring(m.start(), m.end()), "offsets must point at the expression");
            DateValue v = m.value();
            if (v == null) {
                actual.add(m.text() + "=/" + m.rule());
                continue;
            }
            actual.add(m.text() + "=" + v.lexical() + "/" + v.precision() + "/" + v.rule());
            assertEquals(m.text(), v.expression());
            if (ABSOLUTE.contains(v.rule()))
                assertTrue(v.anchor() == null || v.rule().equals("previous-offset"), "absolute dates have no anchor");
            else
                assertEquals(anchor, v.anchor(), "relative dates record their anchor");
        }
        assertEquals(expected == null ? "" : expected, String.join(";", actual));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        The ministers met in Oslo.                                   | PAST
        Talks took place behind closed doors.                        | PAST
        The summit was a success.                                    | PAST
        Reyes said the talks were useful.                            | PAST
        The delegations exchanged drafts.                            | PAST
        Kovac will travel to Accra.                                  | FUTURE
        The leaders are scheduled to meet in Geneva.                 | FUTURE
        The envoy is expected to arrive in Doha.                     | FUTURE
        The minister plans to visit Lagos.                           | FUTURE
        The vote is due to take place in the spring.                 | FUTURE
        The bank’s board is set to decide on rates.                  | FUTURE
        They’ll sign the accord in Bern.                             | FUTURE
        Parliament votes on the budget next week.                    | FUTURE
        Reyes said she hopes to visit Lagos.                         | FUTURE
        Border talks set to resume in Narva.                         | FUTURE
        The talks were set to resume in Narva.                       | UNKNOWN
        Lavrov and Kovac agreed to meet again.                       | FUTURE
        The chancellor meets the king in Madrid.                     | PRESENT
        The premier is in Hanoi for talks.                           | PRESENT
        The talks were scheduled to take place in Riga.              | UNKNOWN
        Talks in Minsk.                                              | UNKNOWN
        A planned summit in Lisbon.                                  | UNKNOWN
        """)
    void detectsTense(String sentence, Tense expected) {
        assertEquals(expected, DateTagger.tenseOf(sentence));
    }

    /** article head ("\n" for line breaks) | place | year | month | day | dateline text. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        PARIS, Feb. 21 (Reuters) - French officials said the talks went well.         | PARIS | | 2 | 21 | PARIS, Feb. 21 (Reuters) -
        MOSCOW, October 3, 2025 — The foreign ministry confirmed the visit.           | MOSCOW | 2025 | 10 | 3 | MOSCOW, October 3, 2025 —
        Feb 21, 2025 /AP/ The ministers met in Rome.                                  | | 2025 | 2 | 21 | Feb 21, 2025 /AP/
        KUALA LUMPUR, Malaysia, July 10 (AP) — Two ministers met.                     | KUALA LUMPUR, Malaysia | | 7 | 10 | KUALA LUMPUR, Malaysia, July 10 (AP) —
        Share this\\nBERLIN, March 4 (dpa) - The chancellor met the mayor.            | BERLIN | | 3 | 4 | BERLIN, March 4 (dpa) -
        Kyiv, Oct 3 (Reuters) - Air raid sirens sounded.                              | Kyiv | | 10 | 3 | Kyiv, Oct 3 (Reuters) -
        NAIROBI, Kenya, 14 March 2024 — The summit opened.                            | NAIROBI, Kenya | 2024 | 3 | 14 | NAIROBI, Kenya, 14 March 2024 —
        """)
    void findsDateline(String text, String place, Integer year, int month, int day, String span) {
        String article = text.replace("\\n", "\n");
        Dateline d = DateTagger.dateline(article).orElseThrow();
        assertEquals(place, d.place());
        assertEquals(year, d.year());
        assertEquals(month, d.month());
        assertEquals(day, d.day());
        assertEquals(span, article.substring(d.start(), d.end()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        The ministers met on July 3 in Warsaw.
        Paris, July 3 is when the fair opens.
        WASHINGTON (AP) — The senators met on Tuesday.
        PARIS, Feb. 30 (Reuters) - Nothing happened.
        """)
    void noDateline(String text) {
        assertTrue(DateTagger.dateline(text).isEmpty());
    }

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
        2025-07-11 | WARSAW, July 10 (Reuters) - Ministers met.        | 2025-07-10
        2025-07-11 | Ministers met in Warsaw on Thursday.              | 2025-07-11
        2025-07-11 | WARSAW, March 2 (Reuters) - Ministers met.        | 2025-07-11
        2026-01-02 | WARSAW, Dec. 31 (Reuters) - Ministers met.        | 2025-12-31
                   | WARSAW, July 10, 2025 (Reuters) - Ministers met.  | 2025-07-10
                   | WARSAW, July 10 (Reuters) - Ministers met.        |
        """)
    void anchorForArticle(String published, String text, String expected) {
        LocalDate p = published == null ? null : LocalDate.parse(published);
        LocalDate got = DateTagger.anchorFor(p, text);
        assertEquals(expected == null ? null : LocalDate.parse(expected), got);
    }

    @Test
    void datelineAnchorsTheArticle() {
        String article = "VIENNA, Oct. 2, 2025 (Reuters) - Kovac met Reyes on Wednesday.";
        LocalDate anchor = DateTagger.anchorFor(null, article);
        Dateline dl = DateTagger.dateline(article).orElseThrow();
        String body = article.substring(dl.end()).strip();
        List<DateMention> ms = TAGGER.tag(body, DateContext.of(anchor));
        assertEquals(1, ms.size());
        assertEquals("2025-10-01", ms.get(0).value().lexical());
    }

    @Test
    void sentencesWithoutDatesCostNothing() {
        assertTrue(TAGGER.tag("The ministers discussed trade and security.", DateContext.of(LocalDate.of(2025, 7, 10)))
                .isEmpty());
        assertTrue(TAGGER.tag("", DateContext.none()).isEmpty());
        assertTrue(TAGGER.tag("Kovac met Reyes on Thursday.", null).get(0).rule().equals("no-anchor"));
    }

    @Test
    void recordsValidate() {
        assertThrows(IllegalArgumentException.class, () -> new DateMention(3, 3, "", null, "range"));
        assertThrows(IllegalArgumentException.class, () -> new DateMention(0, 5, "July", null, "range"));
        assertThrows(IllegalArgumentException.class, () -> new Dateline("PARIS", 2025, 2, 30, 0, 10));
        assertThrows(IllegalArgumentException.class, () -> new Dateline(null, null, 13, 1, 0, 10));
        Dateline leap = new Dateline(null, null, 2, 29, 0, 5);
        assertEquals(Optional.empty(), leap.date());
        assertEquals(LocalDate.of(2024, 2, 29), leap.dateNear(LocalDate.of(2025, 1, 10)).orElseThrow());
        DateMention m = new DateMention(0, 8, "Thursday", null, "no-anchor");
        assertFalse(m.resolved());
        assertNull(m.value());
        assertNotNull(DateContext.of(null).withPrevious(null));
    }
}
