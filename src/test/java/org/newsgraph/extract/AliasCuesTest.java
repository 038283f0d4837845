package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.article.Article;
import org.newsgraph.pipeline.Analyzer;
import org.newsgraph.resolve.ArticleFacts;
import org.newsgraph.resolve.MeetingReport;

/** Every line of {@code extract/alias-cues.tsv}: the other name, used later, is the person named before the cue. */
class AliasCuesTest {
    private static final Analyzer ANALYZER = Analyzer.load();

    static Stream<String[]> entries() {
        try (var in = AliasCuesTest.class.getResourceAsStream("/extract/alias-cues.tsv")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")).toList().stream();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void theOtherNameMeetsAsThePerson(String cue, String example) {
        assertTrue(example.toLowerCase(java.util.Locale.ROOT).contains(cue), "the example uses the cue");
        Article a = new Article("alias", null, null, "2026-04-15", null, example, false, "alias");
        ArticleFacts facts = ANALYZER.analyze(a);
        List<MeetingReport> ms = facts.meetings();
        assertEquals(1, ms.size(), "one meeting: " + ms);
        MeetingReport m = ms.stream().max(Comparator.comparingInt(r -> r.evidence().start())).orElseThrow();
        assertTrue(m.participants().stream().anyMatch(p -> example.contains(p.label()) && p.label().split(" ").length >= 2),
                "the person under the full name: " + m.participants());
    }
}
