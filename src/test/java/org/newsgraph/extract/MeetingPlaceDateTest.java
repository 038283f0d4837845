package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.article.Article;
import org.newsgraph.pipeline.Analyzer;
import org.newsgraph.resolve.ArticleFacts;
import org.newsgraph.resolve.Entity;
import org.newsgraph.resolve.MeetingReport;

/**
 * Where and when, from short texts written for this table ("\n" is a line break): anchors other than the publication
 * date, venues, place labels. Each expected meeting is "participants sorted and joined by '+' | status | mode | date |
 * place", meetings separated by ';'.
 */
class MeetingPlaceDateTest {
    private static final Analyzer ANALYZER = Analyzer.load();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', nullValues = "-", textBlock = """
        plan-after-the-talks ~ 2026-05-07 ~ - ~ Secretary Paul Whitcombe is likely to hold talks with Minister Mei Tanaka on May 14 in Seville. Whitcombe could be received by King Haakon Alvestad after the talks. ~ Mei Tanaka+Paul Whitcombe|PLANNED|IN_PERSON|2026-05-14|Seville;Haakon Alvestad+Paul Whitcombe|PLANNED|IN_PERSON|2026-05-14|Seville
        page-timestamp-is-no-meeting-date ~ 2026-03-06 ~ - ~ Mayor Rosa Okafor receives a call from Governor Youssef Barakat about the storm and last updated 2026-03-06 02:04:59-04 ~ Rosa Okafor+Youssef Barakat|HAPPENED|PHONE||
        common-city-label ~ 2026-03-09 ~ - ~ Commissioner Dana Reyes met union chief Pedro Salas in New York on Sunday. ~ Dana Reyes+Pedro Salas|HAPPENED|IN_PERSON|2026-03-08|New York
        embedded-post-anchor ~ - ~ https://radio.example/news/mayor-meets-premier ~ Mayor Rosa Okafor was in the capital on Monday and had a meeting with Premier Tomas Lindqvist.\\nGreat to welcome Mayor Okafor today.\\n— Tomas Lindqvist (@tlindqvist) March 9, 2026\\nThey discussed the new hospital. ~ Rosa Okafor+Tomas Lindqvist|HAPPENED|IN_PERSON|2026-03-09|
        url-date-anchor ~ - ~ https://paper.example/2026/03/10/mayor-meets-premier/ ~ Mayor Rosa Okafor met Premier Tomas Lindqvist on Monday to discuss the new hospital. ~ Rosa Okafor+Tomas Lindqvist|HAPPENED|IN_PERSON|2026-03-09|
        venue-seat ~ 2026-03-11 ~ - ~ President Ana Ruiz met Prime Minister Ines Duarte at the White House on Tuesday. ~ Ana Ruiz+Ines Duarte|HAPPENED|IN_PERSON|2026-03-10|Washington
        venue-number-seat ~ 2026-03-11 ~ - ~ Prime Minister Ines Duarte hosted President Ana Ruiz at No. 10 Downing Street on Tuesday. ~ Ana Ruiz+Ines Duarte|HAPPENED|IN_PERSON|2026-03-10|London
        venue-seat-not-topic ~ 2026-03-11 ~ - ~ President Ana Ruiz met Prime Minister Ines Duarte on Tuesday to discuss a letter from the White House. ~ Ana Ruiz+Ines Duarte|HAPPENED|IN_PERSON|2026-03-10|
        phone-no-venue ~ 2026-03-11 ~ - ~ President Ana Ruiz spoke by phone with Prime Minister Ines Duarte at the White House on Tuesday. ~ Ana Ruiz+Ines Duarte|HAPPENED|PHONE|2026-03-10|
        range-of-days-first-day ~ 2026-03-09 ~ - ~ President Ana Ruiz will host Chancellor Lukas Brenner on Thursday and Friday. ~ Ana Ruiz+Lukas Brenner|PLANNED|IN_PERSON|2026-03-12|
        range-of-days-month ~ 2026-03-09 ~ - ~ Chancellor Lukas Brenner held talks with President Ana Ruiz on March 3-4. ~ Ana Ruiz+Lukas Brenner|HAPPENED|IN_PERSON|2026-03-03|
        under-way-is-today ~ 2026-03-11 ~ - ~ Talks between President Ana Ruiz and Prime Minister Ines Duarte are under way in Lima. ~ Ana Ruiz+Ines Duarte|HAPPENED|IN_PERSON|2026-03-11|Lima
        cancelled-on-a-day-planned-for-another ~ 2026-03-11 ~ - ~ On Tuesday, President Ana Ruiz cancelled her meeting with Prime Minister Ines Duarte planned for Friday. ~ Ana Ruiz+Ines Duarte|CANCELLED|IN_PERSON|2026-03-13|
        relative-about-the-meeting ~ 2026-03-11 ~ - ~ The meeting between President Ana Ruiz and Prime Minister Ines Duarte, which was scheduled to take place on Friday at the Kremlin, was cancelled. ~ Ana Ruiz+Ines Duarte|CANCELLED|IN_PERSON|2026-03-13|Moscow
        relative-about-something-else ~ 2026-03-11 ~ - ~ President Ana Ruiz met Prime Minister Ines Duarte on Tuesday, which angered officials at the White House. ~ Ana Ruiz+Ines Duarte|HAPPENED|IN_PERSON|2026-03-10|
        """)
    void placesAndDates(String name, String published, String url, String text, String expected) {
        Article a = new Article("t-" + name, url, null, published, null, text.replace("\\n", "\n"), false, "table:" + name);
        ArticleFacts facts = ANALYZER.analyze(a);
        List<String> got = new ArrayList<>();
        for (MeetingReport r : facts.meetings()) {
            TreeSet<String> names = new TreeSet<>();
            for (Entity e : r.participants()) names.add(e.label());
            got.add(String.join("+", names) + "|" + r.status() + "|" + (r.mode() == null ? "" : r.mode()) + "|"
                    + (r.date() == null ? "" : r.date().lexical()) + "|" + (r.place() == null ? "" : r.place().label()));
        }
        assertEquals(expected == null ? "" : expected.strip(), String.join(";", got));
    }
}
