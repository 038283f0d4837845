package org.newsgraph.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CleanerFixtureTest {
    private static final Cleaner CLEANER = Cleaner.create();

    static Stream<Arguments> fixtures() {
        return Stream.of(
                Arguments.of("wire-menu.txt",
                        List.of("OSLO (Wire) Norwegian Foreign Minister Ingrid Halvorsen met her Chilean counterpart Tomás Ibarra on Tuesday in Oslo to discuss fishing quotas.",
                                "The two ministers spoke for almost two hours, according to a statement from the Norwegian ministry.",
                                "Halvorsen said the talks had been \"frank and useful\" and that a follow-up meeting is planned for March."),
                        List.of("Skip to", "Menu", "Search", "Share", "Advertisement", "advertisement", "Facebook", "Twitter", "Email", "Print")),
                Arguments.of("translated.txt",
                        List.of("Minister of Trade Pavel Sorokin held talks with the Brazilian delegation led by Marina Coelho in Kazan on Wednesday.",
                                "According to Sorokin, the parties agreed to double the volume of grain deliveries by 2027.",
                                "Coelho told reporters that Brasília sees Kazan as a key partner in the region."),
                        List.of("Главная", "Новости", "Переведено", "Listen", "Voice the text", "Select important", "On\n", "Off",
                                "machine translated", "Live broadcast")),
                Arguments.of("latest-news.txt",
                        List.of("Dutch and Kenyan Trade Ministers Meet in Nairobi",
                                "Dutch Trade Minister Pieter Bakker and Kenyan Trade Secretary Amina Wanjiru met in Nairobi on 14 May to sign a flower export agreement.",
                                "Next Steps",
                                "\"This is a fair deal for growers on both sides,\" Wanjiru said."),
                        List.of("Photo", "Public Domain", "Latest news", "Flooding", "Central Bank", "Marathon", "Drought")),
                Arguments.of("headings.txt",
                        List.of("Senators Clash Over Water Treaty", "Ambassador pushes for quick deal", "What happens next?", "Farmers worried",
                                "Senator Laura Whitfield met Mexican Ambassador Ricardo Fuentes in Washington on Friday to discuss the Rio Grande water treaty.",
                                "Farmers in Texas have warned that further delays could cost them an entire harvest."),
                        List.of()),
                Arguments.of("page.html",
                        List.of("Harbour Mayors Meet in Rotterdam",
                                "Rotterdam Mayor Eva Lindqvist met Hamburg Mayor Jonas Keller in Rotterdam on Monday to discuss port emissions & shipping.",
                                "Keller said the cities’ plan would cut emissions “by a third” within ten years — a goal Lindqvist called \"ambitious but possible\".",
                                "Café talks continue",
                                "The mayors will meet again in Hamburg in October… according to Lindqvist’s office."),
                        List.of("Example Gazette", "Home", "World", "Politics", "Skip", "Kees Jansen", "Facebook", "Tweet", "Photo", "Lisa Smit",
                                "harbour.", "Styled", "Script", "JavaScript", "Chart", "Advertisement", "Template", "Commented",
                                "Comments", "Great article", "Name", "Post", "Most read", "Storm", "Related", "Another story",
                                "©", "rights", "Privacy", "cookies", "<", ">", "&amp;", "&#")),
                Arguments.of("malformed.html",
                        // the page is read as browsers read it: the unterminated title="… swallows the rest of the page
                        // up to the next quote, so the last paragraph is not shown, and not kept
                        List.of("Finance Minister Tariq Haddad met IMF envoy Sofia Moretti in Amman on Sunday.",
                                "They discussed a loan of 1.2 billion dollars over three years."),
                        List.of("<p", "<b>", "</")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void keepsTheStoryAndDropsTheFurniture(String fixture, List<String> kept, List<String> gone) {
        CleanText c = clean(fixture);
        List<String> lines = Arrays.asList(c.text().split("\n"));
        for (String line : kept) assertTrue(lines.contains(line), () -> "missing line: " + line + "\n--- got:\n" + c.text());
        for (String s : gone) assertFalse(c.text().contains(s), () -> "furniture left: " + s + "\n--- got:\n" + c.text());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"wire-menu.txt", "translated.txt", "latest-news.txt", "headings.txt", "page.html", "malformed.html"})
    void offsetMapIsExact(String fixture) {
        String original = OffsetChecks.resource(fixture);
        CleanText c = clean(fixture);
        assertFalse(c.text().isEmpty());
        if (fixture.endsWith(".html")) OffsetChecks.assertExactHtml(original, c);
        else OffsetChecks.assertExactPlain(original, c);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"wire-menu.txt", "translated.txt", "latest-news.txt", "headings.txt"})
    void everyKeptLineIsFoundAtItsMappedSpan(String fixture) {
        String original = OffsetChecks.resource(fixture);
        CleanText c = clean(fixture);
        int start = 0;
        for (String line : c.text().split("\n", -1)) {
            int end = start + line.length();
            assertEquals(line, original.substring(c.originalStart(start), c.originalEnd(end)));
            start = end + 1;
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"wire-menu.txt", "translated.txt", "latest-news.txt", "headings.txt", "page.html", "malformed.html"})
    void cleaningIsStableOnItsOwnOutput(String fixture) {
        String once = clean(fixture).text();
        assertEquals(once, CLEANER.cleanText(once).text());
    }

    private static CleanText clean(String fixture) {
        String original = OffsetChecks.resource(fixture);
        return fixture.endsWith(".html") ? CLEANER.cleanHtml(original) : CLEANER.cleanText(original);
    }
}
