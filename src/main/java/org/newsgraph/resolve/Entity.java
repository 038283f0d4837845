package org.newsgraph.resolve;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.newsgraph.extract.EntityType;

/**
 * A resolved entity: one real person, organization or place.
 *
 * @param type      person, organization or place
 * @param key       deterministic identifier, lower-case ASCII words joined by '-', unique within a type;
 *                  the IRI is minted from type and key
 * @param label     the canonical name (the one rdfs:label)
 * @param altLabels other names the article uses for it
 * @param title     a person's title as the text gives it ("Secretary of State"), or null
 * @param wikidata  Wikidata QID ("Q324546") when linked, or null
 * @param country   for places and people: the key of the place entity of their country, or null
 */
public record Entity(EntityType type, String key, String label, List<String> altLabels, String title,
                     String wikidata, String country) {
    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

    public Entity {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        if (key == null || !KEY.matcher(key).matches()) throw new IllegalArgumentException("bad entity key: " + key);
        if (label.isBlank()) throw new IllegalArgumentException("blank label for " + key);
        if (wikidata != null && !QID.matcher(wikidata).matches()) throw new IllegalArgumentException("bad QID: " + wikidata);
        altLabels = altLabels == null ? List.of() : List.copyOf(altLabels);
        if (title != null && title.isBlank()) title = null;
    }
}
