package org.newsgraph.resolve.kb;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.newsgraph.extract.EntityType;

/**
 * One entry of the bundled knowledge base.
 *
 * @param type    person, organization or place (countries are places of kind {@code country})
 * @param key     lower-case ASCII words joined by '-', unique within a type
 * @param label   the canonical name
 * @param aliases other names, including names the loader generates (for ministries)
 * @param qid     Wikidata QID, or null when not known for certain
 * @param country key of the country (a place) this entry belongs to, or null (always null for countries)
 * @param kind    for places: country, capital, city, region, continent, body-of-water; for organizations:
 *                intergovernmental, government, ministry, legislature, party, media, company, military,
 *                education, other; for people: person
 * @param roles   for people, offices held ("President of Russia"); empty otherwise
 */
public record KbEntry(EntityType type, String key, String label, List<String> aliases,
                      String qid, String country, String kind, List<String> roles) {
    static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

    public KbEntry {
        Objects.requireNonNull(type, "type");
        if (key == null || !KEY.matcher(key).matches()) throw new IllegalArgumentException("bad kb key: " + key);
        if (label == null || label.isBlank()) throw new IllegalArgumentException("blank label for " + key);
        if (qid != null && qid.isBlank()) qid = null;
        if (qid != null && !QID.matcher(qid).matches()) throw new IllegalArgumentException("bad QID for " + key + ": " + qid);
        if (country != null && country.isBlank()) country = null;
        if (country != null && !KEY.matcher(country).matches())
            throw new IllegalArgumentException("bad country key for " + key + ": " + country);
        if (kind == null || kind.isBlank()) throw new IllegalArgumentException("missing kind for " + key);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    /** True for sovereign states (places of kind {@code country}). */
    public boolean isCountry() {
        return type == EntityType.PLACE && "country".equals(kind);
    }
}
