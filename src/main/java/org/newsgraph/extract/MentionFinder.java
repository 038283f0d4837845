package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.annotate.Annotation;
import org.newsgraph.annotate.NameSpan;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.Token;

/**
 * Finds person, organization and place names in annotated text. Evidence is combined in order of
 * reliability: known names from the gazetteer, titles and appositions ("Foreign Minister X",
 * "X, director of ..."), organization head nouns, the statistical name finder, and finally surnames
 * of people already named in the article. Capitalisation drives candidate spans, because the POS
 * tagger is unreliable on unknown names.
 */
public final class MentionFinder {
    private static final Set<String> STOP = Set.of(
            "the", "a", "an", "in", "on", "at", "by", "for", "of", "to", "from", "with", "and", "or", "but", "as",
            "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "my", "your",
            "this", "that", "these", "those", "there", "here", "after", "before", "while", "during", "since",
            "according", "despite", "however", "meanwhile", "also", "earlier", "later", "last", "next", "when",
            "where", "why", "how", "what", "who", "which", "if", "although", "though", "because", "so", "yet",
            "mr", "mrs", "ms", "dr", "sir", "both", "all", "some", "many", "most", "several", "other", "another",
            "such", "no", "not", "now", "then", "today", "yesterday", "tomorrow", "tonight", "once", "still",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "is", "are", "was", "were", "be", "has", "have", "had", "will", "would", "can", "could", "should",
            "do", "does", "did", "said", "says", "photo", "read", "see", "watch", "latest", "first", "second",
            "one", "two", "three", "former", "new", "more", "less", "just", "even", "only", "among", "about",
            "under", "over", "into", "through", "between", "against", "without", "within", "amid", "ahead");
    /** Particles that may stand inside a person's name. */
    private static final Set<String> NAME_PARTICLES = Set.of("bin", "bint", "ibn", "al", "el", "van", "von", "der",
            "den", "de", "da", "dos", "das", "du", "la", "le", "di", "del", "abu", "ben", "ter", "y");
    /** Head nouns that make a capitalised phrase an organization. */
    private static final Set<String> ORG_HEADS = Set.of(
            "ministry", "department", "council", "committee", "agency", "bank", "party", "forces", "army", "navy",
            "corporation", "corp", "company", "co", "group", "inc", "ltd", "llc", "plc", "association", "union",
            "organization", "organisation", "foundation", "fund", "commission", "court", "office", "service",
            "services", "forum", "institute", "university", "center", "centre", "college", "academy", "school",
            "news", "times", "post", "journal", "tribune", "herald", "gazette", "federation", "league", "club",
            "alliance", "bureau", "authority", "parliament", "assembly", "senate", "congress", "cabinet",
            "government", "administration", "secretariat", "network", "television", "radio", "press", "holdings",
            "industries", "airlines", "motors", "systems", "technologies", "energy", "board", "guard", "police",
            "front", "movement", "coalition", "initiative", "society", "trust", "mission", "embassy", "consulate",
            "kremlin", "duma", "telegraph", "daily", "weekly", "review", "church", "presidency", "bros");
    /** Common nouns for people's roles that stand before a name like a title: "footballer Ana Ruiz". */
    private static final Set<String> ROLE_NOUNS = Set.of("counterpart", "colleague", "envoy", "guest", "host",
            "footballer", "striker", "goalkeeper", "player", "athlete", "sprinter", "runner", "swimmer", "cyclist",
            "boxer", "skier", "gymnast", "champion", "star", "legend", "coach", "captain", "driver", "golfer",
            "singer", "actor", "actress", "musician", "artist", "director", "filmmaker", "writer", "author", "poet",
            "activist", "campaigner", "businessman", "businesswoman", "entrepreneur", "billionaire", "investor",
            "tycoon", "banker", "economist", "analyst", "expert", "professor", "scientist", "researcher", "lawyer",
            "attorney", "judge", "prosecutor", "priest", "bishop", "cardinal", "rabbi", "imam", "cleric",
            "journalist", "correspondent", "reporter", "editor", "columnist", "commentator", "blogger", "dissident",
            "opposition leader", "tennis star", "tennis player", "chess player", "football star", "pop star", "rapper",
            "homologue", "opposite number", "peer", "principal", "rector", "dean", "founder", "chairwoman",
            "chairperson", "president", "chancellor", "provost", "governor", "commissioner", "negotiator",
            "chief negotiator", "trade negotiator");

    /** Nouns that make a place name part of another name: "Bali Treaty", "Minsk Agreements". */
    private static final Set<String> LONGER_NAME_HEADS = Set.of("treaty", "accord", "accords", "agreement",
            "agreements", "declaration", "memorandum", "protocol", "process", "format", "act", "doctrine", "plan",
            "charter", "convention", "communique", "statement", "consensus", "airport", "stadium", "station",
            "marathon", "open", "grand", "prix", "cup", "games", "festival", "biennale", "award", "awards", "prize");

    /** Capitalised words of titles and institutions that never make a person's name. */
    private static final Set<String> NOT_NAMES = Set.of("affairs", "cooperation", "international", "foreign",
            "national", "federal", "armed", "republic", "kingdom", "state", "states", "united", "development",
            "relations", "security", "defence", "defense", "economy", "economic", "trade", "finance", "justice",
            "interior", "health", "education", "agriculture", "culture", "industry", "commerce", "labour", "labor",
            "environment", "transport", "deputy", "prime", "general", "chief", "head", "senior", "minister",
            "ministers", "executive", "officer", "director", "affair", "policy", "public", "social", "political",
            "theory", "science", "sciences", "studies", "research", "world", "global", "european", "asian",
            "palace", "castle", "house", "hall", "building", "square", "residence", "mansion", "villa", "tower",
            "african", "american", "western", "eastern", "northern", "southern", "central", "summit", "treaty",
            "conference", "talks", "meeting", "day", "week", "year", "news", "breaking", "live", "update", "updates");
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'’.\\-]*");
    private static final Pattern ACRONYM = Pattern.compile("(\\p{Lu}\\.){2,}|\\p{Lu}{2,}[\\p{L}]*|\\p{Lu}[\\p{Lu}\\d]*\\d[\\p{Lu}\\d]*");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s?");

    private final Gazetteer gazetteer;

    public MentionFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public List<Mention> find(Annotation a) {
        List<Token> toks = a.tokens();
        boolean[] covered = new boolean[toks.size()];
        List<Mention> out = new ArrayList<>();
        for (int si = 0; si < a.sentences().size(); si++) {
            Sentence s = a.sentences().get(si);
            gazetteerPass(a, si, s, covered, out);
            describedPlaces(a, si, s, covered, out);
            describedBodies(a, si, s, covered, out);
            runPass(a, si, s, covered, out);
        }
        // the name finder comes after the reliable passes, knowing the article's full names
        Set<String> surnames = new java.util.HashSet<>();
        for (Mention m : out) {
            String[] w = m.name().split("\\s+");
            if (m.type() == EntityType.PERSON && w.length >= 2) surnames.add(fold(w[w.length - 1]));
        }
        List<List<NameSpan>> names = namesBySentence(a);
        for (int si = 0; si < a.sentences().size(); si++) {
            Sentence s = a.sentences().get(si);
            if (!headlineCase(a, s)) nameFinderPass(a, si, s, covered, out, surnames, names.get(si));
        }
        surnamePass(a, covered, out);
        affiliations(a, covered, out);
        bareChambers(a, covered, out);
        aliasPass(a, covered, out);
        out.sort(Comparator.comparingInt(Mention::start));
        return roleReferences(a, venues(a, oneTypePerName(patronymicChains(a, out))));
    }

    /** Site heads: {@code extract/site-heads.txt}. */
    private static final Set<String> SITE_HEADS = loadWords("/extract/site-heads.txt");
    /** Prepositions that make the name after them the place where something is or happens. */
    private static final Set<String> LOCATIVE = Set.of("at", "in", "on", "to", "inside", "outside", "near", "into",
            "opposite", "toward", "towards", "within");

    /**
     * "at the Marlow Palace", "on Castle Hill", "to Parliament House": an organization's name that ends in a venue
     * or site word and follows a locative preposition is said as a place.
     */
    private List<Mention> venues(Annotation a, List<Mention> in) {
        List<Token> toks = a.tokens();
        List<Mention> out = new ArrayList<>(in.size());
        for (Mention m : in) {
            String[] words = m.name().split("\\s+");
            String head = words[words.length - 1].toLowerCase(Locale.ROOT);
            if (m.type() != EntityType.ORGANIZATION || words.length < 2
                    || !(VENUE_HEADS.contains(head) || SITE_HEADS.contains(head))) {
                out.add(m);
                continue;
            }
            int k = m.firstToken() - 1;
            int first = a.sentences().get(m.sentence()).firstToken();
            // "at No. 10 Marlow Street", "at the Marlow Palace"
            while (k >= first && (toks.get(k).text().equalsIgnoreCase("the") || toks.get(k).text().matches("\\d+|No\\.?|Number")))
                k--;
            if (k >= first && LOCATIVE.contains(toks.get(k).text().toLowerCase(Locale.ROOT))) {
                out.add(new Mention(EntityType.PLACE, m.sentence(), m.firstToken(), m.endToken(), m.start(), m.end(),
                        m.name(), null, null, null, Mention.Origin.VENUE));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /** Roles too general to stand for one person on their own. */
    private static final Set<String> VAGUE_ROLES = Set.of("minister", "official", "leader", "head", "member", "chief",
            "spokesman", "spokeswoman", "spokesperson", "representative", "mp", "lawmaker", "legislator", "director",
            "secretary", "president", "mr", "mrs", "ms", "dr", "sir", "executive", "officer", "chairman", "king");

    /**
     * "the crown prince", "the Omani foreign minister": a role with "the" stands for the one person named before
     * with that title (and that country), when exactly one fits.
     */
    private List<Mention> roleReferences(Annotation a, List<Mention> in) {
        List<Token> toks = a.tokens();
        List<Mention> out = new ArrayList<>(in);
        boolean[] covered = new boolean[toks.size()];
        for (Mention m : in) mark(covered, m.firstToken(), m.endToken());
        for (int si = 0; si < a.sentences().size(); si++) {
            Sentence s = a.sentences().get(si);
            for (int k = s.firstToken(); k + 1 < s.endToken(); k++) {
                if (!toks.get(k).text().equalsIgnoreCase("the")) continue;
                int i = k + 1;
                int ownFrom = k + 1;   // where the reference's own tokens start (after a country already named)
                String country = null;
                Optional<String> dem = gazetteer.countryOfDemonym(toks.get(i).text());
                if (dem.isPresent() && !covered[i]) {
                    country = dem.get();
                    i++;
                } else if (covered[i] && gazetteer.capitalOf(toks.get(i).text()).isPresent() && i + 1 < s.endToken()) {
                    // "the Myanmar president": a country's name said as its adjective (already a place)
                    country = toks.get(i).text();
                    i++;
                    ownFrom = i;
                } else if (i + 1 < s.endToken() && !covered[i] && !covered[i + 1]) {
                    // "the South African leader", "the New Zealand premier"
                    Optional<String> two = gazetteer.countryOfDemonym(toks.get(i).text() + " " + toks.get(i + 1).text());
                    if (two.isPresent()) {
                        country = two.get();
                        i += 2;
                    }
                }
                int best = -1;
                for (int n = 1; n <= 3 && i + n <= s.endToken(); n++) {
                    if (anyCovered(covered, i, i + n)) break;
                    String phrase = a.text().substring(toks.get(i).start(), toks.get(i + n - 1).end()).toLowerCase(Locale.ROOT);
                    if (gazetteer.isTitle(phrase)) best = i + n;
                }
                if (best < 0) continue;
                String role = a.text().substring(toks.get(i).start(), toks.get(best - 1).end()).toLowerCase(Locale.ROOT);
                if (VAGUE_ROLES.contains(role) && country == null) continue;
                if (best < s.endToken()) {
                    Token next = toks.get(best);
                    if (covered[best] || next.text().equals("of") || next.text().equals("'s") || next.text().equals("’s")
                            || nameLike(next) && !isStop(next)) continue;
                }
                final int from = ownFrom, to = best, at = toks.get(k).start();
                final String wantCountry = country;
                Set<String> who = new java.util.LinkedHashSet<>();
                Mention found = null;
                // the one person named before with that title; else, with a country, the one named after
                // ("In a call with the Kenyan leader, X said ... Kenyan President Y")
                for (boolean later : new boolean[] {false, true}) {
                    if (later && (wantCountry == null || !who.isEmpty())) break;
                    for (Mention m : out) {
                        if (m.type() != EntityType.PERSON || (later ? m.start() <= at : m.start() >= at) || m.title() == null) continue;
                        if (!TitleAbbreviations.titleFits(m.title(), role)) continue;
                        // the country the text gives the person, or the one the knowledge base knows
                        String hers = m.country() != null ? gazetteer.countryOfDemonym(m.country()).orElse(m.country())
                                : gazetteer.countryOfPerson(m.lookupName()).orElse(null);
                        if (wantCountry != null && !wantCountry.equals(hers)) continue;
                        String[] w = m.lookupName().split("\\s+");
                        who.add(fold(w[w.length - 1]));
                        if (found == null || m.lookupName().split("\\s+").length > found.lookupName().split("\\s+").length) found = m;
                    }
                }
                if (who.size() != 1) continue;
                out.add(new Mention(EntityType.PERSON, si, from, to, toks.get(from).start(), toks.get(to - 1).end(),
                        found.lookupName(), found.title(), found.country(), found.lookupName(), Mention.Origin.APPOSITION));
                mark(covered, from, to);
                k = to - 1;
            }
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    /**
     * One type per name in a document: what the name finder alone typed as a place or organization is a person
     * when the article names a person so, in full or by surname ("Keegan" after "Kevin Keegan").
     */
    /** Venue heads: {@code extract/venue-heads.txt}. */
    private static final Set<String> VENUE_HEADS = loadWords("/extract/venue-heads.txt");

    private static Set<String> loadWords(String resource) {
        try (java.io.InputStream in = MentionFinder.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            Set<String> out = new java.util.HashSet<>();
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) out.add(t);
            }
            return Set.copyOf(out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private List<Mention> oneTypePerName(List<Mention> in) {
        // "a visit to Kelmore ... In Kelmore he met": a name the finder typed as a body once and a place in a
        // locative phrase elsewhere is the place
        Set<String> places = new java.util.HashSet<>();
        for (Mention m : in) if (m.type() == EntityType.PLACE) places.add(m.name());
        List<Mention> retyped = new ArrayList<>(in.size());
        for (Mention m : in) {
            if (m.type() == EntityType.ORGANIZATION && m.origin() == Mention.Origin.NAME_FINDER && places.contains(m.name())
                    && !ACRONYM.matcher(m.name()).matches()) {
                retyped.add(new Mention(EntityType.PLACE, m.sentence(), m.firstToken(), m.endToken(), m.start(), m.end(),
                        m.name(), null, null, null, m.origin()));
            } else {
                retyped.add(m);
            }
        }
        in = retyped;
        Set<String> persons = new java.util.HashSet<>();
        for (Mention m : in) {
            if (m.type() != EntityType.PERSON) continue;
            String[] w = m.name().split("\\s+");
            if (w.length < 2) continue;
            persons.add(fold(m.name()));
            persons.add(fold(w[w.length - 1]));
        }
        // inner words of people's names of three words or more: "Ana Maria Ruiz" gives "maria"
        Set<String> inner = new java.util.HashSet<>();
        Set<Integer> personStarts = new java.util.HashSet<>();
        for (Mention m : in) {
            if (m.type() != EntityType.PERSON) continue;
            personStarts.add(m.firstToken());
            String[] w = m.name().split("\\s+");
            for (int k = 1; k + 1 < w.length; k++) inner.add(fold(w[k]));
        }
        List<Mention> out = new ArrayList<>(in.size());
        for (Mention m : in) {
            String[] words = m.name().split("\\s+");
            // "Maria Ruiz" later in the text, with "Maria" typed alone by the name finder: part of her name
            if (m.type() != EntityType.PERSON && m.origin() == Mention.Origin.NAME_FINDER && words.length == 1
                    && inner.contains(fold(m.name())) && personStarts.contains(m.endToken())) continue;
            if (m.type() == EntityType.PERSON && words.length >= 2
                    && VENUE_HEADS.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) {
                // "Dr Amos Kibet House": a building named after a person
                out.add(new Mention(EntityType.PLACE, m.sentence(), m.firstToken(), m.endToken(), m.start(), m.end(),
                        m.name(), null, null, null, m.origin()));
                continue;
            }
            if (m.type() != EntityType.PERSON && m.origin() == Mention.Origin.NAME_FINDER && persons.contains(fold(m.name()))
                    && gazetteer.typesOf(m.name()).isEmpty()) {
                out.add(new Mention(EntityType.PERSON, m.sentence(), m.firstToken(), m.endToken(), m.start(), m.end(),
                        m.name(), null, null, null, Mention.Origin.SURNAME));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    private static String foldWords(String name) {
        StringBuilder b = new StringBuilder(" ");
        for (String w : name.split("\\s+")) b.append(fold(w)).append(' ');
        return b.toString();
    }

    /** Links of a patronymic chain: "Sheikh Mohammed bin Zayed bin Sultan Al Nahyan", "Yusuf bin Alawi". */
    private static final Set<String> PATRONYMIC = Set.of("bin", "bint", "ibn", "binti");

    /**
     * A name that goes on with "bin"/"bint"/"ibn" and a capitalised word is one person's name, whatever the
     * passes made of its parts ("Alawi" as a place, "Sultan" as a title, "Al-Nahyan" as another person).
     */
    private List<Mention> patronymicChains(Annotation a, List<Mention> in) {
        List<Token> toks = a.tokens();
        List<Mention> out = new ArrayList<>(in);
        for (int si = 0; si < a.sentences().size(); si++) {
            Sentence s = a.sentences().get(si);
            for (int k = s.firstToken(); k + 1 < s.endToken(); k++) {
                if (!PATRONYMIC.contains(toks.get(k).text()) || !nameLike(toks.get(k + 1))) continue;
                if (k == s.firstToken() || !nameLike(toks.get(k - 1))
                        || HONORIFICS.contains(toks.get(k - 1).text().toLowerCase(Locale.ROOT).replace(".", ""))) {
                    // "bin Alawi" alone: the short form of a longer name given before
                    String shortForm = " " + fold(toks.get(k).text()) + " " + fold(toks.get(k + 1).text()) + " ";
                    final int kk = k;
                    boolean known = out.stream().anyMatch(m -> m.type() == EntityType.PERSON && m.endToken() <= kk
                            && foldWords(m.name()).contains(shortForm));
                    if (known && out.stream().noneMatch(m -> m.firstToken() <= kk && m.endToken() > kk)) {
                        out.removeIf(m -> m.firstToken() <= kk + 1 && m.endToken() > kk + 1);
                        out.add(new Mention(EntityType.PERSON, si, k, k + 2, toks.get(k).start(), toks.get(k + 1).end(),
                                a.text().substring(toks.get(k).start(), toks.get(k + 1).end()), null, null, null, Mention.Origin.SURNAME));
                        out.sort(Comparator.comparingInt(Mention::start));
                    }
                    continue;
                }
                int i = k - 1;
                while (i - 1 >= s.firstToken() && nameLike(toks.get(i - 1)) && !isStop(toks.get(i - 1))
                        && !gazetteer.isTitle(toks.get(i - 1).text().toLowerCase(Locale.ROOT))
                        && !HONORIFICS.contains(toks.get(i - 1).text().toLowerCase(Locale.ROOT).replace(".", ""))
                        && gazetteer.typesOf(toks.get(i - 1).text()).stream().noneMatch(t -> t != EntityType.PERSON)
                        && k - i < 3) i--;
                if (gazetteer.isTitle(toks.get(i).text().toLowerCase(Locale.ROOT))) continue;
                int j = k + 2;
                while (j < s.endToken()) {
                    String w = toks.get(j).text();
                    if (PATRONYMIC.contains(w) && j + 1 < s.endToken() && nameLike(toks.get(j + 1))) j += 2;
                    else if ((w.equals("Al") || w.equals("Al-") || w.equals("al") || w.startsWith("Al-") && w.length() > 3)
                            && (w.startsWith("Al-") && w.length() > 3 || j + 1 < s.endToken() && nameLike(toks.get(j + 1)))) {
                        j += w.length() > 3 ? 1 : 2;
                    } else break;
                }
                // "bin Hamad Albusaidi": a family name after the chain
                for (int q = 0; q < 2 && j < s.endToken() && nameLike(toks.get(j)) && !isStop(toks.get(j))
                        && !gazetteer.isTitle(toks.get(j).text().toLowerCase(Locale.ROOT))
                        && gazetteer.typesOf(toks.get(j).text()).stream().noneMatch(t -> t != EntityType.PERSON); q++) j++;
                final int from = i, to = j;
                // a person already found over the whole chain ("Crown Prince Mohammed bin Salman" from the knowledge base)
                if (out.stream().anyMatch(m -> m.type() == EntityType.PERSON && m.firstToken() <= from && m.endToken() >= to)) {
                    k = to - 1;
                    continue;
                }
                String title = null, country = null;
                for (Mention m : out)
                    if (m.type() == EntityType.PERSON && m.firstToken() < to && m.endToken() > from && m.title() != null
                            && title == null) {
                        title = m.title();
                        country = m.country();
                    }
                if (title == null) {
                    TitleMatch tm = titleBefore(a, s, from);
                    if (tm != null) {
                        title = tm.title;
                        country = tm.country;
                    }
                }
                out.removeIf(m -> m.firstToken() < to && m.endToken() > from);
                String name = a.text().substring(toks.get(from).start(), toks.get(to - 1).end());
                out.add(new Mention(EntityType.PERSON, si, from, to, toks.get(from).start(), toks.get(to - 1).end(), name,
                        title, country, null, Mention.Origin.PATTERN));
                k = to - 1;
            }
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    // ---- passes -------------------------------------------------------------------------------

    private void gazetteerPass(Annotation a, int si, Sentence s, boolean[] covered, List<Mention> out) {
        List<Token> toks = a.tokens();
        int maxN = Math.max(1, gazetteer.maxNameWords());
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            if (covered[i] || !nameLike(toks.get(i))) continue;
            for (int n = Math.min(maxN, s.endToken() - i); n >= 1; n--) {
                int last = i + n - 1;
                boolean institution = n >= 2 && INSTITUTIONS.contains(toks.get(last).text());
                if (!nameLike(toks.get(last)) && !institution || anyCovered(covered, i, i + n)) continue;
                if (n == 1 && isStop(toks.get(i))) continue; // "New", "May", "Last" alone are words
                // "La" is not "LA": short words match only when written in capitals
                if (n == 1 && toks.get(i).text().length() <= 3 && !toks.get(i).text().equals(toks.get(i).text().toUpperCase(Locale.ROOT)))
                    continue;
                String phrase = a.text().substring(toks.get(i).start(), toks.get(last).end());
                Set<EntityType> types = gazetteer.typesOf(phrase);
                if (types.isEmpty()) continue;
                if (n == 1 && types.equals(Set.of(EntityType.PERSON))) continue; // bare surnames come later
                // "Keldra Trade Union Congress", "Kenyan Senate": a body's head word closes a longer name
                if (n == 1 && types.equals(Set.of(EntityType.ORGANIZATION)) && i > s.firstToken()
                        && ORG_HEADS.contains(toks.get(i).text().toLowerCase(Locale.ROOT)) && !covered[i - 1]
                        && nameLike(toks.get(i - 1)) && !isStop(toks.get(i - 1))) break;
                // a known place or organization inside a longer capitalised name is not the entity itself
                if (n <= 2 && partOfLongerName(a, s, i, last, types)) break;
                // "Luís Montenegro", "Santiago Peña": a place name beside an unknown name is a person's name
                if (n == 1 && (unknownName(a, s, i - 1) || unknownName(a, s, i + 1))) break;
                EntityType type = types.contains(EntityType.PERSON) && n >= 2 ? EntityType.PERSON
                        : types.contains(EntityType.PLACE) ? EntityType.PLACE
                        : types.contains(EntityType.ORGANIZATION) ? EntityType.ORGANIZATION : EntityType.PERSON;
                int first = toks.get(i).text().equals("The") && n > 1 && gazetteer.typesOf(
                        a.text().substring(toks.get(i + 1).start(), toks.get(last).end())).contains(type) ? i + 1 : i;
                String name = a.text().substring(toks.get(first).start(), toks.get(last).end());
                String title = null;
                String country = null;
                if (type == EntityType.PERSON) {
                    TitleMatch tm = titleBefore(a, s, first);
                    if (tm != null) {
                        title = tm.title;
                        country = tm.country;
                    }
                }
                out.add(new Mention(type, si, first, last + 1, toks.get(first).start(), toks.get(last).end(), name,
                        title, country, null, Mention.Origin.GAZETTEER));
                mark(covered, i, last + 1);
                i = last;
                break;
            }
        }
    }

    /** "Ukraine" in "Ukraine Reconstruction Fund" or "Kenya" in "Kenya Investment Authority" is part of another name. */
    private boolean partOfLongerName(Annotation a, Sentence s, int i, int last, Set<EntityType> types) {
        List<Token> toks = a.tokens();
        if (!types.contains(EntityType.PLACE)) {
            // "Kelmore Basin Cooperation Organization" after a known company "Kelmore": a body's name goes on
            if (!types.contains(EntityType.ORGANIZATION)) return false;
            for (int j = last + 1; j < Math.min(s.endToken(), last + 5); j++) {
                if (!nameLike(toks.get(j)) || isStop(toks.get(j)) || isTitleWord(toks.get(j))) break;
                if (ORG_HEADS.contains(toks.get(j).text().toLowerCase(Locale.ROOT))) return true;
            }
            return false;
        }
        if (i - 2 >= s.firstToken() && toks.get(i - 1).text().equals("of")
                && HEAD_FIRST_ORGS.contains(toks.get(i - 2).text().toLowerCase(Locale.ROOT))
                && Character.isUpperCase(toks.get(i - 2).text().charAt(0))) return true; // "University of Edinburgh"
        for (int j = last + 1; j < Math.min(s.endToken(), last + 6); j++) {
            if (!nameLike(toks.get(j)) || isStop(toks.get(j))) break;
            String next = toks.get(j).text().toLowerCase(Locale.ROOT);
            if (ORG_HEADS.contains(next) || LONGER_NAME_HEADS.contains(next)) return true;
            if (gazetteer.isTitle(next) || !gazetteer.typesOf(toks.get(j).text()).isEmpty()) break;
        }
        return false;
    }

    /** A capitalised word at k that is no known name, title, role or common institution word: likely a personal name. */
    private boolean unknownName(Annotation a, Sentence s, int k) {
        if (k < s.firstToken() || k >= s.endToken()) return false;
        Token t = a.tokens().get(k);
        if (!CAPITALISED.matcher(t.text()).matches() || isStop(t)) return false;
        if (k == s.firstToken() && k + 1 < s.endToken() && !nameLike(a.tokens().get(k + 1))) return false;
        // "Embattled Acme leader": a capitalised adjective or verb that starts the sentence is a common word
        if (k == s.firstToken() && !t.pos().equals("PROPN") && !t.pos().equals("NOUN")) return false;
        String low = t.text().toLowerCase(Locale.ROOT);
        if (ORG_HEADS.contains(low) || NOT_NAMES.contains(low) || LONGER_NAME_HEADS.contains(low) || ROLE_NOUNS.contains(low)
                || gazetteer.isTitle(low)) return false;
        if (gazetteer.countryOfDemonym(t.text()).isPresent()) return false;
        return gazetteer.typesOf(t.text()).isEmpty();
    }

    /** "the Malaysian capital", "the capital of Malaysia": the capital city, named by its description. */
    private void describedPlaces(Annotation a, int si, Sentence s, boolean[] covered, List<Mention> out) {
        List<Token> toks = a.tokens();
        for (int i = s.firstToken(); i + 1 < s.endToken(); i++) {
            Token t = toks.get(i);
            if (covered[i]) continue;
            if (toks.get(i + 1).text().equalsIgnoreCase("capital") && !covered[i + 1]) {
                Optional<String> country = gazetteer.countryOfDemonym(t.text());
                Optional<String> capital = country.flatMap(gazetteer::capitalOf);
                if (capital.isPresent()) {
                    out.add(new Mention(EntityType.PLACE, si, i, i + 2, t.start(), toks.get(i + 1).end(),
                            a.text().substring(t.start(), toks.get(i + 1).end()), null, country.get(), capital.get(),
                            Mention.Origin.PATTERN));
                    mark(covered, i, i + 2);
                }
            }
        }
    }

    /** Titles held in a body named by their "of" phrase: {@code extract/employer-titles.txt}. */
    private static final Set<String> EMPLOYER_TITLES = loadWords("/extract/employer-titles.txt");

    /** Kinds of organization said before a body's name: {@code extract/org-kinds.txt}. */
    private static final Set<String> ORG_KINDS = loadWords("/extract/org-kinds.txt");

    /**
     * Names no pass typed, that their context makes organizations: the body a person belongs to ("Ana Ruiz of the
     * Kelmore Rovers") and a name after a kind of organization ("the rock band Vell", "the charity Kelmore Aid").
     */
    private void affiliations(Annotation a, boolean[] covered, List<Mention> out) {
        List<Token> toks = a.tokens();
        Set<Integer> personEnds = new java.util.HashSet<>();
        for (Mention m : out) if (m.type() == EntityType.PERSON) personEnds.add(m.endToken());
        for (int si = 0; si < a.sentences().size(); si++) {
            Sentence s = a.sentences().get(si);
            for (int k = s.firstToken() + 1; k < s.endToken(); k++) {
                if (!nameLike(toks.get(k)) || isStop(toks.get(k))) continue;
                // a name the name finder typed from k on, not a person: retyped and completed here
                final int from = k;
                Mention head = !covered[k] ? null : out.stream().filter(m -> m.firstToken() == from
                        && m.origin() == Mention.Origin.NAME_FINDER && m.type() != EntityType.PERSON).findFirst().orElse(null);
                if (covered[k] && head == null) continue;
                boolean after = false;
                // "Ana Ruiz of the Kelmore Rovers"
                if (k - 3 >= s.firstToken() && toks.get(k - 1).text().equals("the") && toks.get(k - 2).text().equals("of")
                        && personEnds.contains(k - 2)) after = true;
                // "Director of Kelmore Biz", "chief executive of the Aster Lines", "a spokeswoman for Varn Rail"
                for (int n = 1; n <= 2 && !after; n++) {
                    int of = toks.get(k - 1).text().equals("the") ? k - 2 : k - 1;
                    if (of - n < s.firstToken() || !(toks.get(of).text().equals("of") || toks.get(of).text().equals("for"))
                            || !wordsOnly(toks, of - n, of)) break;
                    String t = a.text().substring(toks.get(of - n).start(), toks.get(of - 1).end()).toLowerCase(Locale.ROOT);
                    if (EMPLOYER_TITLES.contains(t)) after = true;
                }
                // "the rock band Vell", "the news agency Kelmore Wire"
                for (int n = 1; n <= 2 && !after && k - n >= s.firstToken(); n++) {
                    if (!lowerWords(toks, k - n, k)) break;
                    if (ORG_KINDS.contains(a.text().substring(toks.get(k - n).start(), toks.get(k - 1).end()))) after = true;
                }
                if (!after) {
                    // "the Vell group", "the Aster organization": a name followed by its kind
                    if (!toks.get(k - 1).text().equalsIgnoreCase("the")) continue;
                    int e = head == null ? k : head.endToken();
                    while (e < s.endToken() && !covered[e] && nameLike(toks.get(e)) && !isStop(toks.get(e))) e++;
                    if (e >= s.endToken() || covered[e] || !ORG_KINDS.contains(toks.get(e).text())) continue;
                    String name = a.text().substring(toks.get(k).start(), toks.get(e - 1).end());
                    if (!gazetteer.typesOf(name).isEmpty() || gazetteer.countryOfDemonym(name).isPresent()
                            || hasTitleOrDemonym(toks, k, e) || demonymCompound(name)) continue;
                    if (head != null) out.remove(head);
                    addSimple(a, si, k, e, EntityType.ORGANIZATION, Mention.Origin.PATTERN, out, covered);
                    k = e;
                    continue;
                }
                int e = head == null ? k : head.endToken();
                while (e < s.endToken() && !covered[e] && nameLike(toks.get(e)) && !isStop(toks.get(e))) e++;
                if (head != null && e == head.endToken() && head.type() == EntityType.ORGANIZATION) continue;
                // "the energy group Atlantique Gaz" with "Gaz" alone typed by the name finder: one name
                final int at = e;
                Mention tail = out.stream().filter(m -> m.firstToken() == at && m.origin() == Mention.Origin.NAME_FINDER
                        && m.type() != EntityType.PERSON).findFirst().orElse(null);
                if (tail != null) e = tail.endToken();
                String name = a.text().substring(toks.get(k).start(), toks.get(e - 1).end());
                if (!gazetteer.typesOf(name).isEmpty() || gazetteer.countryOfDemonym(name).isPresent()
                        || isTitleWord(toks.get(k)) || gazetteer.isTitle(name.toLowerCase(Locale.ROOT))) continue;
                if (toks.get(e - 1).text().matches(".*-\\p{Ll}+")) continue; // "the Zurich-based trader": an adjective
                if (tail != null) out.remove(tail);
                if (head != null) out.remove(head);
                addSimple(a, si, k, e, EntityType.ORGANIZATION, Mention.Origin.PATTERN, out, covered);
                k = e - 1;
            }
        }
    }

    /** Lower-case kinds of a country's own body: "the Keldran cabinet", "Keldra's parliament". */
    private static final Set<String> NATIONAL_BODIES = Set.of("cabinet", "parliament", "embassy");

    /** "Keldran-Varnish": nationalities joined by a hyphen. */
    private boolean demonymCompound(String name) {
        String[] parts = name.split("-");
        if (parts.length < 2) return false;
        for (String p : parts) if (gazetteer.countryOfDemonym(p).isEmpty()) return false;
        return true;
    }

    private boolean isCountry(String name) {
        return gazetteer.capitalOf(name).isPresent();
    }

    /** Chambers said by their kind alone, "the House", "the Assembly": the body the article is about. */
    private static final Set<String> CHAMBERS = Set.of("House", "Assembly", "Parliament", "Legislature", "Cabinet");

    /**
     * "sending the House home": a chamber named by its kind alone, in mid-sentence, is an organization, unless the
     * article names it in full ("the Keldran National Assembly ... the Assembly"), which stands for it.
     */
    private void bareChambers(Annotation a, boolean[] covered, List<Mention> out) {
        List<Token> toks = a.tokens();
        Set<String> heads = new java.util.HashSet<>();
        for (Mention m : out) {
            String[] w = m.name().split("\\s+");
            if (m.type() == EntityType.ORGANIZATION && w.length >= 2) heads.add(w[w.length - 1]);
        }
        for (int si = 0; si < a.sentences().size(); si++) {
            Sentence s = a.sentences().get(si);
            for (int k = s.firstToken() + 2; k < s.endToken(); k++) {
                String w = toks.get(k).text();
                if (covered[k] || !CHAMBERS.contains(w) || heads.contains(w) || !toks.get(k - 1).text().equals("the")) continue;
                if (k + 1 < s.endToken() && (nameLike(toks.get(k + 1)) || toks.get(k + 1).text().equals("of"))) continue;
                // "met in the Parliament in Wellington": the building
                if (LOCATIVE.contains(toks.get(k - 2).text().toLowerCase(Locale.ROOT))) continue;
                addSimple(a, si, k, k + 1, EntityType.ORGANIZATION, Mention.Origin.PATTERN, out, covered);
            }
        }
    }

    /** Lower-case heads of a government body named by its portfolio: "the health ministry". */
    private static final Set<String> PORTFOLIO_BODIES = Set.of("ministry", "department");

    /**
     * Bodies named by a description rather than a capitalised name: a portfolio's ministry ("the labour ministry",
     * "a Keldran finance ministry release"), and an office-holder's office ("the Prime Minister's Office").
     */
    private void describedBodies(Annotation a, int si, Sentence s, boolean[] covered, List<Mention> out) {
        List<Token> toks = a.tokens();
        for (int k = s.firstToken() + 1; k < s.endToken(); k++) {
            if (covered[k]) continue;
            String w = toks.get(k).text();
            if (NATIONAL_BODIES.contains(w)) {
                // "the Keldran cabinet", "Keldra's parliament": a country's own body, named by its kind
                if (!covered[k - 1] && gazetteer.countryOfDemonym(toks.get(k - 1).text()).isPresent()) {
                    addSimple(a, si, k - 1, k + 1, EntityType.ORGANIZATION, Mention.Origin.PATTERN, out, covered);
                } else if (k - 2 >= s.firstToken() && (toks.get(k - 1).text().equals("'s") || toks.get(k - 1).text().equals("’s"))
                        && covered[k - 2]) {
                    // the country keeps its own mention; the body's name runs from it, its tokens from the possessive
                    final int c = k - 2;
                    Mention country = out.stream().filter(m -> m.type() == EntityType.PLACE && m.endToken() == c + 1
                            && isCountry(m.name())).findFirst().orElse(null);
                    if (country != null) {
                        out.add(new Mention(EntityType.ORGANIZATION, si, k - 1, k + 1, country.start(), toks.get(k).end(),
                                a.text().substring(country.start(), toks.get(k).end()), null, null, null, Mention.Origin.PATTERN));
                        mark(covered, k - 1, k + 1);
                    }
                }
            } else if (PORTFOLIO_BODIES.contains(w)) {
                // the longest run of lower-case words before it that makes "<words> minister" a title
                int from = -1;
                for (int st = Math.max(s.firstToken(), k - 3); st < k; st++) {
                    if (anyCovered(covered, st, k) || !lowerWords(toks, st, k)) continue;
                    String portfolio = a.text().substring(toks.get(st).start(), toks.get(k - 1).end());
                    if (gazetteer.isTitle(portfolio + " minister") && !gazetteer.isTitle(portfolio)) {
                        from = st;
                        break;
                    }
                }
                if (from < 0) continue;
                if (from - 1 >= s.firstToken() && !covered[from - 1] && gazetteer.countryOfDemonym(toks.get(from - 1).text()).isPresent())
                    from--; // "the Keldran health ministry"
                addSimple(a, si, from, k + 1, EntityType.ORGANIZATION, Mention.Origin.PATTERN, out, covered);
            } else if ((w.equals("'s") || w.equals("’s")) && k + 1 < s.endToken() && !covered[k + 1]
                    && CAPITALISED.matcher(toks.get(k + 1).text()).matches()
                    && ORG_HEADS.contains(toks.get(k + 1).text().toLowerCase(Locale.ROOT))) {
                // "the Prime Minister's Office": a capitalised title, its possessive, a body's head
                for (int st = Math.max(s.firstToken(), k - gazetteer.maxTitleWords()); st < k; st++) {
                    if (anyCovered(covered, st, k + 2) || !wordsOnly(toks, st, k)
                            || !CAPITALISED.matcher(toks.get(st).text()).matches()) continue;
                    String title = a.text().substring(toks.get(st).start(), toks.get(k - 1).end()).toLowerCase(Locale.ROOT);
                    if (!gazetteer.isTitle(title)) continue;
                    addSimple(a, si, st, extendOfPhrase(a, s, k + 2), EntityType.ORGANIZATION, Mention.Origin.PATTERN, out, covered);
                    break;
                }
            }
        }
    }

    /** Prepositions after which one unknown word is a place: "in Kelmore", not "from Acme" or "to Acme". */
    private static final Set<String> IN_PLACE = Set.of("in", "near", "outside", "inside");

    private static boolean allCapitals(List<Token> toks, int from, int to) {
        for (int k = from; k < to; k++) {
            String t = toks.get(k).text();
            if (t.length() < 3 || !t.chars().allMatch(c -> Character.isUpperCase(c) || c == '.')) return false;
        }
        return true;
    }

    private static boolean lowerWords(List<Token> toks, int from, int to) {
        for (int k = from; k < to; k++) {
            String t = toks.get(k).text();
            if (!Character.isLowerCase(t.charAt(0)) || !t.chars().allMatch(Character::isLetter) || STOP.contains(t)) return false;
        }
        return true;
    }

    /** Capitalised runs: titled people, appositions, organizations by head noun, or the name finder's type. */
    private void runPass(Annotation a, int si, Sentence s, boolean[] covered, List<Mention> out) {
        List<Token> toks = a.tokens();
        int i = s.firstToken();
        while (i < s.endToken()) {
            if (covered[i] || !nameLike(toks.get(i)) || isStop(toks.get(i))) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < s.endToken() && !covered[j] && (nameLike(toks.get(j)) && !isStop(toks.get(j))
                    || isParticleInName(a, s, j))) j++;
            while (j > i + 1 && isParticle(toks.get(j - 1))) j--;
            handleRun(a, si, s, i, j, covered, out);
            i = Math.max(j, i + 1);
        }
    }

    private void handleRun(Annotation a, int si, Sentence s, int i, int j, boolean[] covered, List<Mention> out) {
        List<Token> toks = a.tokens();
        // Titles: the longest title ending inside or right before the run, followed by a name of 1..4 words.
        for (int split = i; split < j; split++) {
            if (j - split > 4) continue;
            TitleMatch tm = titleBefore(a, s, split);
            if (tm == null || !personLike(a, split, j)) continue;
            // "Minister of Municipal Affairs and Housing": a title cut after "and" or "of" goes on, no name follows
            if (tm.title.matches("(?i).*\\s(and|of|for|&)$")) continue;
            // "Solaria Grid CEO Ana Ruiz": the words of the run before the title name her organization
            if (tm.start > i && tm.country == null) bodyBeforeTitle(a, si, s, i, tm.start, tm.title, covered, out);
            addPerson(a, si, split, j, tm.title, tm.country, Mention.Origin.TITLE, out);
            mark(covered, Math.max(tm.start, s.firstToken()), j);
            return;
        }
        // Organizations named head first: "University of Edinburgh", "Bank of Ghana"
        if (HEAD_FIRST_ORGS.contains(toks.get(i).text().toLowerCase(Locale.ROOT)) && j < s.endToken()
                && toks.get(j).text().equals("of")) {
            int end = extendOfPhrase(a, s, j);
            if (end > j) {
                addSimple(a, si, i, end, EntityType.ORGANIZATION, Mention.Origin.PATTERN, out, covered);
                return;
            }
        }
        // A company or body right before a title and a name: "Solaria Grid CEO Ana Ruiz"
        String runText = a.text().substring(toks.get(i).start(), toks.get(j - 1).end());
        String following = titleFollowing(a, s, j);
        if (following != null && gazetteer.typesOf(runText).isEmpty() && !hasTitleOrDemonym(toks, i, j)
                && !gazetteer.isTitle(runText.toLowerCase(Locale.ROOT))) {
            bodyBeforeTitle(a, si, s, i, j, following, covered, out);
            return;
        }
        // "Acme Leader Ana Ruiz" with the name already found: the words before the title name her body
        if (j < s.endToken() && covered[j] && startsPerson(out, j)) {
            TitleMatch tail = titleEndingAt(a, s, j);
            if (tail != null && tail.start > i && tail.country == null) {
                bodyBeforeTitle(a, si, s, i, tail.start, tail.title, covered, out);
                return;
            }
        }
        // "Koskinen & Varis", "Ortega y Gasset": firms named after people
        if (j + 1 < s.endToken() && toks.get(j).text().equals("&") && nameLike(toks.get(j + 1))) {
            int e = j + 1;
            while (e < s.endToken() && nameLike(toks.get(e)) && !isStop(toks.get(e))) e++;
            // "the Film & Stage Jobs Act": a law or a treaty, no firm
            if (!LONGER_NAME_HEADS.contains(toks.get(e - 1).text().toLowerCase(Locale.ROOT)))
                addSimple(a, si, i, e, EntityType.ORGANIZATION, Mention.Origin.PATTERN, out, covered);
            return;
        }
        // An outlet in a dateline: "NAIROBI, May 14 (Meridian Wire) -"
        if (i > s.firstToken() && toks.get(i - 1).text().equals("(") && j < s.endToken() && toks.get(j).text().equals(")")
                && j + 1 < s.endToken() && toks.get(j + 1).text().matches("[-–—:]") && si == 0) {
            addSimple(a, si, i, j, EntityType.ORGANIZATION, Mention.Origin.PATTERN, out, covered);
            return;
        }
        // Organizations by head noun: "Institute of World Economy", "Northwind Energy Group"
        String headWord = toks.get(j - 1).text().toLowerCase(Locale.ROOT).replaceAll("[.]$", "");
        if (ORG_HEADS.contains(headWord) && j - i >= 2) {
            int end = extendOfPhrase(a, s, j);
            // "All Keldra Workers Congress": "All" begins the name
            if (i > s.firstToken() && toks.get(i - 1).text().equals("All") && !covered[i - 1]) i--;
            addSimple(a, si, i, end, EntityType.ORGANIZATION, Mention.Origin.PATTERN, out, covered);
            return;
        }
        // Apposition: "Ana Ruiz, a spokeswoman for ...", "his counterpart, Ana Ruiz"
        if (j - i >= 2 && j - i <= 4 && personLike(a, i, j) && (roleAfter(a, s, j) || roleBeforeComma(a, s, i))) {
            addPerson(a, si, i, j, null, null, Mention.Origin.APPOSITION, out);
            mark(covered, i, j);
        }
    }

    /** Headlines in title case defeat the name finder: "Talks Ahead Of Summit Postponed". */
    private static boolean headlineCase(Annotation a, Sentence s) {
        int words = 0, caps = 0;
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            String w = a.tokens().get(k).text();
            if (!Character.isLetter(w.charAt(0))) continue;
            words++;
            if (Character.isUpperCase(w.charAt(0))) caps++;
        }
        return words >= 4 && caps >= words * 0.7;
    }

    /** Whether a name-finder span is worth keeping: not a common word, adjective, compound of places or event name. */
    private boolean plausibleSpan(Annotation a, int i, int j) {
        List<Token> toks = a.tokens();
        if (j - i == 1) {
            Token t = toks.get(i);
            String low = t.text().toLowerCase(Locale.ROOT);
            if (!t.pos().equals("PROPN") && !ACRONYM.matcher(t.text()).matches()) return false;
            if (isParticle(t)) return false;
            if (HONORIFICS.contains(low.replace(".", "")) || ACRONYM.matcher(t.text()).matches() && t.text().length() <= 3
                    && gazetteer.typesOf(t.text()).isEmpty()) return false; // "Majesty", "EAM"
            if (NOT_NAMES.contains(low) || ORG_HEADS.contains(low) || LONGER_NAME_HEADS.contains(low) || ROLE_NOUNS.contains(low))
                return false;
            if (gazetteer.countryOfDemonym(t.text()).isPresent() && gazetteer.typesOf(t.text()).isEmpty()) return false;
            String[] halves = t.text().split("-");
            if (halves.length == 2 && !gazetteer.typesOf(halves[0]).isEmpty() && !gazetteer.typesOf(halves[1]).isEmpty())
                return false; // "U.S.-China"
        }
        String last = toks.get(j - 1).text().toLowerCase(Locale.ROOT);
        if (gazetteer.isTitle(last) || gazetteer.isTitle(a.text().substring(toks.get(i).start(), toks.get(j - 1).end())
                .toLowerCase(Locale.ROOT).replaceFirst("^\\S+\\s+", ""))) return false; // "Saudi Energy Minister"
        return !LONGER_NAME_HEADS.contains(last);
    }

    /**
     * The name finder's spans that lie within each sentence, in their order: one pass with a binary search each
     * (a scan of all names per sentence was quadratic in the article's length).
     */
    private static List<List<NameSpan>> namesBySentence(Annotation a) {
        List<Sentence> sents = a.sentences();
        List<List<NameSpan>> out = new ArrayList<>(sents.size());
        for (int i = 0; i < sents.size(); i++) out.add(new ArrayList<>(2));
        for (NameSpan n : a.names()) {
            int lo = 0, hi = sents.size() - 1, at = -1;
            while (lo <= hi) { // the last sentence starting at or before the name
                int mid = (lo + hi) >>> 1;
                if (sents.get(mid).firstToken() <= n.firstToken()) {
                    at = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            if (at >= 0 && n.endToken() <= sents.get(at).endToken()) out.get(at).add(n);
        }
        return out;
    }

    private void nameFinderPass(Annotation a, int si, Sentence s, boolean[] covered, List<Mention> out, Set<String> surnames,
                                List<NameSpan> names) {
        List<Token> toks = a.tokens();
        for (NameSpan n : names) {
            int i = n.firstToken(), j = n.endToken();
            while (i < j && (isStop(toks.get(i)) || !nameLike(toks.get(i)))) i++;
            while (j > i && (!nameLike(toks.get(j - 1)) || POSSESSIVE.matcher(toks.get(j - 1).text()).matches())) j--;
            if (i >= j || anyCovered(covered, i, j)) continue;
            if (j - i == 1 && surnames.contains(fold(toks.get(i).text()))) continue; // a surname: the surname pass types it
            if (!plausibleSpan(a, i, j)) continue;
            if (j - i == 1 && gazetteer.countryOfDemonym(toks.get(i).text()).isPresent()
                    && gazetteer.typesOf(toks.get(i).text()).isEmpty()) continue; // "Portuguese" is no place
            if (n.type().equals("person")) {
                // "Pieter" + "van den Berg": the finder often stops at a particle
                while (j < s.endToken() && isParticleInName(a, s, j)) {
                    int k = j;
                    while (isParticle(toks.get(k))) k++;
                    while (k < s.endToken() && nameLike(toks.get(k)) && !isStop(toks.get(k))) k++;
                    j = k;
                }
                if (anyCovered(covered, i, j)) j = n.endToken();
            }
            EntityType type = switch (n.type()) {
                case "person" -> EntityType.PERSON;
                case "organization" -> EntityType.ORGANIZATION;
                default -> EntityType.PLACE;
            };
            // "in Kelmore", "near Kelmore": one unknown word typed as a body by the finder, said as a place
            if (type == EntityType.ORGANIZATION && j - i == 1 && i > s.firstToken() && !ACRONYM.matcher(toks.get(i).text()).matches()
                    && IN_PLACE.contains(toks.get(i - 1).text().toLowerCase(Locale.ROOT))) type = EntityType.PLACE;
            // "KELMORE, Varnland -": a dateline in capitals names a place
            if (type != EntityType.PLACE && i == s.firstToken() && j < s.endToken() && toks.get(j).text().matches("[,\\-–—]")
                    && allCapitals(toks, i, j)) type = EntityType.PLACE;
            // "Keldran President Ivo Dranek" read as one body: the title's holder is a person
            if (type != EntityType.PERSON) {
                int split = -1;
                for (int k = i + 1; k < j && split < 0; k++)
                    if (titleEndingAt(a, s, k) != null && personLike(a, k, j) && (j - k >= 2 || surnames.contains(fold(toks.get(k).text()))
                            || gazetteer.isKnownSurname(toks.get(k).text()) || j - k == 1 && unknownName(a, s, k))) split = k;
                if (split > 0) {
                    i = split;
                    type = EntityType.PERSON;
                }
            }
            Set<EntityType> known = gazetteer.typesOf(a.text().substring(toks.get(i).start(), toks.get(j - 1).end()));
            if (known.size() == 1) type = known.iterator().next();
            if (type == EntityType.PERSON) {
                TitleMatch tm = titleBefore(a, s, i);
                // a title inside the span ("President Ana Ruiz") is not part of the name
                int split = i;
                while (split < j - 1 && titleBefore(a, s, split + 1) != null) split++;
                if (split > i) {
                    tm = titleBefore(a, s, split);
                    i = split;
                }
                addPerson(a, si, i, j, tm == null ? null : tm.title, tm == null ? null : tm.country,
                        Mention.Origin.NAME_FINDER, out);
                mark(covered, n.firstToken(), j);
            } else {
                addSimple(a, si, i, j, type, Mention.Origin.NAME_FINDER, out, covered);
            }
        }
    }

    /** Cues of another name, {@code extract/alias-cues.tsv}: each a list of lower-case words. */
    static final List<List<String>> ALIAS_CUES = ResourceTable.read("/extract/alias-cues.tsv", 2, "cue, example").stream()
            .map(f -> List.of(f[0].split(" "))).toList();

    /**
     * "Paul Hewson, better known as Bono": the capitalised name after an alias cue, in a sentence that names a
     * person before it, is that person's other name, there and wherever the article uses it again.
     */
    private void aliasPass(Annotation a, boolean[] covered, List<Mention> out) {
        List<Token> toks = a.tokens();
        Map<String, Mention> aliasOf = new java.util.LinkedHashMap<>();
        for (int si = 0; si < a.sentences().size(); si++) {
            Sentence s = a.sentences().get(si);
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                int after = cueEnd(toks, i, s.endToken());
                if (after < 0) continue;
                Mention person = null;
                for (Mention m : out)
                    if (m.type() == EntityType.PERSON && m.sentence() == si && m.endToken() <= i
                            && m.lookupName().split("\\s+").length >= 2) person = m;
                if (person == null) continue;
                // skip "is", "“" and the like up to the name
                int k = after;
                while (k < s.endToken() && k < after + 3 && !CAPITALISED.matcher(toks.get(k).text()).matches()) k++;
                int end = k;
                while (end < s.endToken() && end < k + 3 && CAPITALISED.matcher(toks.get(end).text()).matches()
                        && !isStop(toks.get(end))) end++;
                if (end == k || anyCovered(covered, k, end)) continue;
                String alias = a.text().substring(toks.get(k).start(), toks.get(end - 1).end());
                aliasOf.putIfAbsent(alias, person);
            }
        }
        if (aliasOf.isEmpty()) return;
        for (Map.Entry<String, Mention> e : aliasOf.entrySet()) {
            String[] words = e.getKey().split(" ");
            Mention p = e.getValue();
            for (int si = 0; si < a.sentences().size(); si++) {
                Sentence s = a.sentences().get(si);
                for (int i = s.firstToken(); i + words.length <= s.endToken(); i++) {
                    boolean same = true;
                    for (int w = 0; w < words.length && same; w++) same = toks.get(i + w).text().equals(words[w]);
                    if (!same || anyCovered(covered, i, i + words.length)) continue;
                    out.add(new Mention(EntityType.PERSON, si, i, i + words.length, toks.get(i).start(),
                            toks.get(i + words.length - 1).end(), e.getKey(), p.title(), p.country(), p.lookupName(),
                            Mention.Origin.APPOSITION));
                    mark(covered, i, i + words.length);
                }
            }
        }
    }

    /** The token after an alias cue that starts at {@code i}, or -1. */
    private static int cueEnd(List<Token> toks, int i, int end) {
        for (List<String> cue : ALIAS_CUES) {
            if (i + cue.size() > end) continue;
            boolean ok = true;
            for (int w = 0; w < cue.size() && ok; w++) ok = toks.get(i + w).text().toLowerCase(Locale.ROOT).equals(cue.get(w));
            if (ok) return i + cue.size();
        }
        return -1;
    }

    /** Surnames (and dash compounds such as "Lee–Park" split by the annotator) of people named in the article. */
    private void surnamePass(Annotation a, boolean[] covered, List<Mention> out) {
        Map<String, Mention> bySurname = new HashMap<>();
        for (Mention m : out) {
            if (m.type() != EntityType.PERSON) continue;
            String[] parts = m.name().split("\\s+");
            if (parts.length >= 2) bySurname.putIfAbsent(fold(parts[parts.length - 1]), m);
        }
        List<Token> toks = a.tokens();
        // a lone surname of a well-known person ("Albanese and Luxon met"): standalone, capitalised, no other reading
        for (int si = 0; si < a.sentences().size(); si++) {
            Sentence s = a.sentences().get(si);
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                Token t = toks.get(i);
                if (covered[i] || !CAPITALISED.matcher(t.text()).matches() || isStop(t) || bySurname.containsKey(fold(t.text())))
                    continue;
                boolean alone = (i == s.firstToken() || !nameLike(toks.get(i - 1)) || covered[i - 1])
                        && (i + 1 >= s.endToken() || !nameLike(toks.get(i + 1)) || covered[i + 1]);
                if (alone && (gazetteer.isKnownSurname(t.text()) && gazetteer.typesOf(t.text()).isEmpty()
                        || gazetteer.typesOf(t.text()).equals(Set.of(EntityType.PERSON)))
                        && !isTitleWord(t) && gazetteer.countryOfDemonym(t.text()).isEmpty()) {
                    out.add(new Mention(EntityType.PERSON, si, i, i + 1, t.start(), t.end(), t.text(), null, null, null,
                            Mention.Origin.SURNAME));
                    covered[i] = true;
                }
            }
        }
        if (bySurname.isEmpty()) return;
        for (int si = 0; si < a.sentences().size(); si++) {
            Sentence s = a.sentences().get(si);
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                if (covered[i]) continue;
                Token t = toks.get(i);
                if (!nameLike(t)) continue;
                if (bySurname.containsKey(fold(t.text()))) {
                    TitleMatch tm = titleBefore(a, s, i);
                    out.add(new Mention(EntityType.PERSON, si, i, i + 1, t.start(), t.end(), t.text(),
                            tm == null ? null : tm.title, tm == null ? null : tm.country, null, Mention.Origin.SURNAME));
                    covered[i] = true;
                } else if (t.text().indexOf('-') > 0) {
                    // "Park-Lee talks": both halves surnames of people in the article
                    String[] halves = t.text().split("-");
                    if (halves.length == 2 && bySurname.containsKey(fold(halves[0])) && bySurname.containsKey(fold(halves[1]))) {
                        int cut = t.start() + halves[0].length();
                        out.add(new Mention(EntityType.PERSON, si, i, i + 1, t.start(), cut, halves[0], null, null, null,
                                Mention.Origin.SURNAME));
                        out.add(new Mention(EntityType.PERSON, si, i, i + 1, cut + 1, t.end(), halves[1], null, null, null,
                                Mention.Origin.SURNAME));
                        covered[i] = true;
                    }
                }
            }
        }
    }

    // ---- titles ---------------------------------------------------------------------------------

    private record TitleMatch(int start, String title, String country) {
    }

    /**
     * A title ending right before token {@code at}, optionally separated by a comma ("his counterpart, X"),
     * and the country its words give ("Russian Foreign Minister", "U.S. Secretary of State").
     */
    private TitleMatch titleBefore(Annotation a, Sentence s, int at) {
        TitleMatch direct = titleEndingAt(a, s, at);
        if (direct != null) return direct;
        // "Ambassador to Malaysia X", "Minister for Europe X": a place or body after the title
        List<Token> toks = a.tokens();
        for (int k = at - 1; k >= Math.max(s.firstToken() + 1, at - 4); k--) {
            String w = toks.get(k).text().toLowerCase(Locale.ROOT);
            if ((w.equals("to") || w.equals("for") || w.equals("of") || w.equals("in")) && k + 1 < at) {
                String between = a.text().substring(toks.get(k + 1).start(), toks.get(at - 1).end());
                if (!gazetteer.typesOf(between.replaceFirst("^the\\s+", "")).isEmpty()) {
                    TitleMatch t = titleEndingAt(a, s, k);
                    if (t != null) return new TitleMatch(t.start, a.text().substring(toks.get(t.start).start(), toks.get(at - 1).end())
                            .replaceFirst("^\\S+\\s+(?=[A-Z])", t.country != null ? "" : "$0"), t.country);
                }
            }
        }
        return null;
    }

    private TitleMatch titleEndingAt(Annotation a, Sentence s, int at) {
        List<Token> toks = a.tokens();
        int end = at;
        if (end - 1 >= s.firstToken() && toks.get(end - 1).text().equals(",")) end--;
        int max = Math.max(1, gazetteer.maxTitleWords());
        for (int k = Math.min(max, end - s.firstToken()); k >= 1; k--) {
            int st = end - k;
            if (!wordsOnly(toks, st, end)) continue;
            String phrase = a.text().substring(toks.get(st).start(), toks.get(end - 1).end()).toLowerCase(Locale.ROOT);
            String bare = phrase.replaceFirst("^(vice|deputy|co|acting|assistant|under)-", "");
            if (!gazetteer.isTitle(phrase) && !(k <= 2 && ROLE_NOUNS.contains(phrase)) && (bare.equals(phrase)
                    || !(gazetteer.isTitle(bare) || ROLE_NOUNS.contains(bare)))) continue;
            String country = null;
            int st2 = st;
            // modifiers before the title: "Deputy", "Senior", "former", a demonym, or a country ("U.S.")
            while (st2 - 1 >= s.firstToken()) {
                Token p = toks.get(st2 - 1);
                String low = p.text().toLowerCase(Locale.ROOT);
                Optional<String> c = gazetteer.countryOfDemonym(p.text());
                if (c.isPresent()) {
                    country = c.get();
                    st2--;
                } else if (low.equals("deputy") || low.equals("former") || low.equals("senior") || low.equals("acting")
                        || low.equals("then") || low.equals("vice") || low.equals("first")) {
                    st2--;
                } else if (gazetteer.typesOf(p.text()).contains(EntityType.PLACE)) {
                    country = p.text();
                    st2--;
                } else {
                    break;
                }
            }
            String title = a.text().substring(toks.get(st).start(), toks.get(end - 1).end());
            return new TitleMatch(st2, title, country);
        }
        return null;
    }

    /** Lower-case institution words that still end a known name: "the Polish foreign ministry". */
    private static final Set<String> INSTITUTIONS = Set.of("ministry", "office", "department", "parliament");

    private static final Set<String> HONORIFICS = Set.of("dr", "mr", "mrs", "ms", "prof", "sir", "dame", "he", "hon",
            "sayyid", "sheikh", "shaikh", "his", "her", "majesty", "highness", "excellency", "rev", "mx");

    /** Nouns that head an organization's name when it is written "University of X". */
    private static final Set<String> HEAD_FIRST_ORGS = Set.of("university", "bank", "institute", "academy", "ministry",
            "council", "commission", "court", "church", "museum", "college", "school", "office", "embassy",
            "federation", "association", "league", "union", "party", "port", "chamber", "board", "agency", "city");

    private boolean hasTitleOrDemonym(List<Token> toks, int i, int j) {
        for (int k = i; k < j; k++) {
            Token t = toks.get(k);
            if (isTitleWord(t) || gazetteer.countryOfDemonym(t.text()).isPresent() || isParticle(t)) return true;
        }
        return false;
    }

    private boolean isTitleWord(Token t) {
        return gazetteer.isTitle(t.text().toLowerCase(Locale.ROOT));
    }

    /** A title right at token j followed by a capitalised name ("CEO Ana Ruiz", "chief executive Ana Ruiz"), or null. */
    private String titleFollowing(Annotation a, Sentence s, int j) {
        List<Token> toks = a.tokens();
        for (int n = Math.min(gazetteer.maxTitleWords(), s.endToken() - j - 1); n >= 1; n--) {
            if (!wordsOnly(toks, j, j + n)) continue;
            String phrase = a.text().substring(toks.get(j).start(), toks.get(j + n - 1).end()).toLowerCase(Locale.ROOT);
            if ((gazetteer.isTitle(phrase) || ROLE_NOUNS.contains(phrase)) && j + n < s.endToken()
                    && CAPITALISED.matcher(toks.get(j + n).text()).matches() && !isStop(toks.get(j + n)))
                return phrase;
        }
        return null;
    }

    private static boolean startsPerson(List<Mention> out, int token) {
        for (Mention m : out) if (m.type() == EntityType.PERSON && m.firstToken() == token) return true;
        return false;
    }

    /** Titles whose holder governs a place: {@code extract/jurisdiction-titles.txt}. */
    private static final Set<String> JURISDICTION_TITLES = loadWords("/extract/jurisdiction-titles.txt");
    /** Titles of a government portfolio: the words before them name the portfolio ("Power Minister"), no body. */
    private static final Set<String> PORTFOLIO_TITLES = Set.of("minister", "ministers", "mininster", "secretary",
            "minister of state", "cabinet secretary", "secretary of state");
    /** Adjectives of a region, which end "South African" or "Latin American" but no organization's name. */
    private static final Set<String> REGION_ADJECTIVES = Set.of("african", "american", "european", "asian", "arab",
            "western", "eastern", "northern", "southern", "central", "pacific", "caribbean", "nordic", "baltic");

    /**
     * The capitalised words [i, j) right before a title: the body the person works for ("Solaria Grid CEO"), the
     * place a mayor or governor runs ("Port Aster Mayor"), or nothing: a portfolio ("Power Minister"), a
     * nationality ("South African President"), a lone common word at the start of a sentence ("Party leader").
     */
    private void bodyBeforeTitle(Annotation a, int si, Sentence s, int i, int j, String title, boolean[] covered,
                                 List<Mention> out) {
        List<Token> toks = a.tokens();
        // "Embattled Acme leader": an adjective that starts the sentence is no part of a name
        if (i == s.firstToken() && j - i >= 2 && !toks.get(i).pos().equals("PROPN")
                && !ACRONYM.matcher(toks.get(i).text()).matches()) i++;
        if (i >= j || isTitleWord(toks.get(i)) || isStop(toks.get(i))) return;
        String text = a.text().substring(toks.get(i).start(), toks.get(j - 1).end());
        if (!gazetteer.typesOf(text).isEmpty()) return;
        String lowTitle = title.toLowerCase(Locale.ROOT).replace(".", "").strip();
        String lastTitleWord = lowTitle.substring(lowTitle.lastIndexOf(' ') + 1);
        String last = toks.get(j - 1).text().toLowerCase(Locale.ROOT);
        boolean headed = ORG_HEADS.contains(last.replaceAll("[.]$", ""));
        if (REGION_ADJECTIVES.contains(last) || gazetteer.countryOfDemonym(text).isPresent()) return;
        // "Keldran Energy Minister Prince Ivo": a title before another title, no body
        if (gazetteer.isTitle(last) || PORTFOLIO_TITLES.contains(last)) return;
        if (j - i == 1 && (ORG_HEADS.contains(last) || NOT_NAMES.contains(last)) && i == s.firstToken()) return;
        if (!headed && (PORTFOLIO_TITLES.contains(lowTitle) || PORTFOLIO_TITLES.contains(lastTitleWord))) return;
        if (!headed && (JURISDICTION_TITLES.contains(lowTitle) || JURISDICTION_TITLES.contains(lastTitleWord))) {
            addSimple(a, si, i, j, EntityType.PLACE, Mention.Origin.PATTERN, out, covered);
            return;
        }
        addSimple(a, si, i, j, EntityType.ORGANIZATION, Mention.Origin.PATTERN, out, covered);
    }

    /** A title is made of words: no brackets, commas or quotes inside it. */
    private static boolean wordsOnly(List<Token> toks, int from, int to) {
        for (int k = from; k < to; k++) if (!Character.isLetter(toks.get(k).text().charAt(0))) return false;
        return true;
    }

    private boolean roleAfter(Annotation a, Sentence s, int j) {
        List<Token> toks = a.tokens();
        if (j >= s.endToken() || !toks.get(j).text().equals(",")) return false;
        int k = j + 1;
        if (k < s.endToken() && Set.of("a", "an", "the").contains(toks.get(k).text().toLowerCase(Locale.ROOT))) k++;
        for (int n = Math.min(gazetteer.maxTitleWords(), s.endToken() - k); n >= 1; n--) {
            String phrase = a.text().substring(toks.get(k).start(), toks.get(k + n - 1).end()).toLowerCase(Locale.ROOT);
            if (gazetteer.isTitle(phrase)) return true;
        }
        // "X, who ..." is too weak on its own
        return false;
    }

    /** "the head of the Foreign Ministry, X" / "his counterpart, X": a role noun shortly before the comma. */
    private boolean roleBeforeComma(Annotation a, Sentence s, int i) {
        List<Token> toks = a.tokens();
        if (i - 1 < s.firstToken() || !toks.get(i - 1).text().equals(",")) return false;
        for (int k = i - 2; k >= Math.max(s.firstToken(), i - 10); k--) {
            String w = toks.get(k).text().toLowerCase(Locale.ROOT);
            if (w.equals(",") || w.equals(".")) return false;
            if (gazetteer.isTitle(w) || w.equals("head") || w.equals("counterpart") || w.equals("chief")) return true;
        }
        return false;
    }

    // ---- helpers --------------------------------------------------------------------------------

    private void addPerson(Annotation a, int si, int i, int j, String title, String country, Mention.Origin origin,
                           List<Mention> out) {
        List<Token> toks = a.tokens();
        while (j - i > 1 && HONORIFICS.contains(toks.get(i).text().toLowerCase(Locale.ROOT).replace(".", ""))) i++;
        int end = toks.get(j - 1).end();
        String lastWord = toks.get(j - 1).text();
        if (lastWord.length() > 2 && lastWord.endsWith(".") && !ACRONYM.matcher(lastWord).matches()) end--; // "Ivanov."
        String name = a.text().substring(toks.get(i).start(), end);
        out.add(new Mention(EntityType.PERSON, si, i, j, toks.get(i).start(), end, name, title, country, null, origin));
    }

    private void addSimple(Annotation a, int si, int i, int j, EntityType type, Mention.Origin origin,
                           List<Mention> out, boolean[] covered) {
        List<Token> toks = a.tokens();
        String name = a.text().substring(toks.get(i).start(), toks.get(j - 1).end());
        out.add(new Mention(type, si, i, j, toks.get(i).start(), toks.get(j - 1).end(), name, null, null, null, origin));
        mark(covered, i, j);
    }

    /** "Ministry of Foreign Affairs": extend an organization over "of"/"for" + capitalised words. */
    private int extendOfPhrase(Annotation a, Sentence s, int j) {
        List<Token> toks = a.tokens();
        while (j + 1 < s.endToken()) {
            String w = toks.get(j).text();
            if (!(w.equals("of") || w.equals("for") || w.equals("on"))) break;
            int k = j + 1;
            if (toks.get(k).text().equals("the") && k + 1 < s.endToken()) k++;
            if (!nameLike(toks.get(k)) || isStop(toks.get(k))) break;
            int e = k;
            while (e < s.endToken()) {
                if (isTitleWord(toks.get(e)) && e > k) break; // "Bank of Korea Governor Rhee": the title starts a person
                if (nameLike(toks.get(e)) && !isStop(toks.get(e))) e++;
                else if ((toks.get(e).text().equals("and") || toks.get(e).text().equals(",")) && e + 1 < s.endToken()
                        && nameLike(toks.get(e + 1)) && !isStop(toks.get(e + 1)) && e + 2 < s.endToken()
                        && (nameLike(toks.get(e + 2)) || toks.get(e + 1).text().equals("and"))) e++;
                else break;
            }
            j = e;
        }
        return j;
    }

    private boolean personLike(Annotation a, int i, int j) {
        List<Token> toks = a.tokens();
        for (int k = i; k < j; k++) {
            Token t = toks.get(k);
            if (!nameLike(t) && !isParticle(t)) return false;
            String low = t.text().toLowerCase(Locale.ROOT);
            if (ORG_HEADS.contains(low) || NOT_NAMES.contains(low) || gazetteer.isTitle(low)) return false;
            if (gazetteer.countryOfDemonym(t.text()).isPresent()) return false;
        }
        if (j - i == 1) {
            Set<EntityType> types = gazetteer.typesOf(toks.get(i).text());
            return !types.contains(EntityType.PLACE) && !types.contains(EntityType.ORGANIZATION);
        }
        String phrase = a.text().substring(toks.get(i).start(), toks.get(j - 1).end());
        Set<EntityType> types = gazetteer.typesOf(phrase);
        return !types.contains(EntityType.PLACE) && !types.contains(EntityType.ORGANIZATION);
    }

    /** "van den Berg", "bin Salman": particles followed by a capitalised name part. */
    private boolean isParticleInName(Annotation a, Sentence s, int j) {
        int k = j;
        while (k < s.endToken() && k < j + 3 && isParticle(a.tokens().get(k))) k++;
        return k > j && k < s.endToken() && nameLike(a.tokens().get(k)) && !isStop(a.tokens().get(k));
    }

    private static boolean isParticle(Token t) {
        // a particle on its own ("al", "bin", "van"); "al-Roumi" is a name part, not a particle
        String w = t.text().toLowerCase(Locale.ROOT);
        return NAME_PARTICLES.contains(w) || w.equals("al-") || w.equals("el-");
    }

    static boolean nameLike(Token t) {
        String w = t.text();
        return CAPITALISED.matcher(w).matches() || ACRONYM.matcher(w).matches() || PARTICLE_NAME.matcher(w).matches();
    }

    /** "al-Roumi", "el-Sisi", "bin-Salman": a particle joined to a capitalised name. */
    private static final Pattern PARTICLE_NAME = Pattern.compile("(al|el|ul|bin|ibn|abu|ben|de|da|van|von)-\\p{Lu}[\\p{L}'’\\-]*");

    private static boolean isStop(Token t) {
        return STOP.contains(t.text().toLowerCase(Locale.ROOT).replace(".", ""));
    }

    private static boolean anyCovered(boolean[] covered, int i, int j) {
        for (int k = i; k < j; k++) if (covered[k]) return true;
        return false;
    }

    private static void mark(boolean[] covered, int i, int j) {
        for (int k = Math.max(0, i); k < j; k++) covered[k] = true;
    }

    /** Lower-case, accent-free form for comparing name parts. */
    public static String fold(String s) {
        String n = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("['’]s$", "").replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
