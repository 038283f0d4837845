package org.newsgraph.resolve.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.extract.EntityType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gazetteer of countries, places, organizations, people and person titles, read from TSV files
 * ({@code countries.tsv}, {@code places.tsv}, {@code organizations.tsv}, {@code people.tsv}, {@code titles.txt};
 * see {@code kb/README.md}). Immutable and safe to share between threads.
 *
 * <p>Lookups go through {@link #normalize(String)}, so case, accents, dots in acronyms, a leading "the",
 * possessive 's and hyphens do not matter. People are also found by {@link #matchKey(String)}, which folds
 * common transliteration differences. Every country gets generated aliases for its foreign and defence
 * ministries ("Russian Foreign Ministry", "Thailand's Defence Ministry").
 */
public final class KnowledgeBase {
    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeBase.class);
    private static final String RESOURCE_DIR = "kb/";
    private static final String FOREIGN = "foreign-affairs";
    private static final String DEFENCE = "defence";
    private static final Set<String> PLACE_KINDS = Set.of("capital", "city", "region", "continent", "body-of-water");
    private static final Set<String> ORG_KINDS = Set.of("intergovernmental", "government", "ministry", "legislature",
            "party", "media", "company", "military", "education", "other");
    /** Words that may stand before a title without changing what it is ("deputy foreign minister"). */
    private static final Set<String> TITLE_MODIFIERS = Set.of("deputy", "vice", "first", "second", "acting", "former",
            "ex", "interim", "incoming", "outgoing", "then", "senior", "assistant", "associate", "principal", "late",
            "current", "co", "joint", "new", "caretaker", "de", "facto", "top", "lead", "chief", "federal", "state",
            "junior", "elected", "designate", "newly", "appointed", "retired");
    private static final Pattern OPEN_TITLE = Pattern.compile(
            "(minister|ministers|secretary|commissioner|minister of state|secretary of state) (of|for) [a-z0-9]+( [a-z0-9]+){0,3}");
    private static final Set<String> PORTFOLIO_HEADS = Set.of("minister", "secretary", "chief", "spokesman",
            "spokeswoman", "spokesperson", "ministry spokesman", "ministry spokeswoman", "ministry spokesperson",
            "commissioner", "czar", "tsar", "adviser", "advisor");
    private static final int OPEN_TITLE_WORDS = 6;

    private static volatile KnowledgeBase bundled;

    private final List<KbEntry> entries;
    private final Map<EntityType, Map<String, KbEntry>> byKey;
    private final Map<String, List<Ranked>> byName;
    private final Map<String, List<Ranked>> byPersonKey;
    private final Map<String, String> demonyms;
    private final Map<String, String> capitals;
    private final Map<String, String> seats; // organization key -> place key
    private final Set<String> titles;
    private final Set<String> portfolios;
    private final int maxTitleWords;

    private record Ranked(KbEntry entry, int rank, int order) {
    }

    private static final Comparator<Ranked> BEST_FIRST =
            Comparator.comparingInt(Ranked::rank).thenComparingInt(Ranked::order);

    @FunctionalInterface
    private interface Source {
        /** The named file, or null if it is absent. */
        BufferedReader open(String file) throws IOException;
    }

    /** The bundled knowledge base from the classpath, loaded once. */
    public static KnowledgeBase load() {
        KnowledgeBase kb = bundled;
        if (kb == null) {
            synchronized (KnowledgeBase.class) {
                kb = bundled;
                if (kb == null) {
                    long t0 = System.nanoTime();
                    ClassLoader cl = KnowledgeBase.class.getClassLoader();
                    kb = read("classpath:" + RESOURCE_DIR, file -> {
                        InputStream in = cl.getResourceAsStream(RESOURCE_DIR + file);
                        return in == null ? null : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                    });
                    bundled = kb;
                    LOG.debug("knowledge base: {} entries in {} ms", kb.entries.size(), (System.nanoTime() - t0) / 1_000_000);
                }
            }
        }
        return kb;
    }

    /** A knowledge base read from the files in {@code dir} (absent files count as empty). */
    public static KnowledgeBase of(Path dir) {
        return read(dir.toString(), file -> {
            Path p = dir.resolve(file);
            return Files.isRegularFile(p) ? Files.newBufferedReader(p, StandardCharsets.UTF_8) : null;
        });
    }

    private static KnowledgeBase read(String where, Source source) {
        try {
            return new KnowledgeBase(where, source);
        } catch (IOException e) {
            throw new KnowledgeBaseException("cannot read knowledge base from " + where, e);
        }
    }

    private KnowledgeBase(String where, Source source) throws IOException {
        Map<EntityType, Map<String, KbEntry>> keys = new EnumMap<>(EntityType.class);
        for (EntityType t : EntityType.values()) keys.put(t, new LinkedHashMap<>());
        Map<KbEntry, List<String>> extraAliases = new HashMap<>();
        Map<String, String> demonymMap = new HashMap<>();
        Map<String, String> capitalMap = new HashMap<>();
        Map<String, List<String>> countryDemonyms = new LinkedHashMap<>();
        List<String[]> countryRefs = new ArrayList<>(); // {source, key, referenced country}
        Map<String, KbEntry> ministries = new HashMap<>(); // portfolio + "/" + country -> entry
        List<String[]> seatRefs = new ArrayList<>(); // {source, organization key, place key}

        Tsv countries = table(source, "countries.tsv", "key", "name");
        for (Tsv.Row r : countries.rows) {
            KbEntry e = entry(r, EntityType.PLACE, "country", null, List.of());
            add(keys, e, r);
            String capital = r.get("capital");
            if (capital != null) capitalMap.put(e.key(), capital);
            List<String> dems = r.list("demonyms");
            countryDemonyms.put(e.key(), dems);
            for (String d : dems) {
                String prev = demonymMap.putIfAbsent(Names.normalize(d), e.key());
                if (prev != null && !prev.equals(e.key()))
                    throw new KnowledgeBaseException(r.source() + ":" + r.line() + ": demonym " + d + " already names " + prev);
            }
        }
        Tsv places = table(source, "places.tsv", "key", "name", "kind");
        for (Tsv.Row r : places.rows) {
            String kind = r.require("kind");
            if (!PLACE_KINDS.contains(kind)) throw new KnowledgeBaseException(r.source() + ":" + r.line() + ": unknown place kind " + kind);
            KbEntry e = entry(r, EntityType.PLACE, kind, r.get("country"), List.of());
            add(keys, e, r);
            if (e.country() != null) countryRefs.add(new String[] {r.source() + ":" + r.line(), e.key(), e.country()});
        }
        Tsv orgs = table(source, "organizations.tsv", "key", "name", "kind");
        for (Tsv.Row r : orgs.rows) {
            String kind = r.require("kind");
            if (!ORG_KINDS.contains(kind)) throw new KnowledgeBaseException(r.source() + ":" + r.line() + ": unknown organization kind " + kind);
            KbEntry e = entry(r, EntityType.ORGANIZATION, kind, r.get("country"), List.of());
            add(keys, e, r);
            if (e.country() != null) countryRefs.add(new String[] {r.source() + ":" + r.line(), e.key(), e.country()});
            if (r.get("seat") != null) seatRefs.add(new String[] {r.source() + ":" + r.line(), e.key(), r.get("seat")});
            String portfolio = r.get("portfolio");
            if (portfolio != null) {
                if (!portfolio.equals(FOREIGN) && !portfolio.equals(DEFENCE))
                    throw new KnowledgeBaseException(r.source() + ":" + r.line() + ": unknown portfolio " + portfolio);
                if (e.country() == null) throw new KnowledgeBaseException(r.source() + ":" + r.line() + ": ministry without country");
                if (ministries.putIfAbsent(portfolio + "/" + e.country(), e) != null)
                    throw new KnowledgeBaseException(r.source() + ":" + r.line() + ": second " + portfolio + " ministry for " + e.country());
            }
        }
        Tsv people = table(source, "people.tsv", "key", "name");
        for (Tsv.Row r : people.rows) {
            KbEntry e = entry(r, EntityType.PERSON, "person", r.get("country"), r.list("roles"));
            add(keys, e, r);
            if (e.country() != null) countryRefs.add(new String[] {r.source() + ":" + r.line(), e.key(), e.country()});
        }

        Map<String, KbEntry> placeKeys = keys.get(EntityType.PLACE);
        for (String[] ref : countryRefs) {
            KbEntry c = placeKeys.get(ref[2]);
            if (c == null || !c.isCountry())
                throw new KnowledgeBaseException(ref[0] + ": " + ref[1] + " names unknown country " + ref[2]);
        }
        Map<String, String> seatMap = new HashMap<>();
        for (String[] ref : seatRefs) {
            if (!placeKeys.containsKey(ref[2])) throw new KnowledgeBaseException(ref[0] + ": seat " + ref[2] + " of " + ref[1] + " is not a known place");
            seatMap.put(ref[1], ref[2]);
        }
        for (Map.Entry<String, String> cap : capitalMap.entrySet())
            if (!placeKeys.containsKey(cap.getValue()))
                throw new KnowledgeBaseException(where + ": capital " + cap.getValue() + " of " + cap.getKey() + " is not a known place");

        // Ministries: every country gets a foreign and a defence ministry with generated aliases.
        Map<String, KbEntry> orgKeys = keys.get(EntityType.ORGANIZATION);
        for (Map.Entry<String, List<String>> c : countryDemonyms.entrySet()) {
            KbEntry country = placeKeys.get(c.getKey());
            List<String> names = new ArrayList<>();
            names.add(country.label());
            names.addAll(country.aliases());
            for (String portfolio : List.of(FOREIGN, DEFENCE)) {
                KbEntry m = ministries.get(portfolio + "/" + country.key());
                List<String> generated = ministryAliases(portfolio, names, c.getValue());
                if (m == null) {
                    String label = (portfolio.equals(FOREIGN) ? "Ministry of Foreign Affairs of " : "Ministry of Defence of ")
                            + country.label();
                    String key = (portfolio.equals(FOREIGN) ? "ministry-of-foreign-affairs-of-" : "ministry-of-defence-of-")
                            + country.key();
                    if (orgKeys.containsKey(key)) {
                        m = orgKeys.get(key);
                    } else {
                        m = new KbEntry(EntityType.ORGANIZATION, key, label, List.of(), null, country.key(), "ministry", List.of());
                        orgKeys.put(key, m);
                    }
                }
                extraAliases.computeIfAbsent(m, k -> new ArrayList<>()).addAll(generated);
            }
        }

        commonPlaceLabels(keys);

        // Rebuild the entries that received generated aliases, keeping the file order.
        List<KbEntry> all = new ArrayList<>();
        Map<KbEntry, Integer> explicitAliasCount = new HashMap<>();
        for (EntityType t : List.of(EntityType.PLACE, EntityType.ORGANIZATION, EntityType.PERSON)) {
            Map<String, KbEntry> m = keys.get(t);
            for (Map.Entry<String, KbEntry> me : m.entrySet()) {
                KbEntry e = me.getValue();
                List<String> extra = extraAliases.get(e);
                if (extra != null) {
                    Set<String> seen = new HashSet<>();
                    seen.add(Names.normalize(e.label()));
                    List<String> merged = new ArrayList<>();
                    for (String a : e.aliases()) if (seen.add(Names.normalize(a))) merged.add(a);
                    int explicit = merged.size();
                    for (String a : extra) if (seen.add(Names.normalize(a))) merged.add(a);
                    e = new KbEntry(e.type(), e.key(), e.label(), merged, e.qid(), e.country(), e.kind(), e.roles());
                    me.setValue(e);
                    explicitAliasCount.put(e, explicit);
                }
                all.add(e);
            }
        }

        Map<String, List<Ranked>> names = new HashMap<>();
        Map<String, List<Ranked>> personKeys = new HashMap<>();
        int order = 0;
        for (KbEntry e : all) {
            int explicit = explicitAliasCount.getOrDefault(e, e.aliases().size());
            index(names, Names.normalize(e.label()), e, 0, order);
            for (int i = 0; i < e.aliases().size(); i++)
                index(names, Names.normalize(e.aliases().get(i)), e, i < explicit ? 1 : 2, order);
            if (e.type() == EntityType.PERSON) {
                index(personKeys, Names.matchKey(e.label()), e, 3, order);
                for (String a : e.aliases()) index(personKeys, Names.matchKey(a), e, 3, order);
            }
            order++;
        }
        names.values().forEach(l -> l.sort(BEST_FIRST));
        personKeys.values().forEach(l -> l.sort(BEST_FIRST));

        Set<String> titleSet = new HashSet<>();
        Set<String> portfolioSet = new HashSet<>();
        int longest = 0;
        BufferedReader titlesIn = source.open("titles.txt");
        if (titlesIn != null) {
            try (BufferedReader in = titlesIn) {
                String line;
                while ((line = in.readLine()) != null) {
                    line = line.strip();
                    if (line.isEmpty() || line.startsWith("#")) continue;
                    if (line.startsWith("@portfolio ")) {
                        portfolioSet.add(Names.normalize(line.substring("@portfolio ".length())));
                        continue;
                    }
                    String t = Names.normalize(line);
                    if (t.isEmpty()) continue;
                    titleSet.add(t);
                    longest = Math.max(longest, t.split(" ").length);
                }
            }
        }

        Map<EntityType, Map<String, KbEntry>> frozen = new EnumMap<>(EntityType.class);
        keys.forEach((t, m) -> frozen.put(t, Map.copyOf(m)));
        this.entries = List.copyOf(all);
        this.byKey = Collections.unmodifiableMap(frozen);
        this.byName = freeze(names);
        this.byPersonKey = freeze(personKeys);
        this.demonyms = Map.copyOf(demonymMap);
        this.capitals = Map.copyOf(capitalMap);
        this.seats = Map.copyOf(seatMap);
        this.titles = Set.copyOf(titleSet);
        this.portfolios = Set.copyOf(portfolioSet);
        // Two modifiers ("former deputy ...") in front of the longest title or open pattern.
        this.maxTitleWords = Math.max(longest, titleSet.isEmpty() ? 0 : OPEN_TITLE_WORDS) + 2;
    }

    private static Tsv table(Source source, String file, String... required) throws IOException {
        BufferedReader in = source.open(file);
        if (in == null) return Tsv.read(file, new BufferedReader(new java.io.StringReader("")), new String[0]);
        try (BufferedReader r = in) {
            return Tsv.read(file, r, required);
        }
    }

    /** Designators that news drops from a place's name when the bare name is unambiguous ("New York", not "New York City"). */
    private static final List<String> DROPPED_DESIGNATORS = List.of(" City");

    /**
     * A place labelled "X City" whose aliases hold "X" is labelled "X" when no other entry bears that name: the label
     * is the name articles use, and the long form stays an alias. "Kuwait City" keeps its label, "Kuwait" being the country.
     */
    private static void commonPlaceLabels(Map<EntityType, Map<String, KbEntry>> keys) {
        Map<String, Set<String>> bearers = new HashMap<>();
        for (Map<String, KbEntry> m : keys.values()) {
            for (KbEntry e : m.values()) {
                bearers.computeIfAbsent(Names.normalize(e.label()), k -> new HashSet<>()).add(e.type() + "/" + e.key());
                for (String a : e.aliases())
                    bearers.computeIfAbsent(Names.normalize(a), k -> new HashSet<>()).add(e.type() + "/" + e.key());
            }
        }
        for (Map.Entry<String, KbEntry> me : keys.get(EntityType.PLACE).entrySet()) {
            KbEntry e = me.getValue();
            for (String d : DROPPED_DESIGNATORS) {
                if (!e.label().endsWith(d)) continue;
                String bare = e.label().substring(0, e.label().length() - d.length());
                String alias = null;
                for (String a : e.aliases()) if (Names.normalize(a).equals(Names.normalize(bare))) alias = a;
                if (alias == null || bearers.getOrDefault(Names.normalize(bare), Set.of()).size() != 1) continue;
                List<String> aliases = new ArrayList<>();
                aliases.add(e.label());
                for (String a : e.aliases()) if (!a.equals(alias)) aliases.add(a);
                me.setValue(new KbEntry(e.type(), e.key(), alias, aliases, e.qid(), e.country(), e.kind(), e.roles()));
                break;
            }
        }
    }

    private static KbEntry entry(Tsv.Row r, EntityType type, String kind, String country, List<String> roles) {
        try {
            return new KbEntry(type, r.require("key"), r.require("name"), r.list("aliases"), r.get("qid"), country, kind, roles);
        } catch (IllegalArgumentException e) {
            throw new KnowledgeBaseException(r.source() + ":" + r.line() + ": " + e.getMessage(), e);
        }
    }

    private static void add(Map<EntityType, Map<String, KbEntry>> keys, KbEntry e, Tsv.Row r) {
        if (keys.get(e.type()).putIfAbsent(e.key(), e) != null)
            throw new KnowledgeBaseException(r.source() + ":" + r.line() + ": duplicate " + e.type() + " key " + e.key());
    }

    private static void index(Map<String, List<Ranked>> map, String name, KbEntry e, int rank, int order) {
        if (name.isEmpty()) return;
        List<Ranked> list = map.computeIfAbsent(name, k -> new ArrayList<>(1));
        for (int i = 0; i < list.size(); i++) {
            Ranked r = list.get(i);
            if (r.entry() == e) {
                if (rank < r.rank()) list.set(i, new Ranked(e, rank, order));
                return;
            }
        }
        list.add(new Ranked(e, rank, order));
    }

    private static Map<String, List<Ranked>> freeze(Map<String, List<Ranked>> m) {
        Map<String, List<Ranked>> out = new HashMap<>(m.size() * 2);
        m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(out);
    }

    private static List<String> ministryAliases(String portfolio, List<String> countryNames, List<String> adjectives) {
        List<String> heads = portfolio.equals(FOREIGN)
                ? List.of("Foreign Ministry", "Ministry of Foreign Affairs", "Foreign Affairs Ministry",
                          "Ministry for Foreign Affairs", "MFA")
                : List.of("Defence Ministry", "Defense Ministry", "Ministry of Defence", "Ministry of Defense",
                          "Ministry of National Defence", "Ministry of National Defense", "Defence Department",
                          "Defense Department", "MoD");
        List<String> ofForms = portfolio.equals(FOREIGN)
                ? List.of("Foreign Ministry of ", "Ministry of Foreign Affairs of ", "Ministry for Foreign Affairs of ",
                          "Foreign Affairs Ministry of ")
                : List.of("Ministry of Defence of ", "Ministry of Defense of ", "Defence Ministry of ", "Defense Ministry of ",
                          "Ministry of National Defence of ", "Ministry of National Defense of ");
        Set<String> out = new LinkedHashSet<>();
        for (String adj : adjectives)
            for (String h : heads) out.add(adj + " " + h);
        for (String n : countryNames) {
            for (String f : ofForms) out.add(f + n);
            // "Russia's Foreign Ministry" normalizes to "russia foreign ministry".
            for (String h : heads) if (!h.equals("MFA") && !h.equals("MoD")) out.add(n + "'s " + h);
        }
        return new ArrayList<>(out);
    }

    // ---------------------------------------------------------------------------------------------- lookups

    /** The best entry of the given type with this name or alias, or (for people) the same {@link #matchKey}. */
    public Optional<KbEntry> find(String name, EntityType type) {
        String n = normalize(name);
        if (n.isEmpty()) return Optional.empty();
        List<Ranked> hits = byName.get(n);
        if (hits != null)
            for (Ranked r : hits) if (r.entry().type() == type) return Optional.of(r.entry());
        if (type == EntityType.PERSON) {
            List<Ranked> people = byPersonKey.get(Names.matchKey(name));
            if (people != null && !people.isEmpty()) return Optional.of(people.get(0).entry());
        }
        return Optional.empty();
    }

    /** All entries of any type with this name or alias, best first (labels before aliases, countries first). */
    public List<KbEntry> find(String name) {
        String n = normalize(name);
        if (n.isEmpty()) return List.of();
        List<KbEntry> out = new ArrayList<>();
        List<Ranked> hits = byName.get(n);
        if (hits != null) for (Ranked r : hits) out.add(r.entry());
        List<Ranked> people = byPersonKey.get(Names.matchKey(name));
        if (people != null) for (Ranked r : people) if (!out.contains(r.entry())) out.add(r.entry());
        return List.copyOf(out);
    }

    public Optional<KbEntry> byKey(EntityType type, String key) {
        return Optional.ofNullable(byKey.get(type).get(key));
    }

    /**
     * The country an adjective or noun of nationality names ("Russian", "U.S.", "Laotian", "Filipinos").
     * Country names used as modifiers ("Malaysia", "US") are accepted as well.
     */
    public Optional<KbEntry> countryOfDemonym(String adjective) {
        String n = normalize(adjective);
        if (n.isEmpty()) return Optional.empty();
        String key = demonyms.get(n);
        if (key == null && n.endsWith("s")) key = demonyms.get(n.substring(0, n.length() - 1));
        if (key == null && n.endsWith("es")) key = demonyms.get(n.substring(0, n.length() - 2));
        if (key != null) return byKey(EntityType.PLACE, key);
        List<Ranked> hits = byName.get(n);
        if (hits != null) for (Ranked r : hits) if (r.entry().isCountry()) return Optional.of(r.entry());
        return Optional.empty();
    }

    /** The capital of a country given by key; for city-states this is the country entry itself. */
    public Optional<KbEntry> capitalOf(String countryKey) {
        String cap = countryKey == null ? null : capitals.get(countryKey);
        return cap == null ? Optional.empty() : byKey(EntityType.PLACE, cap);
    }

    /** The city where an organization that is also a venue sits ("White House": Washington); empty when unknown. */
    public Optional<KbEntry> seatOf(String organizationKey) {
        String seat = organizationKey == null ? null : seats.get(organizationKey);
        return seat == null ? Optional.empty() : byKey(EntityType.PLACE, seat);
    }

    /**
     * Whether a lower-case phrase is a person's title: a listed title, optionally after modifiers
     * ("deputy", "acting", "former", ...), "minister of|for X", "secretary of X", or "X minister" for a
     * listed portfolio ("defence minister", "foreign ministry spokeswoman").
     */
    public boolean isTitle(String lowerCasePhrase) {
        String t = normalize(lowerCasePhrase);
        if (t.isEmpty()) return false;
        if (matchesTitle(t)) return true;
        String[] w = t.split(" ");
        int i = 0;
        while (i < w.length - 1 && TITLE_MODIFIERS.contains(w[i])) {
            i++;
            if (matchesTitle(String.join(" ", java.util.Arrays.copyOfRange(w, i, w.length)))) return true;
        }
        return false;
    }

    private boolean matchesTitle(String t) {
        if (titles.contains(t)) return true;
        if (OPEN_TITLE.matcher(t).matches()) return true;
        for (String head : PORTFOLIO_HEADS) {
            if (t.endsWith(" " + head)) {
                String portfolio = t.substring(0, t.length() - head.length() - 1);
                if (portfolios.contains(portfolio)) return true;
            }
        }
        return false;
    }

    /** The longest title, in words, that {@link #isTitle} can accept (modifiers included). */
    public int maxTitleWords() {
        return maxTitleWords;
    }

    /** Every entry, countries first, then other places, organizations and people. */
    public List<KbEntry> entries() {
        return entries;
    }

    /** Demonyms of a country, keyed by normalized adjective: for tests and reports. */
    Map<String, String> demonyms() {
        return demonyms;
    }

    Map<String, String> capitals() {
        return capitals;
    }

    /**
     * Folds a name for comparison: case, accents (NFKD), curly quotes, dots in acronyms ("U.S." = "US"),
     * the article "the", possessive 's, and hyphens versus spaces.
     */
    public static String normalize(String name) {
        return Names.normalize(name);
    }

    /**
     * A transliteration-tolerant key for person names, so that variants meet: Sergey/Sergei,
     * Zelenskyy/Zelensky/Zelenskiy, Aleksandr/Alexander, Mohammed/Muhammad, with middle initials dropped.
     */
    public static String matchKey(String personName) {
        return Names.matchKey(personName);
    }
}
