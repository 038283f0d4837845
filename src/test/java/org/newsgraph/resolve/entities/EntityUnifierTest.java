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
    /** The Spark job resolves group by group: groups tied by {@link EntityUnifier#groupKeys} give the store-wide answer. */
    @Test
    void resolvingEachGroupApartGivesTheWholeStoresIdentities() {
        List<EntityNaming> all = List.of(
                person("okafor", "Okafor", "a2"), person("amara-okafor", "Amara Okafor", "a1"),
                person("mr-okafor", "Mr Okafor", "a5"), person("chidi-okafor", "Chidi Okafor", "a3"),
                person("lavrenkyy", "Lavrenkyy", "a1"), person("sergei-lavrenkiy", "Sergei Lavrenkiy", "a2"),
                person("sergey-lavrenky", "Sergey Lavrenky", "a3"), person("sergey-lavrenky", "Sergey Lavrenky", "a4"),
                person("ivo-dranek", "Ivo Dranek", "a1"), person("mr-ivo-dranek", "Mr Ivo Dranek", "a6"),
                person("dranek", "Dranek", "a7"), person("ivan-dranek", "Ivan Dranek", "a8"),
                person("selin", "Selin", "a9"), person("noor-haddad", "Noor Haddad", "a9"),
                new EntityNaming(P + "noor-haddad", EntityType.PERSON, "Noor Haddad", "Q901", "art:a10"),
                new EntityNaming(P + "n-haddad", EntityType.PERSON, "N. Haddad", "Q901", "art:a11"),
                new EntityNaming("https://w3id.org/newsgraph/id/place/port-aster", EntityType.PLACE, "Port Aster", "Q77", "art:a1"),
                new EntityNaming("https://w3id.org/newsgraph/id/place/aster-port", EntityType.PLACE, "Aster Port", "Q77", "art:a2"),
                new EntityNaming("https://w3id.org/newsgraph/id/place/keldra", EntityType.PLACE, "Keldra", null, "art:a2"));
        // as the job does: each IRI's smallest QID on all its namings, groups joined through shared keys
        java.util.Map<String, String> qid = new java.util.TreeMap<>();
        for (EntityNaming n : all) if (n.qid() != null) qid.merge(n.iri(), n.qid(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        List<EntityNaming> namings = all.stream()
                .map(n -> new EntityNaming(n.iri(), n.type(), n.name(), qid.get(n.iri()), n.article())).toList();
        java.util.Map<String, String> group = new java.util.TreeMap<>();
        java.util.Map<String, List<String>> byKey = new java.util.TreeMap<>();
        for (EntityNaming n : namings) {
            group.put(n.iri(), n.iri());
            List<String> names = namings.stream().filter(m -> m.iri().equals(n.iri())).map(EntityNaming::name).toList();
            for (String k : EntityUnifier.groupKeys(n.type(), n.qid(), names)) byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(n.iri());
        }
        for (boolean changed = true; changed; ) {
            changed = false;
            for (List<String> iris : byKey.values()) {
                String min = iris.stream().map(group::get).min(String::compareTo).orElseThrow();
                for (String i : iris) if (!group.get(i).equals(min)) { group.put(i, min); changed = true; }
            }
        }
        java.util.Map<String, List<EntityNaming>> groups = new java.util.TreeMap<>();
        for (EntityNaming n : namings) groups.computeIfAbsent(group.get(n.iri()), k -> new ArrayList<>()).add(n);
        assertTrue(groups.size() > 3, groups.keySet().toString());

        Identities whole = new EntityUnifier().resolve(namings);
        java.util.Map<String, String> canonical = new java.util.TreeMap<>();
        java.util.Map<String, String> labels = new java.util.TreeMap<>();
        java.util.Map<String, List<String>> others = new java.util.TreeMap<>();
        java.util.Map<String, String> reasons = new java.util.TreeMap<>();
        for (List<EntityNaming> g : groups.values()) {
            Identities part = new EntityUnifier().resolve(g);
            canonical.putAll(part.canonicalOf());
            labels.putAll(part.labelOf());
            others.putAll(part.otherNames());
            reasons.putAll(part.reasonOf());
        }
        assertEquals(whole.canonicalOf(), canonical);
        assertEquals(new java.util.TreeMap<>(whole.labelOf()), labels);
        assertEquals(new java.util.TreeMap<>(whole.otherNames()), others);
        assertEquals(whole.reasonOf(), reasons);
        assertEquals(P + "amara-okafor", whole.canonical(P + "amara-okafor"));
        assertTrue(whole.isCanonical(P + "okafor"), "two Okafors: the surname alone stays apart");
    }
}
