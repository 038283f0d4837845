package org.newsgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AnnotatorTest {
    private static final Annotator ANNOTATOR = Annotator.load();

    @Test
    void sentencesNeverCrossLineBreaksAndOffsetsPointIntoTheText() {
        String text = "Talks resumed\nThe two ministers met in Oslo on Monday. They spoke for an hour.";
        Annotation a = ANNOTATOR.annotate(text);
        assertEquals(3, a.sentences().size());
        assertEquals("Talks resumed", text.substring(a.sentences().get(0).start(), a.sentences().get(0).end()));
        for (Token t : a.tokens()) assertEquals(t.text(), text.substring(t.start(), t.end()));
    }

    @Test
    void aHardWrappedSentenceIsOneSentence() {
        String text = "Trade Minister Rosa Okafor held talks with her visiting\n"
                + "counterpart Tomas Lindqvist in Abuja on Monday, a day after the two\n"
                + "signed a fisheries accord in the port city of Calabar on the coast.\n"
                + "Okafor told reporters the pair had agreed to meet again\n"
                + "before the end of the year in Stockholm, where the accord is due to\n"
                + "be ratified by both parliaments later this autumn.\n";
        Annotation a = ANNOTATOR.annotate(text);
        assertEquals(2, a.sentences().size());
        assertTrue(text.substring(a.sentences().get(0).start(), a.sentences().get(0).end()).endsWith("coast."));
        for (Token t : a.tokens()) assertEquals(t.text(), text.substring(t.start(), t.end()));
    }

    @Test
    void aMiddleInitialEndsNoSentence() {
        Annotation a = ANNOTATOR.annotate("Secretary of State Paul R. Whitcombe flew to Lima. He met the president.");
        assertEquals(2, a.sentences().size());
        assertEquals(2, ANNOTATOR.annotate("Lt. Gen. Omar Haddad and Gov. Rosa Okafor met on Friday. They spoke of roads.").sentences().size());
    }

    @Test
    void tagsProperNounsWithUdTags() {
        Annotation a = ANNOTATOR.annotate("Minister Ana Costa met Pedro Silva in Lisbon.");
        assertTrue(a.tokens().stream().anyMatch(t -> t.text().equals("Lisbon") && t.pos().equals("PROPN")));
    }
}
