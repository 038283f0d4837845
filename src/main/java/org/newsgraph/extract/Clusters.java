package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Groups the mentions of one article that name the same thing: "Ana Ruiz", "Ruiz" and "Ana Ruíz" are
 * one person; a surname joins the full name with that surname (the most recent one when two people
 * share it); spelling variants of transliterated names (Sergey/Sergei, -y/-iy/-yy) meet.
 */
public final class Clusters {
    private final List<Mention> mentions;
    private final int[] clusterOf;
    private final List<List<Integer>> members = new ArrayList<>();

    private Clusters(List<Mention> mentions) {
        this.mentions = List.copyOf(mentions);
        this.clusterOf = new int[mentions.size()];
        build();
    }

    public static Clusters of(List<Mention> mentions) {
        return new Clusters(mentions);
    }

    public List<Mention> mentions() {
        return mentions;
    }

    public int size() {
        return members.size();
    }

    public int clusterOf(int mentionIndex) {
        return clusterOf[mentionIndex];
    }

    /** Mention indexes of a cluster, in text order. */
    public List<Integer> members(int cluster) {
        return members.get(cluster);
    }

    public EntityType type(int cluster) {
        return mentions.get(members.get(cluster).get(0)).type();
    }

    private void build() {
        Map<String, Integer> byKey = new HashMap<>();
        Map<String, List<Integer>> personsBySurname = new HashMap<>();
        // full names first, longest first, so that "Okello Ayena" joins "Joseph Okello Ayena" and a surname seen
        // before the full name (a headline) still joins it
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) order.add(i);
        order.sort(java.util.Comparator.comparingInt((Integer i) -> -words(mentions.get(i).lookupName()).length));
        // indexes that keep the look-ups below proportional to the article's length, not to its square
        Map<String, Integer> byEnding = new HashMap<>(); // proper endings of full names -> cluster, AMBIGUOUS if several
        Map<String, Integer> byFirstName = null;         // first names of full names -> cluster, AMBIGUOUS if several
        Map<Integer, String> firstWords = new HashMap<>();  // person cluster named in full -> its first word, folded
        Map<Integer, java.util.TreeSet<Integer>> starts = new HashMap<>(); // person cluster -> its mentions' offsets
        Map<Integer, String[]> fullNames = new HashMap<>(); // person cluster named in full -> its words
        for (int pass = 0; pass < 2; pass++) {
            for (int i : pass == 0 ? order : java.util.stream.IntStream.range(0, mentions.size()).boxed().toList()) {
                Mention m = mentions.get(i);
                boolean full = m.type() != EntityType.PERSON || words(m.lookupName()).length >= 2;
                if ((pass == 0) != full) continue;
                Integer c;
                if (m.type() == EntityType.PERSON) {
                    String[] w = words(m.lookupName());
                    String sur = surnameKey(w[w.length - 1]);
                    if (full) {
                        String key = "P|" + initial(w[0]) + "|" + sur;
                        c = byKey.get(key);
                        if (c == null) c = longerNameEndingWith(byEnding, w);
                        if (c == null && w.length == 2 && w[0].matches("bin|bint|ibn")) c = longerNameContaining(fullNames, w);
                        if (c != null) byKey.putIfAbsent(key, c);
                        if (c == null) {
                            c = newCluster();
                            byKey.put(key, c);
                            personsBySurname.computeIfAbsent(sur, k -> new ArrayList<>()).add(c);
                            indexEndings(byEnding, w, c);
                            fullNames.put(c, w);
                            firstWords.put(c, MentionFinder.fold(w[0]));
                        }
                    } else {
                        if (byFirstName == null) byFirstName = unique(firstWords);
                        List<Integer> candidates = personsBySurname.get(sur);
                        Integer byFirst = byFirstName.get(MentionFinder.fold(w[0]));
                        if (byFirst != null && byFirst == AMBIGUOUS) byFirst = null;
                        if (candidates != null && !candidates.isEmpty()) {
                            c = mostRecentBefore(candidates, starts, m.start());
                        } else if (byFirst != null) {
                            c = byFirst; // "Anutin" for "Anutin Charnvirakul": some cultures use the given name
                        } else {
                            String key = "S|" + sur;
                            c = byKey.get(key);
                            if (c == null) {
                                c = newCluster();
                                byKey.put(key, c);
                            }
                        }
                    }
                    starts.computeIfAbsent(c, k -> new java.util.TreeSet<>()).add(m.start());
                } else {
                    String key = m.type() + "|" + normalize(m.lookupName());
                    c = byKey.computeIfAbsent(key, k -> newCluster());
                }
                clusterOf[i] = c;
                members.get(c).add(i);
            }
        }
        for (List<Integer> l : members) l.sort(Integer::compare);
    }

    /** Marks a key that more than one cluster has. */
    private static final int AMBIGUOUS = -1;

    /** The words of a name, folded, from word {@code from} on, as one key. */
    private static String ending(String[] w, int from) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < w.length; k++) b.append(MentionFinder.fold(w[k])).append(' ');
        return b.toString();
    }

    /** Indexes the proper endings of a new person's full name ("Okello Ayena" and "Ayena" of "Joseph Okello Ayena"). */
    private static void indexEndings(Map<String, Integer> byEnding, String[] w, int cluster) {
        for (int from = 1; from < w.length; from++) {
            byEnding.merge(ending(w, from), cluster, (a, b) -> a.equals(b) ? a : AMBIGUOUS);
        }
    }

    /** Values to clusters: the cluster of each value, or AMBIGUOUS when several have it. */
    private static Map<String, Integer> unique(Map<Integer, String> values) {
        Map<String, Integer> out = new HashMap<>();
        for (Map.Entry<Integer, String> e : values.entrySet())
            out.merge(e.getValue(), e.getKey(), (x, y) -> x.equals(y) ? x : AMBIGUOUS);
        return out;
    }

    /** The person whose longer full name ends with these words ("Okello Ayena" in "Joseph Okello Ayena"), if unique. */
    private static Integer longerNameEndingWith(Map<String, Integer> byEnding, String[] w) {
        Integer c = byEnding.get(ending(w, 0));
        return c == null || c == AMBIGUOUS ? null : c;
    }

    /** The person whose longer name holds these words in a row ("bin Alawi" in "Yusuf bin Alawi bin Abdullah"), if unique. */
    private static Integer longerNameContaining(Map<Integer, String[]> fullNames, String[] w) {
        Integer found = null;
        String want = foldWords(w);
        for (Map.Entry<Integer, String[]> e : fullNames.entrySet()) {
            if (e.getValue().length <= w.length) continue;
            if (foldWords(e.getValue()).contains(want)) {
                if (found != null && !found.equals(e.getKey())) return null;
                found = e.getKey();
            }
        }
        return found;
    }

    private static String foldWords(String[] words) {
        StringBuilder b = new StringBuilder(" ");
        for (String x : words) b.append(MentionFinder.fold(x)).append(' ');
        return b.toString();
    }

    /** Of the candidate clusters, the one named last before the offset (the first candidate when none was). */
    private static int mostRecentBefore(List<Integer> clusters, Map<Integer, java.util.TreeSet<Integer>> starts, int offset) {
        int best = clusters.get(0);
        int bestPos = -1;
        for (int c : clusters) {
            java.util.TreeSet<Integer> at = starts.get(c);
            Integer s = at == null ? null : at.lower(offset);
            if (s != null && s > bestPos) {
                bestPos = s;
                best = c;
            }
        }
        return best;
    }

    private int newCluster() {
        members.add(new ArrayList<>());
        return members.size() - 1;
    }

    private static String[] words(String name) {
        return name.trim().split("\\s+");
    }

    private static String initial(String w) {
        String f = MentionFinder.fold(w);
        return f.isEmpty() ? "" : f.substring(0, 1);
    }

    /** Transliteration-tolerant surname key: Zelenskyy = Zelensky = Zelenskiy, Sergei = Sergey. */
    public static String surnameKey(String word) {
        String f = MentionFinder.fold(word);
        f = f.replaceAll("(iy|yy|ii|yi)$", "y").replaceAll("ei$", "ey").replace("ks", "x");
        return f.replaceAll("(.)\\1+", "$1");
    }

    public static String normalize(String name) {
        String f = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        f = f.toLowerCase(Locale.ROOT).replaceAll("['’]s\\b", "").replace(".", "");
        f = f.replaceAll("^the\\s+", "").replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
        return f;
    }
}
