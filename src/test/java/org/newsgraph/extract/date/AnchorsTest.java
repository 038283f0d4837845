package org.newsgraph.extract.date;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where an article's anchor day comes from, in order of trust. Texts written for this table ("\n" is a line break). */
class AnchorsTest {
    private static final DateTagger TAGGER = DateTagger.create();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', nullValues = "-", textBlock = """
        published-first ~ 2026-03-04 ~ https://news.example/2026/02/01/port-talks ~ Mayor Ana Ruiz met the harbour board on Monday. ~ 2026-03-04 publication date
        dateline-with-year ~ - ~ - ~ LIMA, March 3, 2026 (Meridian Wire) - Mayor Ana Ruiz met the harbour board. ~ 2026-03-03 dateline
        header-line ~ - ~ https://news.example/2026/02/01/port-talks ~ Port talks resume\\nUpdated 3 March 2026 18:24 GMT\\nMayor Ana Ruiz met the harbour board on Monday. ~ 2026-03-03 dated header line
        header-line-not-a-sentence ~ - ~ - ~ Port talks resume\\nThe board met on 3 March 2026 to agree a plan.\\nMayor Ana Ruiz spoke. ~ -
        url-day ~ - ~ https://news.example/politics/2026/03/04/port-talks-resume ~ Mayor Ana Ruiz met the harbour board on Monday. ~ 2026-03-04 URL date
        url-day-dashes ~ - ~ https://news.example/national/2026-03-04-port-talks-resume ~ Mayor Ana Ruiz met the board. ~ 2026-03-04 URL date
        url-month-name ~ - ~ https://news.example/news/2026/mar/4/port-talks/ ~ Mayor Ana Ruiz met the board. ~ 2026-03-04 URL date
        url-month-and-text-day ~ - ~ https://news.example/city/2026/03/port-talks ~ Mayor Ana Ruiz told reporters March 4 that the board met her on Wednesday. An earlier round was on Feb. 20. ~ 2026-03-04 URL month and a day the text names
        url-month-not-a-plan ~ - ~ https://news.example/city/2026/03/port-talks ~ Mayor Ana Ruiz met the board on Wednesday, March 4. She will meet the governor on March 26. ~ 2026-03-04 URL month and a day the text names
        url-month-alone ~ - ~ https://news.example/city/2026/03/port-talks ~ Mayor Ana Ruiz met the board on Wednesday. ~ -
        embedded-post ~ - ~ https://news.example/port-talks ~ Mayor Ana Ruiz met the board.\\nGreat talks with the harbour board today.\\n— Ana Ruiz (@anaruiz_lima) March 4, 2026\\nShe left at noon. ~ 2026-03-04 embedded post date
        nothing ~ - ~ https://news.example/port-talks ~ Mayor Ana Ruiz met the board on Wednesday. ~ -
        """)
    void anchors(String name, String published, String url, String text, String expected) {
        String got = Anchors.of(published == null ? null : LocalDate.parse(published), url, text.replace("\\n", "\n"), TAGGER)
                .map(a -> a.date() + " " + a.source()).orElse(null);
        assertEquals(expected, got);
    }
}
