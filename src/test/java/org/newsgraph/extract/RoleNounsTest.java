package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.article.Article;
import org.newsgraph.pipeline.Analyzer;
import org.newsgraph.resolve.MeetingReport;

/** Every line of {@code extract/role-nouns.tsv}: "the two ROLE" in its example names the pair whose titles fit. */
class RoleNounsTest {
    private static final Analyzer ANALYZER = Analyzer.load();

    static Stream<RoleNouns.Entry> entries() {
        return RoleNouns.standard().entries().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void theLastMeetingOfTheExampleIsTheFittingPair(RoleNouns.Entry e) {
        assertTrue(e.example().contains("two " + e.role()), "the example uses the role");
        Article a = new Article("role-" + e.role(), null, null, "2026-04-15", null, e.example(), false, "roles");
        List<MeetingReport> ms = ANALYZER.analyze(a).meetings();
        MeetingReport last = ms.stream().max(Comparator.comparingInt(m -> m.evidence().start())).orElseThrow();
        Set<String> names = last.participants().stream().map(p -> p.label()).collect(Collectors.toSet());
        assertEquals(Set.copyOf(e.expected()), names, "the two " + e.role() + " in: " + e.example());
    }

    @Test
    void titlesFitByWholeWords() {
        RoleNouns r = RoleNouns.standard();
        assertTrue(r.fits("diplomats", List.of("us secretary of state")));
        assertFalse(r.fits("diplomats", List.of("president")));
        assertFalse(r.fits("leaders", List.of("foreign minister")));
        assertTrue(r.fits("unknown-role", List.of("anything")), "a role not in the file constrains nothing");
    }
}
