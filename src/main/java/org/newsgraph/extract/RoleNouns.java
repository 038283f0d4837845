package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The plural role nouns of {@code extract/role-nouns.tsv} ("the two diplomats", "both leaders") and the titles
 * that fit each: "the two diplomats" after a minister's talks and a president's reception are the ministers.
 */
public final class RoleNouns {
    /** One line of the file: the role, the title words that fit it, an example and the pair it must give. */
    public record Entry(String role, List<String> titles, String example, List<String> expected) {
        public Entry {
            if (role.isBlank() || titles.isEmpty()) throw new IllegalArgumentException("role without titles: " + role);
            titles = List.copyOf(titles);
            expected = List.copyOf(expected);
        }
    }

    static final String RESOURCE = "/extract/role-nouns.tsv";
    private static final RoleNouns DEFAULT = load();

    private final Map<String, Entry> byRole = new LinkedHashMap<>();

    private RoleNouns(List<Entry> entries) {
        for (Entry e : entries) byRole.put(e.role(), e);
    }

    public static RoleNouns standard() {
        return DEFAULT;
    }

    public List<Entry> entries() {
        return List.copyOf(byRole.values());
    }

    /** Whether {@code word} (lower case) is a role noun of the file. */
    public boolean isRole(String word) {
        return byRole.containsKey(word);
    }

    /** Whether one of {@code titles} (lower case, as the text gives them) fits {@code role}. */
    public boolean fits(String role, List<String> titles) {
        Entry e = byRole.get(role);
        if (e == null) return true;
        for (String t : titles) {
            String padded = " " + t.toLowerCase(Locale.ROOT) + " ";
            for (String w : e.titles()) if (padded.contains(" " + w + " ")) return true;
        }
        return false;
    }

    private static RoleNouns load() {
        List<Entry> out = new ArrayList<>();
        for (String[] f : ResourceTable.read(RESOURCE, 4, "role, titles, example, pair"))
            out.add(new Entry(f[0], List.of(f[1].split("\\|")), f[2], List.of(f[3].split("\\|"))));
        return new RoleNouns(out);
    }
}
