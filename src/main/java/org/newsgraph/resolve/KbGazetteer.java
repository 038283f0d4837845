package org.newsgraph.resolve;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Gazetteer;
import org.newsgraph.resolve.kb.KbEntry;
import org.newsgraph.resolve.kb.KnowledgeBase;

/** The bundled knowledge base seen as a gazetteer by the extractors. */
public final class KbGazetteer implements Gazetteer {
    private final KnowledgeBase kb;
    private final int maxNameWords;
    /** Known people by surname key (transliteration-tolerant), each person once. */
    private final java.util.Map<String, java.util.List<KbEntry>> peopleBySurname = new java.util.HashMap<>();

    public KbGazetteer(KnowledgeBase kb) {
        this.kb = kb;
        int max = 1;
        for (KbEntry e : kb.entries()) {
            max = Math.max(max, e.label().split("\\s+").length);
            for (String a : e.aliases()) max = Math.max(max, a.split("\\s+").length);
        }
        this.maxNameWords = Math.min(max, 10);
        for (KbEntry e : kb.entries()) {
            if (e.type() != EntityType.PERSON) continue;
            for (String n : withAliases(e)) {
                String[] w = n.trim().split("\\s+");
                if (w.length < 2) continue;
                java.util.List<KbEntry> l = peopleBySurname.computeIfAbsent(
                        org.newsgraph.extract.Clusters.surnameKey(w[w.length - 1]), k -> new java.util.ArrayList<>());
                if (!l.contains(e)) l.add(e);
            }
        }
    }

    private static java.util.List<String> withAliases(KbEntry e) {
        java.util.List<String> l = new java.util.ArrayList<>(e.aliases());
        l.add(0, e.label());
        return l;
    }

    @Override
    public boolean isKnownSurname(String word) {
        return personWithSurname(word).isPresent();
    }

    /** The one known person with this surname ("Albanese"); empty when none or several. */
    public Optional<KbEntry> personWithSurname(String word) {
        java.util.List<KbEntry> l = peopleBySurname.get(org.newsgraph.extract.Clusters.surnameKey(word));
        return l != null && l.size() == 1 ? Optional.of(l.get(0)) : Optional.empty();
    }

    @Override
    public Set<EntityType> typesOf(String phrase) {
        Set<EntityType> out = EnumSet.noneOf(EntityType.class);
        for (KbEntry e : kb.find(phrase)) out.add(e.type());
        return out;
    }

    @Override
    public boolean isTitle(String lowerPhrase) {
        return kb.isTitle(lowerPhrase);
    }

    @Override
    public int maxTitleWords() {
        return kb.maxTitleWords();
    }

    @Override
    public int maxNameWords() {
        return maxNameWords;
    }

    @Override
    public Optional<String> countryOfPerson(String name) {
        for (KbEntry e : kb.find(name)) {
            if (e.type() != EntityType.PERSON || e.country() == null) continue;
            return kb.byKey(EntityType.PLACE, e.country()).map(KbEntry::label);
        }
        return Optional.empty();
    }

    @Override
    public Optional<String> countryOfDemonym(String adjective) {
        return kb.countryOfDemonym(adjective).map(KbEntry::label);
    }

    @Override
    public Optional<String> seatOf(String organization) {
        return kb.find(organization, EntityType.ORGANIZATION).flatMap(o -> kb.seatOf(o.key())).map(KbEntry::label);
    }

    @Override
    public Optional<String> capitalOf(String country) {
        return kb.find(country, EntityType.PLACE).flatMap(c -> kb.capitalOf(c.key())).map(KbEntry::label);
    }
}
