package org.newsgraph.annotate.ner;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.annotate.Annotation;
import org.newsgraph.annotate.Annotator;
import org.newsgraph.annotate.NameSpan;

/** The model in src/main/resources/models is on the classpath, loads, and finds names in new text. */
class ShippedModelTest {
    private static final Annotator ANNOTATOR = Annotator.load();

    private static List<String> names(String text) {
        Annotation a = ANNOTATOR.annotate(text);
        return a.names().stream().map(n -> n.type() + ":" + words(a, n)).collect(Collectors.toList());
    }

    private static String words(Annotation a, NameSpan n) {
        return a.tokens().subList(n.firstToken(), n.endToken()).stream()
                .map(t -> t.text()).collect(Collectors.joining(" "));
    }

    @Test
    void annotatorLoadsTheShippedNameFinder() {
        assertTrue(ANNOTATOR.hasNameFinder());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Chancellor Olaf Weber met Prime Minister Anna Lindqvist in Stockholm on Tuesday.; person:Olaf Weber; place:Stockholm",
            "Foreign Minister Sergei Lavrov arrived in Cairo on Sunday for talks with his Egyptian counterpart.; person:Sergei Lavrov; place:Cairo",
            "The talks in Nairobi were led by Amina Odhiambo, a senior official at the United Nations.; person:Amina Odhiambo; place:Nairobi",
    })
    void findsPersonsAndPlacesInNewSentences(String sentence, String person, String place) {
        List<String> found = names(sentence);
        assertTrue(found.contains(person), found.toString());
        assertTrue(found.contains(place), found.toString());
    }
}
