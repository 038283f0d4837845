package org.newsgraph.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsgraph.resolve.kb.KnowledgeBase;

/**
 * Finds entities by any of their names, forgiving case, accents, punctuation and the usual variants of
 * transliteration ("Zelenskiy", "Zelenskyy" and "Zelensky"; "Sergei" and "Sergey"): names and queries are
 * reduced to the same key, and a query word also matches a name word one or two edits away (by its length).
 * Every query word must match a word of one name of the entity. Immutable; built from a snapshot of the labels.
 */
final class NameIndex {

    /** An entity that can be found: its IRI, type (local name), label, other names and number of meetings. */
    record Entry(String iri, String type, String label, Set<String> names, long meetings) {
        Entry {
            Objects.requireNonNull(iri, "iri");
            Objects.requireNonNull(label, "label");
            names = Set.copyOf(names);
        }
    }

    /** A match: the entry and how good it is (lower is better). */
    record Hit(Entry entry, int cost) {
    }

    private final List<Entry> entries;
    /** Entry indexes by the key of each word of each of their names. */
    private final TreeMap<String, Set<Integer>> byWord = new TreeMap<>();
    /** Words by length, for edit-distance candidates. */
    private final Map<Integer, List<String>> wordsByLength = new HashMap<>();

    NameIndex(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        for (int i = 0; i < this.entries.size(); i++) {
            Entry e = this.entries.get(i);
            Set<String> all = new TreeSet<>(e.names());
            all.add(e.label());
            for (String name : all) {
                for (String w : words(name)) byWord.computeIfAbsent(w, k -> new TreeSet<>()).add(i);
            }
        }
        for (String w : byWord.keySet()) wordsByLength.computeIfAbsent(w.length(), k -> new ArrayList<>()).add(w);
    }

    int size() {
        return entries.size();
    }

    /** The reduced words of a name or query: the knowledge base's folding, then one spelling per variant. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : KnowledgeBase.normalize(text).split(" ")) {
            if (!w.isEmpty()) out.add(key(w));
        }
        return out;
    }

    /** One spelling for the common transliteration variants of a word. */
    static String key(String w) {
        String k = w.replace("kh", "h").replace("dzh", "j").replace("zh", "j").replace("yo", "e").replace("ph", "f")
                .replace("iy", "y").replace("yy", "y").replace("ii", "i").replace("ei", "ey").replace("ie", "ye");
        if (k.length() > 3 && (k.endsWith("y") || k.endsWith("i"))) k = k.substring(0, k.length() - 1) + "y";
        return k;
    }

    /** The entities whose names match every word of {@code query}, best first (then most meetings), at most {@code limit}. */
    List<Hit> search(String query, int limit) {
        List<String> q = words(query);
        if (q.isEmpty() || limit <= 0) return List.of();
        Map<Integer, Integer> cost = null;
        for (String w : q) {
            Map<Integer, Integer> found = matches(w);
            if (cost == null) {
                cost = found;
            } else {
                Map<Integer, Integer> both = new LinkedHashMap<>();
                for (Map.Entry<Integer, Integer> e : cost.entrySet()) {
                    Integer c = found.get(e.getKey());
                    if (c != null) both.put(e.getKey(), e.getValue() + c);
                }
                cost = both;
            }
            if (cost.isEmpty()) return List.of();
        }
        List<Hit> hits = new ArrayList<>();
        cost.forEach((i, c) -> hits.add(new Hit(entries.get(i), c)));
        hits.sort(Comparator.comparingInt(Hit::cost).thenComparing(h -> -h.entry().meetings())
                .thenComparing(h -> h.entry().label()).thenComparing(h -> h.entry().iri()));
        return hits.size() > limit ? hits.subList(0, limit) : hits;
    }

    /** Entries with a word matching {@code w}: 0 the same word, 1 a word it begins, 2 or 3 a word an edit or two away. */
    private Map<Integer, Integer> matches(String w) {
        Map<Integer, Integer> out = new HashMap<>();
        Set<Integer> exact = byWord.get(w);
        if (exact != null) exact.forEach(i -> out.merge(i, 0, Math::min));
        if (w.length() >= 3) {
            for (Map.Entry<String, Set<Integer>> e : byWord.subMap(w, true, w + Character.MAX_VALUE, true).entrySet()) {
                if (!e.getKey().equals(w)) e.getValue().forEach(i -> out.merge(i, 1, Math::min));
            }
        }
        int maxEdits = w.length() >= 8 ? 2 : w.length() >= 5 ? 1 : 0;
        for (int len = w.length() - maxEdits; len <= w.length() + maxEdits && maxEdits > 0; len++) {
            for (String cand : wordsByLength.getOrDefault(len, List.of())) {
                int d = distance(w, cand, maxEdits);
                if (d > 0 && d <= maxEdits) {
                    int c = 1 + d;
                    byWord.get(cand).forEach(i -> out.merge(i, c, Math::min));
                }
            }
        }
        return out;
    }

    /** Levenshtein distance, or {@code max + 1} once it is sure to exceed {@code max}. */
    static int distance(String a, String b, int max) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > max) return max + 1;
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
