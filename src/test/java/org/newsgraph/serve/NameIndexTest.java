package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names found in any spelling: case, accents, transliteration variants, a typo, a prefix; and what is not found. */
class NameIndexTest {
    private static final NameIndex INDEX = new NameIndex(List.of(
            new NameIndex.Entry("x:zel", "Person", "Volodymyr Zelenskyy", Set.of("Zelensky", "Volodymyr Zelensky"), 12),
            new NameIndex.Entry("x:lav", "Person", "Sergey Lavrov", Set.of("Lavrov"), 30),
            new NameIndex.Entry("x:erd", "Person", "Recep Tayyip Erdoğan", Set.of("Erdogan"), 8),
            new NameIndex.Entry("x:muller", "Person", "Anke Müller-Brandt", Set.of(), 1),
            new NameIndex.Entry("x:sao", "Place", "São Paulo", Set.of(), 2),
            new NameIndex.Entry("x:paul", "Person", "Paula Osei", Set.of(), 3),
            new NameIndex.Entry("x:un", "Organization", "United Nations", Set.of("UN"), 40)));

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
            "sergei lavrov | x:lav",
            "Lavrov | x:lav",
            "LAVROV | x:lav",
            "Zelenskiy | x:zel",
            "zelensky | x:zel",
            "Volodimir Zelenskyi | x:zel",
            "erdogan | x:erd",
            "Erdoğan | x:erd",
            "muller brandt | x:muller",
            "Mueller-Brandt | x:muller",
            "sao paulo | x:sao",
            "united nat | x:un",
            "un | x:un",
            "Lavrof | x:lav",
            "Okafor | NONE",
            "'' | NONE",
    })
    void findsTheBestMatchFirst(String query, String expected) {
        List<NameIndex.Hit> hits = INDEX.search(query, 10);
        assertEquals(expected, hits.isEmpty() ? null : hits.get(0).entry().iri(), hits.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"kitten | sitting | 3 | 3", "lavrov | lavrof | 2 | 1", "abcdef | uvwxyz | 2 | 3"})
    void editDistanceIsBounded(String a, String b, int max, int expected) {
        assertEquals(expected, NameIndex.distance(a, b, max));
    }
}
