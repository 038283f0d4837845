package org.newsgraph.extract;

import java.util.Objects;

/**
 * A name in the text.
 *
 * @param type       person, organization or place
 * @param sentence   index of its sentence
 * @param firstToken first token (inclusive) of the tokens it overlaps
 * @param endToken   last token (exclusive)
 * @param start      start offset in the clean text
 * @param end        end offset in the clean text
 * @param name       the name as written, without title or possessive ("Marco Rubio")
 * @param title      a person's title as the text gives it ("Secretary of State"), or null
 * @param country    the country name the context gives it ("Russian Foreign Minister ..." gives "Russia"), or null
 * @param canonical  for names known by their description ("the Malaysian capital"), the name meant; else null
 * @param origin     how it was found
 */
public record Mention(EntityType type, int sentence, int firstToken, int endToken, int start, int end,
                      String name, String title, String country, String canonical, Origin origin) {

    /** VENUE: a body's name said as the place where something happens ("at the Marlow Palace"). */
    public enum Origin { GAZETTEER, TITLE, APPOSITION, PATTERN, NAME_FINDER, SURNAME, VENUE }

    public Mention {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(origin, "origin");
        if (name.isBlank()) throw new IllegalArgumentException("blank mention");
        if (start < 0 || end <= start || endToken < firstToken) throw new IllegalArgumentException("bad mention span");
    }

    /** The name that identifies it: the canonical one if the text describes it, else as written. */
    public String lookupName() {
        return canonical != null ? canonical : name;
    }
}
