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
        Map<Integer, String[]> fullNames = new HashMap<>();
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
                        if (c == null) c = longerNameEndingWith(fullNames, w);
                        if (c == null && w.length == 2 && w[0].matches("bin|bint|ibn")) c = longerNameContaining(fullNames, w);
                        if (c != null) byKey.putIfAbsent(key, c);
                        if (c == null) {
                            c = newCluster();
                            byKey.put(key, c);
                            personsBySurname.computeIfAbsent(sur, k -> new ArrayList<>()).add(c);
                            fullNames.put(c, w);
                        }
                    } else {
                        List<Integer> candidates = personsBySurname.get(sur);
                        Integer byFirst = uniqueByFirstName(fullNames, w[0]);
                        if (candidates != null && !candidates.isEmpty()) {
                            c = mostRecentBefore(candidates, m.start());
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

    private static Integer uniqueByFirstName(Map<Integer, String[]> fullNames, String word) {
        Integer found = null;
        String f = MentionFinder.fold(word);
        for (Map.Entry<Integer, String[]> e : fullNames.entrySet()) {
            if (MentionFinder.fold(e.getValue()[0]).equals(f)) {
                if (found != null) return null;
                found = e.getKey();
            }
        }
        return found;
    }

    /** The person whose longer full name ends with these words ("Okello Ayena" in "Joseph Okello Ayena"), if unique. */
    private static Integer longerNameEndingWith(Map<Integer, String[]> fullNames, String[] w) {
        Integer found = null;
        for (Map.Entry<Integer, String[]> e : fullNames.entrySet()) {
            String[] full = e.getValue();
            if (full.length <= w.length) continue;
            boolean suffix = true;
            for (int k = 1; k <= w.length && suffix; k++)
                suffix = MentionFinder.fold(full[full.length - k]).equals(MentionFinder.fold(w[w.length - k]));
            if (suffix) {
                if (found != null && !found.equals(e.getKey())) return null;
                found = e.getKey();
            }
        }
        return found;
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

    private int mostRecentBefore(List<Integer> clusters, int offset) {
        int best = clusters.get(0);
        int bestPos = -1;
        for (int c : clusters) {
            for (int mi : members.get(c)) {
                int s = mentions.get(mi).start();
                if (s < offset && s > bestPos) {
                    bestPos = s;
                    best = c;
                }
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
