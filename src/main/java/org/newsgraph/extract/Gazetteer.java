package org.newsgraph.extract;

import java.util.Optional;
import java.util.Set;

/**
 * What extraction needs to know about names: which phrases are known places, organizations or people,
 * which are titles, and which adjectives are demonyms. Implemented over the bundled knowledge base.
 */
public interface Gazetteer {
    /** The types a phrase is known as (by name or alias); empty when unknown. */
    Set<EntityType> typesOf(String phrase);

    /** Whether a lower-case phrase is a title or role ("foreign minister", "spokesman"). */
    boolean isTitle(String lowerPhrase);

    /** Longest title, in words. */
    int maxTitleWords();

    /** Longest known name, in words. */
    int maxNameWords();

    /** The country name of a demonym ("Russian" gives "Russia"). */
    Optional<String> countryOfDemonym(String adjective);

    /** Whether a word is the surname of exactly one well-known person ("Albanese"). */
    default boolean isKnownSurname(String word) {
        return false;
    }

    /** The country name of a well-known person given by name ("Cyril Ramaphosa" gives "South Africa"). */
    default Optional<String> countryOfPerson(String name) {
        return Optional.empty();
    }

    /** The name of the city where an organization that is also a venue sits ("White House": "Washington"). */
    default Optional<String> seatOf(String organization) {
        return Optional.empty();
    }

    /** The capital's name of a country given by name. */
    Optional<String> capitalOf(String country);

    /** A gazetteer that knows nothing: extraction then rests on the name finder and patterns. */
    Gazetteer EMPTY = new Gazetteer() {
        @Override
        public Set<EntityType> typesOf(String phrase) {
            return Set.of();
        }

        @Override
        public boolean isTitle(String lowerPhrase) {
            return false;
        }

        @Override
        public int maxTitleWords() {
            return 1;
        }

        @Override
        public int maxNameWords() {
            return 1;
        }

        @Override
        public Optional<String> countryOfDemonym(String adjective) {
            return Optional.empty();
        }

        @Override
        public Optional<String> capitalOf(String country) {
            return Optional.empty();
        }
    };
}
