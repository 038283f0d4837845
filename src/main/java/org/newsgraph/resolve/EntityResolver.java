package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.Clusters;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Mention;
import org.newsgraph.resolve.kb.KbEntry;
import org.newsgraph.resolve.kb.KnowledgeBase;

/**
 * Turns the mention clusters of one article into entities: a canonical name, a deterministic key,
 * other names, a title, a country, and a Wikidata link when the knowledge base knows the entity.
 * Two clusters that link to one knowledge-base entry ("US" and "United States") become one entity.
 */
public final class EntityResolver {
    /** Titles said as part of a name: {@code kb/honorifics.txt}. */
    private static final java.util.Set<String> HONORIFICS = loadHonorifics();

    private static java.util.Set<String> loadHonorifics() {
        try (java.io.InputStream in = EntityResolver.class.getResourceAsStream("/kb/honorifics.txt")) {
            if (in == null) return java.util.Set.of();
            java.util.Set<String> out = new java.util.HashSet<>();
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) out.add(t);
            }
            return java.util.Set.copyOf(out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Names many countries give their own body: {@code kb/shared-names.txt}, normalized. */
    private static final Set<String> SHARED_NAMES = loadShared();

    private static Set<String> loadShared() {
        try (java.io.InputStream in = EntityResolver.class.getResourceAsStream("/kb/shared-names.txt")) {
            if (in == null) throw new IllegalStateException("missing resource /kb/shared-names.txt");
            Set<String> out = new java.util.HashSet<>();
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) out.add(KnowledgeBase.normalize(t));
            }
            return Set.copyOf(out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final Set<String> JUNK = Set.of("the", "a", "an", "mr", "mrs", "ms", "dr", "president",
            "minister", "secretary", "king", "queen", "prime", "chancellor", "photo", "image", "video", "share");

    private final KnowledgeBase kb;
    private final KbGazetteer gazetteer;

    public EntityResolver(KnowledgeBase kb, KbGazetteer gazetteer) {
        this.kb = kb;
        this.gazetteer = gazetteer;
    }

    /** Entity per cluster (null for clusters that name nothing usable), and the distinct entities in text order. */
    public record Resolution(List<Entity> byCluster, List<Entity> entities) {
    }

    public Resolution resolve(Clusters clusters) {
        Set<String> countries = countriesNamed(clusters);
        List<Entity> byCluster = new ArrayList<>();
        Map<String, Entity> unique = new LinkedHashMap<>();
        Map<String, LinkedHashSet<String>> names = new HashMap<>();
        List<Entity> raw = new ArrayList<>();
        for (int c = 0; c < clusters.size(); c++) {
            Entity e = resolveCluster(clusters, c, countries);
            raw.add(e);
            if (e == null) continue;
            String id = e.type() + "/" + e.key();
            LinkedHashSet<String> alt = names.computeIfAbsent(id, k -> new LinkedHashSet<>());
            alt.addAll(e.altLabels());
            Entity prev = unique.get(id);
            if (prev == null || prev.title() == null && e.title() != null || prev.country() == null && e.country() != null)
                unique.put(id, prev == null ? e : merge(prev, e));
        }
        Map<String, Entity> done = new LinkedHashMap<>();
        for (Map.Entry<String, Entity> u : unique.entrySet()) {
            Entity e = u.getValue();
            List<String> alt = new ArrayList<>(names.get(u.getKey()));
            alt.remove(e.label());
            done.put(u.getKey(), new Entity(e.type(), e.key(), e.label(), alt, e.title(), e.wikidata(), e.country()));
        }
        for (Entity e : raw) byCluster.add(e == null ? null : done.get(e.type() + "/" + e.key()));
        return new Resolution(byCluster, new ArrayList<>(done.values()));
    }

    /** The city an organization that is also a venue sits in, as a place: where a meeting "at the White House" was. */
    public Optional<Entity> seatOf(Entity organization) {
        if (organization == null || organization.type() == EntityType.PERSON) return Optional.empty();
        // a body's building said as a venue was typed a place: its seat is the body's
        String key = organization.type() == EntityType.ORGANIZATION ? organization.key()
                : kb.find(organization.label(), EntityType.ORGANIZATION).map(KbEntry::key).orElse(null);
        if (key == null) return Optional.empty();
        return kb.seatOf(key).map(k -> new Entity(EntityType.PLACE, k.key(), k.label(), List.of(), null,
                k.qid(), k.country() != null && !k.key().equals(k.country()) ? k.country() : null));
    }

    /** Countries the article names, by name or by a title's nationality ("the Keldran minister"). */
    private Set<String> countriesNamed(Clusters clusters) {
        Set<String> out = new java.util.HashSet<>();
        for (Mention m : clusters.mentions()) {
            if (m.type() == EntityType.PLACE)
                kb.find(m.lookupName(), EntityType.PLACE).filter(KbEntry::isCountry).ifPresent(e -> out.add(e.key()));
            if (m.country() != null)
                kb.find(m.country(), EntityType.PLACE).ifPresent(e -> out.add(e.isCountry() ? e.key() : String.valueOf(e.country())));
        }
        return out;
    }

    /** "the Senate" of a country the article never names is another country's, or a state's, senate. */
    private static boolean sharedNameOfAnotherCountry(KbEntry e, Set<String> forms, Set<String> countries) {
        if (e.type() != EntityType.ORGANIZATION || e.country() == null || countries.contains(e.country())) return false;
        for (String f : forms) if (!SHARED_NAMES.contains(KnowledgeBase.normalize(f))) return false;
        return true;
    }

    /**
     * "A bin B bin C Al-D", the full patronymic chain, is known by its first link: "A bin B Al-D", "A bin B". The
     * shorter forms are tried after the names as written.
     */
    static Set<String> withShortChains(Set<String> names) {
        LinkedHashSet<String> out = new LinkedHashSet<>(names);
        for (String n : names) {
            String[] w = n.split(" ");
            List<Integer> links = new ArrayList<>();
            for (int i = 1; i < w.length - 1; i++) if (w[i].matches("(?i)bin|ibn|bint|ben")) links.add(i);
            if (links.size() < 2) continue;
            String head = String.join(" ", java.util.Arrays.copyOfRange(w, 0, links.get(1)));
            String last = w[w.length - 1];
            if (last.matches("(?i)al[-‑]\\p{L}+|el[-‑]\\p{L}+") && links.get(links.size() - 1) < w.length - 2)
                out.add(head + " " + last.replaceFirst("[-‑]", " "));
            out.add(head);
        }
        return out;
    }

    private static Entity merge(Entity a, Entity b) {
        return new Entity(a.type(), a.key(), a.label(), a.altLabels(), a.title() != null ? a.title() : b.title(),
                a.wikidata() != null ? a.wikidata() : b.wikidata(), a.country() != null ? a.country() : b.country());
    }

    private Entity resolveCluster(Clusters clusters, int c, Set<String> countries) {
        List<Mention> ms = new ArrayList<>();
        for (int mi : clusters.members(c)) ms.add(clusters.mentions().get(mi));
        EntityType type = ms.get(0).type();
        // the fullest form names it: most words, then most frequent, then first
        Map<String, Integer> freq = new LinkedHashMap<>();
        for (Mention m : ms) freq.merge(clean(m.lookupName()), 1, Integer::sum);
        String label = null;
        for (String n : freq.keySet()) {
            if (label == null || words(n) > words(label) || words(n) == words(label) && freq.get(n) > freq.get(label))
                label = n;
        }
        if (label == null || !usable(label)) return null;
        LinkedHashSet<String> alt = new LinkedHashSet<>();
        for (Mention m : ms) {
            alt.add(clean(m.name()));
            if (m.canonical() != null) alt.add(clean(m.canonical()));
            // "Sheikh Hasina", "Pope Leo": a title that is also said as part of the name
            if (type == EntityType.PERSON && m.title() != null && HONORIFICS.contains(m.title().toLowerCase(java.util.Locale.ROOT)))
                alt.add(clean(m.title() + " " + m.name()));
        }
        String title = ms.stream().map(Mention::title).filter(t -> t != null).findFirst().orElse(null);
        String countryName = ms.stream().map(Mention::country).filter(t -> t != null).findFirst().orElse(null);
        String country = countryName == null ? null
                : kb.find(countryName, EntityType.PLACE).map(KbEntry::key).orElse(null);

        // a body's name said as a venue ("at the Marlow Palace") stays a place
        boolean venue = ms.stream().anyMatch(m -> m.origin() == Mention.Origin.VENUE);
        Optional<KbEntry> linked = link(type, type == EntityType.PERSON ? withShortChains(freq.keySet()) : freq.keySet(), label, venue)
                .filter(k -> !sharedNameOfAnotherCountry(k, freq.keySet(), countries));
        if (linked.isPresent()) {
            KbEntry k = linked.get();
            alt.add(label);
            alt.remove(k.label());
            return new Entity(k.type(), k.key(), k.label(), new ArrayList<>(alt), title, k.qid(),
                    k.country() != null && !k.key().equals(k.country()) ? k.country() : country);
        }
        if (type == EntityType.PERSON && words(label) == 1 && !JUNK.contains(label.toLowerCase(Locale.ROOT))) {
            // a surname alone: a famous person of that surname, if only one is known
            Optional<KbEntry> known = gazetteer.personWithSurname(label);
            if (known.isPresent()) {
                KbEntry k = known.get();
                alt.add(label);
                alt.remove(k.label());
                return new Entity(k.type(), k.key(), k.label(), new ArrayList<>(alt), title, k.qid(), k.country());
            }
        }
        alt.remove(label);
        return new Entity(type, Slugs.slug(label), label, new ArrayList<>(alt), title, null,
                type == EntityType.PLACE ? null : country);
    }

    private Optional<KbEntry> link(EntityType type, Set<String> forms, String label, boolean venue) {
        Optional<KbEntry> e = kb.find(label, type);
        if (e.isPresent()) return e;
        for (String f : forms) {
            if (type == EntityType.PERSON && words(f) < 2) continue;
            e = kb.find(f, type);
            if (e.isPresent()) return e;
        }
        // the name finder may have the type wrong; an exact multi-word match in the knowledge base wins
        if (!venue && (type != EntityType.PERSON || words(label) >= 2)) {
            List<KbEntry> any = kb.find(label);
            if (any.size() == 1 && (type != EntityType.PERSON || any.get(0).type() == EntityType.PERSON)) return Optional.of(any.get(0));
        }
        return Optional.empty();
    }

    private static boolean usable(String label) {
        String l = label.toLowerCase(Locale.ROOT);
        return label.length() >= 2 && !JUNK.contains(l) && label.chars().anyMatch(Character::isLetter);
    }

    private static String clean(String name) {
        return name.replaceAll("['’]s$", "").replaceAll("\\s+", " ").strip();
    }

    private static int words(String s) {
        return s.trim().split("\\s+").length;
    }
}
