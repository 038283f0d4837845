package org.newsgraph.resolve.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.extract.EntityType;

class EntityUnifierTest {
    private static final String P = "https://w3id.org/newsgraph/id/person/";

    private static EntityNaming person(String key, String name, String article) {
        return new EntityNaming(P + key, EntityType.PERSON, name, null, "art:" + article);
    }

    private static Identities resolve(EntityNaming... n) {
        return new EntityUnifier().resolve(List.of(n));
    }

    @Test
    void aSurnameAloneIsTheOnePersonWithThatFullName() {
        Identities ids = resolve(person("okafor", "Okafor", "a2"), person("amara-okafor", "Amara Okafor", "a1"));
        assertEquals(P + "amara-okafor", ids.canonical(P + "okafor"));
        assertEquals("Amara Okafor", ids.labelOf().get(P + "okafor"));
        assertTrue(ids.reasonOf().get(P + "okafor").contains("only person"), ids.reasonOf().toString());
        assertEquals(List.of("Okafor"), ids.otherNames().get(P + "amara-okafor"));
    }

    @Test
    void aSharedSurnameIsNoEvidence() {
        Identities ids = resolve(person("okafor", "Okafor", "a2"), person("amara-okafor", "Amara Okafor", "a1"),
                person("chidi-okafor", "Chidi Okafor", "a3"));
        assertTrue(ids.isCanonical(P + "okafor"));
        assertTrue(ids.isCanonical(P + "amara-okafor"));
        assertTrue(ids.isCanonical(P + "chidi-okafor"));
        assertEquals("Okafor", ids.labelOf().get(P + "okafor"));
    }

    @Test
    void aSurnameWithTransliterationVariantsStillNamesOnePerson() {
        Identities ids = resolve(person("lavrenkyy", "Lavrenkyy", "a1"), person("sergei-lavrenkiy", "Sergei Lavrenkiy", "a2"),
                person("sergey-lavrenky", "Sergey Lavrenky", "a3"), person("sergey-lavrenky", "Sergey Lavrenky", "a4"));
        assertEquals(P + "sergey-lavrenky", ids.canonical(P + "sergei-lavrenkiy"));
        assertEquals(P + "sergey-lavrenky", ids.canonical(P + "lavrenkyy"));
        assertEquals("Sergey Lavrenky", ids.labelOf().get(P + "sergei-lavrenkiy"));
    }

    @ParameterizedTest
    @CsvSource({
            "Sergey Pavlenko,   Sergei Pavlenko,   true",
            "Bohdan Kovalskyy,  Bohdan Kovalsky,   true",
            "Aleksandr Hrytsak, Alexander Hrytsak, true",
            "Mr Ivo Dranek,     Ivo Dranek,        true",
            "Amara Okafor,      Chidi Okafor,      false",
            "Ivo Dranek,        Ivan Dranek,       false"})
    void fullNamesAreOneWhenTheyDifferOnlyByTransliteration(String a, String b, boolean same) {
        Identities ids = resolve(person("x-" + a.hashCode(), a, "a1"), person("y-" + b.hashCode(), b, "a2"));
        assertEquals(same, ids.canonical(P + "x-" + a.hashCode()).equals(ids.canonical(P + "y-" + b.hashCode())));
    }

    @Test
    void theSameQidIsOneEntityAndTheLinkedOneIsCanonical() {
        Identities ids = resolve(
                new EntityNaming("https://w3id.org/newsgraph/id/place/port-aster", EntityType.PLACE, "Port Aster", "Q77", "art:a1"),
                new EntityNaming("https://w3id.org/newsgraph/id/place/aster-port", EntityType.PLACE, "Aster Port", "Q77", "art:a2"),
                new EntityNaming("https://w3id.org/newsgraph/id/place/keldra", EntityType.PLACE, "Keldra", null, "art:a2"));
        assertEquals("https://w3id.org/newsgraph/id/place/aster-port", ids.canonical("https://w3id.org/newsgraph/id/place/port-aster"));
        assertTrue(ids.reasonOf().get("https://w3id.org/newsgraph/id/place/port-aster").contains("Q77"));
        assertTrue(ids.isCanonical("https://w3id.org/newsgraph/id/place/keldra"));
    }

    @Test
    void theLabelIsTheMostFrequentNameTiesToTheSmallest() {
        Identities ids = resolve(person("jose-ruiz", "José Ruiz", "a1"), person("jose-ruiz", "Jose Ruiz", "a2"),
                person("jose-ruiz", "Jose Ruiz", "a3"));
        assertEquals("Jose Ruiz", ids.labelOf().get(P + "jose-ruiz"));
        Identities tie = resolve(person("jose-ruiz", "José Ruiz", "a1"), person("jose-ruiz", "Jose Ruiz", "a2"));
        assertEquals("Jose Ruiz", tie.labelOf().get(P + "jose-ruiz"));
        assertEquals(List.of("José Ruiz"), tie.otherNames().get(P + "jose-ruiz"));
    }

    @Test
    void theOrderOfNamingsDoesNotMatter() {
        List<EntityNaming> all = new ArrayList<>(List.of(person("okafor", "Okafor", "a1"), person("amara-okafor", "Amara Okafor", "a2"),
                person("sergei-pavlenko", "Sergei Pavlenko", "a3"), person("sergey-pavlenko", "Sergey Pavlenko", "a4"),
                person("pavlenko", "Pavlenko", "a5"), person("ivo-dranek", "Ivo Dranek", "a1"), person("dranek", "Dranek", "a6"),
                person("lina-dranek", "Lina Dranek", "a7")));
        Identities first = new EntityUnifier().resolve(all);
        Random rnd = new Random(7);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(all, rnd);
            assertEquals(first, new EntityUnifier().resolve(all));
        }
        assertTrue(first.isCanonical(P + "dranek"), "two Draneks: the surname stays apart");
        assertEquals(first.canonical(P + "pavlenko"), first.canonical(P + "sergei-pavlenko"));
        assertFalse(first.isCanonical(P + "okafor"));
    }
}
