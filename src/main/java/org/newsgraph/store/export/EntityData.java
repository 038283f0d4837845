package org.newsgraph.store.export;

import java.util.List;
import java.util.Objects;

/**
 * What the store says about one entity, merged over all article graphs. Where articles disagree the values are
 * kept sorted (labels) or joined; {@code label} is the smallest label so that output stays deterministic.
 */
public record EntityData(String iri, boolean person, String label, List<String> titles, List<String> countryIris,
                         String wikidata) {
    public EntityData {
        Objects.requireNonNull(iri, "iri");
        titles = List.copyOf(titles);
        countryIris = List.copyOf(countryIris);
        if (label == null || label.isBlank()) label = iri;
    }
}
