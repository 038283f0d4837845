package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.article.Article;
import org.newsgraph.pipeline.Analyzer;
import org.newsgraph.resolve.MeetingReport;

/** Every line of {@code kb/title-abbreviations.tsv}: "the <title>" in its example is the person named "Abbr. X". */
class TitleAbbreviationsTest {
    private static final Analyzer ANALYZER = Analyzer.load();

    static Stream<TitleAbbreviations.Entry> entries() {
        return TitleAbbreviations.entries().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void theTitleInFullStandsForThePersonNamedWithTheAbbreviation(TitleAbbreviations.Entry e) {
        assertTrue(e.example().contains("the " + e.title()), "the example uses the title in full");
        Article a = new Article("abbr-" + e.abbreviation(), null, null, "2026-04-15", null, e.example(), false, "abbr");
        List<MeetingReport> ms = ANALYZER.analyze(a).meetings();
        assertEquals(2, ms.size(), "the meeting and the call: " + ms);
        assertEquals(MeetingMode.PHONE, ms.get(1).mode());
        assertEquals(ms.get(0).participants().stream().map(p -> p.label()).sorted().toList(),
                ms.get(1).participants().stream().map(p -> p.label()).sorted().toList());
    }

    @Test
    void titlesFitRolesSaidLater() {
        assertTrue(TitleAbbreviations.titleFits("Gov.", "governor"));
        assertTrue(TitleAbbreviations.titleFits("Foreign Minister", "minister"));
        assertTrue(TitleAbbreviations.titleFits("President", "leader"));
        assertFalse(TitleAbbreviations.titleFits("Mayor", "governor"));
    }
}
