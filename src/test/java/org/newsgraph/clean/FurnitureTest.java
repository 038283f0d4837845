package org.newsgraph.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FurnitureTest {
    private static final Cleaner CLEANER = Cleaner.create();
    private static final String BEFORE = "Minister Anna Berg met envoy Karl Holm in Bergen on Monday to discuss the new ferry route.";
    private static final String AFTER = "Both sides agreed to continue the talks in the spring, officials said.";

    private static List<String> lines(String text) {
        return Arrays.asList(CLEANER.cleanText(text).text().split("\n"));
    }

    @ParameterizedTest(name = "{0} -> kept={1}")
    @CsvSource(delimiter = '|', textBlock = """
            Advertisement                                                          | false
            ADVERTISEMENT                                                          | false
            Share this article                                                     | false
            Share on WhatsApp                                                      | false
            Follow us on Telegram                                                  | false
            Sign up for our daily newsletter                                       | false
            Subscribe                                                              | false
            Skip to main content                                                   | false
            Comments (12)                                                          | false
            Leave a comment                                                        | false
            Back to top                                                            | false
            Show more                                                              | false
            Live broadcast                                                         | false
            Voice the text                                                         | false
            5 min read                                                             | false
            Print                                                                  | false
            Read more: Ferry operator posts record profit                          | false
            READ MORE » Harbour fees to rise in autumn                             | false
            Photo: Anna Berg at the port in Bergen                                 | false
            Anna Berg at the port (Photo by Per Lund)                              | false
            The minister at the harbour on Monday. (AP Photo/Jane Roe)             | false
            REUTERS/John Doe                                                       | false
            File photo: the port of Bergen in winter                               | false
            Image credit: Bergen city council                                      | false
            Ministers at the quay. Getty Images                                    | false
            © 2025 Bergen Daily News                                               | false
            Copyright 2025 Bergen Daily News. All rights reserved.                 | false
            Translated by Example Translate                                        | false
            This article was machine translated from Norwegian.                    | false
            Показать ещё                                                           | false
            عرض المزيد                                                             | false
            更多新闻                                                                 | false
            By Ola Nordmann                                                        | false
            By Ola Nordmann and Kari Hansen, Bergen                                | false
            Reporting by Ola Nordmann; Editing by Kari Hansen                      | false
            Updated 12 March 2025 14:05                                            | false
            We use cookies to improve your experience on this site.                | false
            ***                                                                    | false
            Ferry route under review                                               | true
            Oslo's Mayor Stays Cautious                                            | true
            What comes next?                                                       | true
            Share prices of ferry operators rose 4 percent after the talks.        | true
            Berg said the talks would follow the plan agreed in May.               | true
            By Monday, both ports had reopened.                                    | true
            Comments from residents were mostly positive, the council said.        | true
            The photo agency said it had no comment.                               | true
            Reuters reported that the deal was close.                              | true
            The Associated Press contributed to this report.                       | true
            Holm, speaking in Russian, called it «хороший шаг», a good step.       | true
            Live exports of salmon will continue, Holm said.                       | true
            """)
    void linesBetweenParagraphs(String line, boolean kept) {
        List<String> out = lines(BEFORE + "\n" + line + "\n" + AFTER);
        assertEquals(kept, out.contains(line.trim()), () -> String.join("\n", out));
        assertTrue(out.contains(BEFORE));
        assertTrue(out.contains(AFTER));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Latest news", "Latest", "Related articles", "Related:", "Most read", "Most popular",
            "You may also like", "More from Europe", "Trending now", "Top stories", "Recommended", "Read more",
            "Don't miss", "More stories"})
    void linkListsUnderAHeaderGo(String header) {
        String text = BEFORE + "\n" + AFTER + "\n" + header + "\n"
                + "- Ferry Strike Ends After Three Days\n"
                + "• Storm Closes Northern Ports\n"
                + "Record Salmon Prices Lift Exports\n"
                + "Is the Fjord Tunnel Worth Its Cost?\n"
                + "2 hours ago\n";
        assertEquals(List.of(BEFORE, AFTER), lines(text));
    }

    @Test
    void aListHeaderInTheMiddleStopsAtTheNextParagraph() {
        String next = "Later that day, Berg flew to Tromsø for a second meeting with local fishermen and union leaders.";
        String text = BEFORE + "\nRelated\n- Ferry Strike Ends After Three Days\n- Storm Closes Northern Ports\n" + next + "\n" + AFTER;
        assertEquals(List.of(BEFORE, next, AFTER), lines(text));
    }

    @Test
    void menuRunAtTheStartGoesButTheHeadlineStays() {
        String headline = "Ferry Talks Open in Bergen";
        String text = "Home\nWorld\nPolitics\nBusiness\n" + headline + "\n" + BEFORE + "\n" + AFTER;
        assertEquals(List.of(headline, BEFORE, AFTER), lines(text));
    }

    @Test
    void footerRunAtTheEndGoes() {
        String text = BEFORE + "\n" + AFTER + "\nAbout the paper\nOur journalists\nWork with us\nBergen Daily News";
        assertEquals(List.of(BEFORE, AFTER), lines(text));
    }

    @Test
    void shortLinesBetweenParagraphsAreHeadingsAndStay() {
        String text = BEFORE + "\nPort fees\n" + AFTER + "\nNew ferries\nUnion reaction\n" + BEFORE;
        assertEquals(List.of(BEFORE, "Port fees", AFTER, "New ferries", "Union reaction", BEFORE), lines(text));
    }

    @Test
    void theMainScriptDecidesWhatIsForeign() {
        String p1 = "Министр Анна Берг встретилась с посланником Карлом Холмом в Бергене в понедельник.";
        String p2 = "Стороны договорились продолжить переговоры весной, сообщили чиновники.";
        String text = "Skip to content\nEnglish edition\n" + p1 + "\nHolm said\n" + p2 + "\nSubscribe now";
        List<String> out = lines(text);
        assertEquals(List.of(p1, p2), out);
    }

    @Test
    void whitespaceIsCollapsedAndMappedToTheFirstSpaceOfEachRun() {
        String text = "  Minister   Berg\tmet \u00a0 envoy Holm.  \r\n\r\n\tThey agreed.\r\n";
        CleanText c = CLEANER.cleanText(text);
        assertEquals("Minister Berg met envoy Holm.\nThey agreed.", c.text());
        assertEquals(text.indexOf("   "), c.toOriginal()[8]);
        assertEquals('\n', text.charAt(c.toOriginal()[c.text().indexOf('\n')]));
        OffsetChecks.assertExactPlain(text, c);
    }

    @Test
    void invisibleCharactersAreDroppedWithoutBreakingTheMap() {
        String text = "Berg\u200b met Holm\u00ad in Bergen.\uFEFF";
        CleanText c = CLEANER.cleanText(text);
        assertEquals("Berg met Holm in Bergen.", c.text());
        OffsetChecks.assertExactPlain(text, c);
        assertEquals(text.length() - 1, c.toOriginal()[c.text().length()]);
    }

    @Test
    void emptyAndFurnitureOnlyTextGiveAnEmptyCleanText() {
        for (String text : List.of("", "   \n\n", "Advertisement\nShare\nSubscribe")) {
            CleanText c = CLEANER.cleanText(text);
            assertEquals("", c.text());
            assertEquals(1, c.toOriginal().length);
        }
        assertFalse(CLEANER.cleanText(BEFORE).text().isEmpty());
    }
}
