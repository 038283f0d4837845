package org.newsgraph.resolve.entities;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsgraph.extract.EntityType;
import org.newsgraph.resolve.kb.KnowledgeBase;

/**
 * Decides which entity IRIs of different articles name one real entity. The result depends only on the
 * set of namings, never on their order.
 *
 * <p>Rules:
 * <ul>
 * <li>Entities of one type with the same Wikidata QID are one.</li>
 * <li>People whose full names (two words or more) have the same {@link KnowledgeBase#matchKey} are one:
 *     Sergey/Sergei, Zelensky/Zelenskyy, middle initials and "Mr" do not count.</li>
 * <li>A person known only by one word ("Okafor", "Mr Okafor") without a QID is the person with a full name
 *     ending in that surname (compared by match key) when the store holds exactly one such person after the
 *     rules above; with two or more ("Amara Okafor", "Chidi Okafor") it stays apart: a shared surname is no
 *     evidence.</li>
 * </ul>
 * The canonical IRI of a group is the one linked to Wikidata, then the one with the longest name (in words),
 * then the one named by most articles, then the smallest IRI. Its one label is the name the canonical IRI
 * is given by most articles, ties to the smallest in code-point order.
 */
public final class EntityUnifier {

    private static final class Node {
        final String iri;
        final EntityType type;
        final Map<String, Set<String>> articlesByName = new TreeMap<>();
        final Set<String> articles = new HashSet<>();
        String qid;
        int words;

        Node(String iri, EntityType type) {
            this.iri = iri;
            this.type = type;
        }
    }

    /** Resolves identities over everything the store says. */
    public Identities resolve(Collection<EntityNaming> namings) {
        Map<String, Node> byIri = new TreeMap<>();
        for (EntityNaming n : namings) {
            Node node = byIri.computeIfAbsent(n.iri(), k -> new Node(k, n.type()));
            node.articlesByName.computeIfAbsent(n.name(), k -> new HashSet<>()).add(n.article());
            node.articles.add(n.article());
            if (n.qid() != null && (node.qid == null || n.qid().compareTo(node.qid) < 0)) node.qid = n.qid();
        }
        List<Node> nodes = new ArrayList<>(byIri.values());
        int size = nodes.size();
        int[] parent = new int[size];
        for (int i = 0; i < size; i++) parent[i] = i;
        String[] reason = new String[size];

        // Person names as match keys: full names (two words or more) and one-word names.
        List<Set<String>> fullKeys = new ArrayList<>(size);
        List<Set<String>> shortKeys = new ArrayList<>(size);
        for (Node n : nodes) {
            Set<String> full = new TreeSet<>();
            Set<String> single = new TreeSet<>();
            for (String name : n.articlesByName.keySet()) n.words = Math.max(n.words, name.trim().split("\\s+").length);
            if (n.type == EntityType.PERSON) personKeys(n.articlesByName.keySet(), full, single);
            fullKeys.add(full);
            shortKeys.add(single);
        }

        // Same QID, within a type.
        Map<String, List<Integer>> byQid = new TreeMap<>();
        for (int i = 0; i < size; i++) {
            Node n = nodes.get(i);
            if (n.qid != null) byQid.computeIfAbsent(n.type + " " + n.qid, k -> new ArrayList<>()).add(i);
        }
        for (Map.Entry<String, List<Integer>> e : byQid.entrySet()) {
            String qid = e.getKey().substring(e.getKey().indexOf(' ') + 1);
            unite(e.getValue(), parent, reason, "same Wikidata entity " + qid);
        }

        // Same full person name up to transliteration.
        Map<String, List<Integer>> byKey = new TreeMap<>();
        for (int i = 0; i < size; i++) for (String k : fullKeys.get(i)) byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
        for (Map.Entry<String, List<Integer>> e : byKey.entrySet()) {
            if (e.getValue().size() < 2) continue;
            Set<String> names = new TreeSet<>();
            for (int i : e.getValue()) names.addAll(nodes.get(i).articlesByName.keySet());
            unite(e.getValue(), parent, reason, "the same name up to transliteration (" + String.join(" = ", names) + ")");
        }

        // A surname alone: the one person of the store with a full name ending in it.
        Map<String, Set<Integer>> groupsBySurname = new HashMap<>();
        for (int i = 0; i < size; i++) {
            for (String k : fullKeys.get(i)) {
                groupsBySurname.computeIfAbsent(k.substring(k.lastIndexOf(' ') + 1), x -> new TreeSet<>()).add(find(parent, i));
            }
        }
        Map<Integer, List<Integer>> before = groups(parent);
        List<int[]> surnameLinks = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Node n = nodes.get(i);
            if (n.type != EntityType.PERSON || n.qid != null || !fullKeys.get(i).isEmpty() || shortKeys.get(i).isEmpty()) continue;
            Set<Integer> groups = new TreeSet<>();
            for (String s : shortKeys.get(i)) groups.addAll(groupsBySurname.getOrDefault(s, Set.of()));
            if (groups.size() == 1) surnameLinks.add(new int[] {i, groups.iterator().next()});
        }
        for (int[] link : surnameLinks) {
            int group = find(parent, link[1]);
            Node full = before.get(link[1]).stream().map(nodes::get).min(CANONICAL_FIRST).orElseThrow();
            reason[link[0]] = "'" + String.join("', '", nodes.get(link[0]).articlesByName.keySet())
                    + "' alone: the only person in the store with a full name ending in that surname is "
                    + label(full);
            parent[find(parent, link[0])] = group;
        }

        // Canonical IRI, label and other names per group.
        Map<Integer, List<Integer>> groups = groups(parent);
        Map<String, String> canonicalOf = new HashMap<>(size * 2);
        Map<String, String> labelOf = new HashMap<>(size * 2);
        Map<String, List<String>> otherNames = new HashMap<>();
        Map<String, String> reasonOf = new HashMap<>();
        for (List<Integer> members : groups.values()) {
            Node canon = members.stream().map(nodes::get).min(CANONICAL_FIRST).orElseThrow();
            String label = label(canon);
            Set<String> others = new TreeSet<>();
            for (int i : members) {
                Node n = nodes.get(i);
                canonicalOf.put(n.iri, canon.iri);
                labelOf.put(n.iri, label);
                others.addAll(n.articlesByName.keySet());
                if (n != canon) reasonOf.put(n.iri, reason[i] == null ? "linked to " + canon.iri : reason[i]);
            }
            others.remove(label);
            if (!others.isEmpty()) otherNames.put(canon.iri, List.copyOf(others));
        }
        return new Identities(new TreeMap<>(canonicalOf), labelOf, otherNames, new TreeMap<>(reasonOf));
    }

    /**
     * Keys that put into one group every entity whose identity the rules above may tie to another's: the same QID
     * within a type, the same full person name, or a surname (a full name ending in it, or a one-word name that may
     * be it). The rules decide within a group exactly as over all namings, since a group holds every entity that
     * any rule compares with its members: {@link #resolve} of each group's namings apart gives the whole store's
     * identities, group by group (the Spark job resolves so). An entity with no key is a group of its own.
     *
     * @param qid the entity's QID (the smallest its namings give), or null
     */
    public static Set<String> groupKeys(EntityType type, String qid, Collection<String> names) {
        Set<String> keys = new TreeSet<>();
        if (qid != null) keys.add("qid " + type + " " + qid);
        if (type != EntityType.PERSON) return keys;
        Set<String> full = new TreeSet<>();
        Set<String> single = new TreeSet<>();
        personKeys(names, full, single);
        for (String k : full) {
            keys.add("name " + k);
            keys.add("surname " + k.substring(k.lastIndexOf(' ') + 1));
        }
        if (qid == null && full.isEmpty()) for (String s : single) keys.add("surname " + s);
        return keys;
    }

    /** A person's names as match keys: full names (two words or more) and one-word names. */
    private static void personKeys(Collection<String> names, Set<String> full, Set<String> single) {
        for (String name : names) {
            String k = KnowledgeBase.matchKey(name);
            if (k.isEmpty()) continue;
            if (k.indexOf(' ') > 0) full.add(k);
            else single.add(k);
        }
    }

    private static final Comparator<Node> CANONICAL_FIRST = Comparator
            .comparing((Node n) -> n.qid == null)
            .thenComparing(n -> -n.words)
            .thenComparing(n -> -n.articles.size())
            .thenComparing(n -> n.iri);

    private static Map<Integer, List<Integer>> groups(int[] parent) {
        Map<Integer, List<Integer>> groups = new TreeMap<>();
        for (int i = 0; i < parent.length; i++) groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
        return groups;
    }

    /** The name most articles give, ties to the smallest. */
    private static String label(Node n) {
        String best = null;
        int count = -1;
        for (Map.Entry<String, Set<String>> e : n.articlesByName.entrySet()) { // sorted: ties keep the smallest
            if (e.getValue().size() > count) {
                best = e.getKey();
                count = e.getValue().size();
            }
        }
        return best;
    }

    private static void unite(List<Integer> members, int[] parent, String[] reason, String why) {
        int first = find(parent, members.get(0));
        for (int i : members) {
            int r = find(parent, i);
            if (r == first) continue;
            if (r < first) {
                parent[first] = r;
                first = r;
            } else {
                parent[r] = first;
            }
        }
        for (int i : members) if (reason[i] == null) reason[i] = why;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
