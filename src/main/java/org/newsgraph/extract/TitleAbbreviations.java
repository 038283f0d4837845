package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Abbreviated titles ({@code kb/title-abbreviations.tsv}) and whether a title a person was named with fits a role
 * said later: "Gov. X" is "the governor", "Foreign Minister Y" is "the minister" and "the Kenyan leader".
 */
public final class TitleAbbreviations {
    /** One line of the file. */
    public record Entry(String abbreviation, String title, String example) {
    }

    static final String RESOURCE = "/kb/title-abbreviations.tsv";
    private static final List<Entry> ENTRIES = load();
    private static final Map<String, String> FULL = new HashMap<>();

    static {
        for (Entry e : ENTRIES) FULL.put(e.abbreviation(), e.title());
    }

    private TitleAbbreviations() {
    }

    public static List<Entry> entries() {
        return ENTRIES;
    }

    /** The title written out: "Gov." → "governor", "former Gov." → "former governor"; others lower-cased, dots dropped. */
    public static String expand(String title) {
        String t = title.toLowerCase(Locale.ROOT).replace(".", " ").replaceAll("\\s+", " ").strip();
        String full = FULL.get(t);
        if (full != null) return full;
        // the abbreviation is the title's last words: "former gov" → "former governor"
        for (Map.Entry<String, String> e : FULL.entrySet())
            if (t.endsWith(" " + e.getKey())) return t.substring(0, t.length() - e.getKey().length()) + e.getValue();
        return t;
    }

    /**
     * Whether a person named with {@code title} is meant by "the {@code role}": the same title or its last words
     * ("foreign minister" for "minister"), written out, or a title the plural role noun accepts ("president" for
     * "leader", by {@code extract/role-nouns.tsv}).
     */
    public static boolean titleFits(String title, String role) {
        String t = expand(title);
        if (t.equals(role) || t.endsWith(" " + role)) return true;
        String plural = role + "s";
        RoleNouns roles = RoleNouns.standard();
        return roles.isRole(plural) && roles.fits(plural, List.of(t));
    }

    private static List<Entry> load() {
        List<Entry> out = new ArrayList<>();
        for (String[] f : ResourceTable.read(RESOURCE, 3, "abbreviation, title, example")) out.add(new Entry(f[0], f[1], f[2]));
        return List.copyOf(out);
    }
}
