package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.article.Article;
import org.newsgraph.pipeline.Analyzer;
import org.newsgraph.resolve.MeetingReport;

/** Every line of {@code extract/meeting-words.tsv} does what its kind says, on its own example sentence. */
class MeetingLexiconTest {
    private static final Analyzer ANALYZER = Analyzer.load();

    static Stream<MeetingLexicon.Entry> entries() {
        return MeetingLexicon.standard().entries().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void exampleBehavesAsItsKindSays(MeetingLexicon.Entry e) {
        assertTrue(e.example().toLowerCase(java.util.Locale.ROOT).contains(e.word()), "the example uses the word");
        Article a = new Article("lex-" + e.word(), null, null, "2026-04-15", null, e.example(), false, "lexicon");
        List<MeetingReport> ms = ANALYZER.analyze(a).meetings();
        switch (e.kind()) {
            case "verb", "with-verb", "visit-verb" -> assertTrue(!ms.isEmpty(), "a meeting: " + e.example());
            case "phone-verb" -> assertTrue(ms.stream().anyMatch(m -> m.mode() == MeetingMode.PHONE), "a phone meeting: " + ms);
            case "attend-verb", "not-object", "proposal", "habitual" -> assertTrue(ms.isEmpty(), "no meeting: " + ms);
            case "status-planned" -> assertTrue(ms.stream().anyMatch(m -> m.status() == MeetingStatus.PLANNED), "planned: " + ms);
            case "status-cancelled" -> assertTrue(ms.stream().anyMatch(m -> m.status() == MeetingStatus.CANCELLED), "cancelled: " + ms);
            default -> assertFalse(true, "unknown kind " + e.kind());
        }
    }
}
