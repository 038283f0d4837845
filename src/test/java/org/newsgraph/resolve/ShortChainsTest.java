package org.newsgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A full patronymic chain is also tried by its first link when linking to the knowledge base. */
class ShortChainsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
        Khalid bin Faisal bin Turki Al-Saud ~ Khalid bin Faisal bin Turki Al-Saud|Khalid bin Faisal Al Saud|Khalid bin Faisal
        Omar ibn Yusuf ibn Hamad ~ Omar ibn Yusuf ibn Hamad|Omar ibn Yusuf
        Khalid bin Faisal ~ Khalid bin Faisal
        Ana Ruiz ~ Ana Ruiz
        """)
    void formsTried(String name, String expected) {
        assertEquals(List.of(expected.split("\\|")), List.copyOf(EntityResolver.withShortChains(Set.of(name))));
    }
}
