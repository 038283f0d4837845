package org.newsgraph.clean;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.article.Article;

class HtmlCleanerTest {
    private static final Cleaner CLEANER = Cleaner.create();
    private static final String P1 = "Minister Anna Berg met envoy Karl Holm in Bergen on Monday to discuss the new ferry route.";
    private static final String P2 = "Both sides agreed to continue the talks in the spring, officials said.";

    private static String clean(String html) {
        CleanText c = CLEANER.cleanHtml(html);
        OffsetChecks.assertExactHtml(html, c);
        return c.text();
    }

    @ParameterizedTest(name = "<{0}>")
    @ValueSource(strings = {"nav", "header", "footer", "aside", "form", "button", "figure", "figcaption", "iframe",
            "script", "style", "noscript", "template", "svg", "textarea", "title", "select", "dialog"})
    void skipsFurnitureElements(String tag) {
        String html = "<body><p>" + P1 + "</p><" + tag + "><div>Furniture <b>text</b></div></" + tag + "><p>" + P2 + "</p></body>";
        assertEquals(P1 + "\n" + P2, clean(html));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"class=\"share-buttons\"", "class='social'", "id=\"comments\"", "role=\"navigation\"",
            "role=complementary", "class=\"ad-container\"", "class=\"newsletter-signup\"", "class=\"related\"",
            "class=\"cookie-notice\"", "class=\"breadcrumb\"", "class=\"photo-credit\"", "class=\"byline\"",
            "class=\"wp-caption-text\"", "class=\"shareBar\"", "id=\"main-nav\"", "class=\"site-footer\"",
            "aria-hidden=\"true\"", "hidden", "style=\"display: none\"", "class=\"x most-read\""})
    void skipsElementsMarkedAsFurniture(String attribute) {
        String html = "<div><p>" + P1 + "</p><div " + attribute + "><p>Furniture text</p></div><p>" + P2 + "</p></div>";
        assertEquals(P1 + "\n" + P2, clean(html));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"class=\"has-comments\"", "class=\"content\"", "class=\"article-body\"", "class=\"shadow\"",
            "class=\"headline\"", "id=\"story\"", "class=\"with-ads no-share\"", "class=\"download\""})
    void keepsElementsWhoseAttributesOnlyLookAlike(String attribute) {
        String html = "<div><p>" + P1 + "</p><div " + attribute + "><p>Kept text of the story.</p></div></div>";
        assertEquals(P1 + "\nKept text of the story.", clean(html));
    }

    @Test
    void pageClassesNeverHideTheStory() {
        String html = "<body class=\"has-sidebar single-post ads-enabled\"><main class=\"main share\"><article class=\"post comments-open\">"
                + "<p>" + P1 + "</p></article></main></body>";
        assertEquals(P1, clean(html));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            <div>One</div><div>Two</div>                  | One\\nTwo
            One<br>Two<br/>Three                          | One\\nTwo\\nThree
            A <b>bold</b> and <i>tilted</i> word.         | A bold and tilted word.
            Ferry <img src=a.png alt=icon> news today      | Ferry news today
            <ul><li>First</li><li>Second</li></ul>         | First\\nSecond
            <table><tr><td>Cell one</td><td>Cell two</td></tr></table> | Cell one\\nCell two
            <h2>Heading</h2>Text after                     | Heading\\nText after
            <p>  Spaced \\n\\t  out  </p>                  | Spaced out
            <pre>Line one\\nLine two</pre>                 | Line one\\nLine two
            x<![CDATA[ a < b ]]>y                          | x a < b y
            Tom &amp; Jerry &lt;3 &#8217;&#x2019;&rsquo;   | Tom & Jerry <3 ’’’
            a&nbsp;&nbsp;b&#160;c                          | a b c
            &laquo;Oui&raquo; &eacute;t&eacute; &hellip;   | «Oui» été …
            Smile &#128512; &#150; ok &#x1F600;            | Smile 😀 – ok 😀
            AT&T and R&D &copy 2025                        | AT&T and R&D © 2025
            """)
    void blocksAndCharacterReferences(String html, String expected) {
        html = html.replace("\\n", "\n").replace("\\t", "\t");
        assertEquals(expected.replace("\\n", "\n"), clean(html));
    }

    @Test
    void prefersTheDominantArticleInsideMain() {
        String teaser = "<article><p>A short teaser about something else.</p></article>";
        String html = "<body><div class=\"topbar\"><p>Welcome to the example site for regional news and more.</p></div>"
                + "<main>" + teaser + "<article><h1>Ferry Talks</h1><p>" + P1 + "</p><p>" + P2 + "</p></article>" + teaser
                + "</main><div><p>Text outside the main region of the page stays out.</p></div></body>";
        assertEquals("Ferry Talks\n" + P1 + "\n" + P2, clean(html));
    }

    @Test
    void withoutMainOrArticleTheWholeBodyCounts() {
        String html = "<html><body><div><h1>Ferry Talks</h1><p>" + P1 + "</p></div><div><p>" + P2 + "</p></div></body></html>";
        assertEquals("Ferry Talks\n" + P1 + "\n" + P2, clean(html));
    }

    @Test
    void fallsBackWhenClassNamesHideEverything() {
        String html = "<div class=\"widget\"><p>" + P1 + "</p><p>" + P2 + "</p></div>";
        assertEquals(P1 + "\n" + P2, clean(html));
    }

    @ParameterizedTest(name = "[{index}]")
    @ValueSource(strings = {"", "<", "<<>>", "<p", "<!--", "<!-- open", "<![CDATA[x", "</", "</>", "&", "&#", "&#x", "&#x;",
            "<div class='", "<div class=\"a\" id=x/>Text", "<script>never closed", "<style>", "<p>a</div></div></span>",
            "<a href=\"x\">link", "<!DOCTYPE", "<?xml version=\"1.0\"?>Text", "<br/><br/>", "text</p>more", "< p>not a tag",
            "<p>a<p>b<li>c<li>d", "<svg><text>x</svg>after", "<b><i>x</b></i>", "\u0000\u0001<p>\uD800bad</p>",
            "<div hidden>x</div>y", "<td>a<td>b", "<title>x", "<nav><nav><p>x</nav>still nav</nav>free"})
    void malformedHtmlNeverThrows(String html) {
        assertDoesNotThrow(() -> OffsetChecks.assertWellFormed(html, CLEANER.cleanHtml(html)));
    }

    @Test
    void randomTagSoupNeverThrowsAndKeepsTheMapValid() {
        String[] pieces = {"<p>", "</p>", "<div class=\"share\">", "</div>", "<script>", "</script>", "<!--", "-->",
                "&amp;", "&#", "&#x1F600;", "&", "<", ">", "\"", "'", "=", "Berg met Holm. ", "Advertisement", "\n",
                "<br>", "<article>", "</article>", "<main>", "</main>", "<li>", "<![CDATA[", "]]>", "<nav>", "</nav>",
                "&rsquo;", "Привет ", "  ", "<a href='x>", "</a>", "<h2>", "</h2>"};
        Random random = new Random(42);
        for (int round = 0; round < 500; round++) {
            StringBuilder b = new StringBuilder();
            int len = random.nextInt(60);
            for (int k = 0; k < len; k++) b.append(pieces[random.nextInt(pieces.length)]);
            String html = b.toString();
            assertDoesNotThrow(() -> OffsetChecks.assertExactHtml(html, CLEANER.cleanHtml(html)), html);
        }
    }

    @Test
    void cleanUsesTheArticleFormat() {
        String html = "<p>" + P1 + "</p><p>" + P2 + "</p>";
        Article asHtml = new Article("a1", null, null, "2025-03-10", null, html, true, "test");
        assertEquals(P1 + "\n" + P2, CLEANER.clean(asHtml).text());

        String plain = "Talks in <b>Oslo</b> & Bergen: the ministers met.";
        Article asText = new Article("a2", null, null, null, null, plain, false, "test");
        assertEquals(plain, CLEANER.clean(asText).text());

        String page = "<!DOCTYPE html><html><body><p>" + P1 + "</p></body></html>";
        Article unflagged = new Article("a3", null, null, null, null, page, false, "test");
        assertEquals(P1, CLEANER.clean(unflagged).text());
    }

    @Test
    void aDecodedCharacterMapsToItsAmpersand() {
        String html = "<p>Caf&eacute; &#8220;talks&#8221;</p>";
        CleanText c = CLEANER.cleanHtml(html);
        assertEquals("Café “talks”", c.text());
        assertEquals(html.indexOf("&eacute;"), c.toOriginal()[3]);
        assertEquals(html.indexOf("&#8220;"), c.toOriginal()[5]);
        assertEquals(html.indexOf("</p>"), c.toOriginal()[c.text().length()]);
    }
}
