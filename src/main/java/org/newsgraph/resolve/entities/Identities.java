package org.newsgraph.resolve.entities;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The outcome of cross-article entity resolution.
 *
 * @param canonicalOf every entity IRI → the IRI of its canonical entity (itself when canonical)
 * @param labelOf     every entity IRI → the one label of its canonical entity
 * @param otherNames  canonical IRI → the other names its entities are given, sorted
 * @param reasonOf    non-canonical IRI → why it is the same entity as its canonical one
 */
public record Identities(SortedMap<String, String> canonicalOf, Map<String, String> labelOf,
                         Map<String, List<String>> otherNames, SortedMap<String, String> reasonOf) {
    public Identities {
        canonicalOf = new TreeMap<>(canonicalOf);
        labelOf = Map.copyOf(labelOf);
        otherNames = Map.copyOf(otherNames);
        reasonOf = new TreeMap<>(reasonOf);
    }

    /** The canonical IRI of an entity; an IRI that no article names is its own canonical. */
    public String canonical(String iri) {
        return iri == null ? null : canonicalOf.getOrDefault(iri, iri);
    }

    public boolean isCanonical(String iri) {
        return canonical(iri).equals(iri);
    }
}
