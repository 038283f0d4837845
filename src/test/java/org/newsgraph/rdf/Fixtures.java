package org.newsgraph.rdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.article.Article;
import org.newsgraph.extract.DateValue;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Evidence;
import org.newsgraph.extract.MeetingMode;
import org.newsgraph.extract.MeetingStatus;
import org.newsgraph.extract.Precision;
import org.newsgraph.resolve.ArticleFacts;
import org.newsgraph.resolve.Entity;
import org.newsgraph.resolve.MeetingReport;

/** Invented people, places and articles for tests. */
public final class Fixtures {
    public static final Entity ADA = new Entity(EntityType.PERSON, "ada-brook", "Ada Brook",
            List.of("Brook", "Minister Brook"), "Foreign Minister", "Q4200001", "elmaria");
    public static final Entity TOMAS = new Entity(EntityType.PERSON, "tomas-verin", "Tomas Verin",
            List.of("Verin"), "President", null, null);
    public static final Entity LENA = new Entity(EntityType.PERSON, "lena-okafor", "Lena Okafor",
            List.of(), null, null, null);
    public static final Entity BANK = new Entity(EntityType.ORGANIZATION, "norvale-bank", "Norvale Bank",
            List.of("the bank"), null, null, null);
    public static final Entity ELMARIA = new Entity(EntityType.PLACE, "elmaria", "Elmaria",
            List.of("Republic of Elmaria"), null, "Q4200002", null);
    public static final Entity PORT_ASTER = new Entity(EntityType.PLACE, "port-aster", "Port Aster",
            List.of(), null, null, "elmaria");
    public static final Entity KELDRA = new Entity(EntityType.PLACE, "keldra", "Keldra",
            List.of(), null, null, "elmaria");

    private Fixtures() {
    }

    public static DateValue day(String lexical) {
        return new DateValue(lexical, Precision.DAY, "on " + lexical, null, "explicit");
    }

    public static DateValue month(String lexical) {
        return new DateValue(lexical, Precision.MONTH, "in " + lexical, null, "month");
    }

    /** A report whose sentence is {@code sentence} starting at {@code start}. */
    public static MeetingReport report(String sentence, int start, List<Entity> who, Entity place, DateValue date,
                                       MeetingStatus status, MeetingMode mode) {
        return new MeetingReport(who, place, date, status, mode, new Evidence(sentence, start, start + sentence.length()), 0.8);
    }

    public static MeetingReport met(List<Entity> who, Entity place, DateValue date) {
        return report("They met.", 0, who, place, date, MeetingStatus.HAPPENED, MeetingMode.IN_PERSON);
    }

    /** An article whose text is the sentences of its reports; mentions are every entity they name. */
    public static ArticleFacts article(String id, String published, MeetingReport... reports) {
        StringBuilder text = new StringBuilder();
        List<MeetingReport> placed = new ArrayList<>();
        Map<String, Entity> mentions = new LinkedHashMap<>();
        for (MeetingReport r : reports) {
            int start = text.length();
            text.append(r.evidence().sentence()).append(' ');
            placed.add(new MeetingReport(r.participants(), r.place(), r.date(), r.status(), r.mode(),
                    new Evidence(r.evidence().sentence(), start, start + r.evidence().sentence().length()), r.confidence()));
            for (Entity e : r.participants()) mentions.putIfAbsent(e.type() + e.key(), e);
            if (r.place() != null) mentions.putIfAbsent("P" + r.place().key(), r.place());
        }
        if (text.isEmpty()) text.append("Nothing happened.");
        Article a = new Article(id, "https://news.example.org/" + id, "Headline " + id, published, "The Example Times",
                text.toString(), false, id + ".txt");
        return new ArticleFacts(a, List.copyOf(mentions.values()), placed);
    }
}
