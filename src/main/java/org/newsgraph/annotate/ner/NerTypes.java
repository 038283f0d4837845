package org.newsgraph.annotate.ner;

import java.util.Locale;

/** The three name types the project keeps, and how corpus tag types map onto them. */
public final class NerTypes {
    public static final String PERSON = "person";
    public static final String ORGANIZATION = "organization";
    public static final String PLACE = "place";

    private NerTypes() {
    }

    /**
     * Maps a corpus entity type (PER, org, geo, gpe, LOC, person, ...) to "person", "organization" or
     * "place"; returns null for types the project does not model (MISC, tim, art, eve, nat, ...).
     */
    public static String map(String corpusType) {
        if (corpusType == null) return null;
        return switch (corpusType.trim().toLowerCase(Locale.ROOT)) {
            case "per", "person", "pers" -> PERSON;
            case "org", "organization", "organisation" -> ORGANIZATION;
            case "loc", "location", "geo", "gpe", "place" -> PLACE;
            default -> null;
        };
    }
}
