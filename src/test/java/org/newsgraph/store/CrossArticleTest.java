package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.rdf.Fixtures.PORT_ASTER;
import static org.newsgraph.rdf.Fixtures.TOMAS;
import static org.newsgraph.rdf.Fixtures.article;
import static org.newsgraph.rdf.Fixtures.day;
import static org.newsgraph.rdf.Fixtures.met;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.EntityType;
import org.newsgraph.resolve.ArticleFacts;
import org.newsgraph.resolve.Entity;

/** Meetings and people across articles, on real TDB2 stores: merging, identities, order, removal, shapes. */
class CrossArticleTest {
    private static final String NGP = "PREFIX ng: <https://w3id.org/newsgraph/ns#>\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
            + "PREFIX owl: <http://www.w3.org/2002/07/owl#>\n"
            + "PREFIX dcterms: <http://purl.org/dc/terms/>\n";
    private static final Entity AMARA = person("amara-okafor", "Amara Okafor");
    private static final Entity OKAFOR = person("okafor", "Okafor");
    private static final Entity CHIDI = person("chidi-okafor", "Chidi Okafor");
    private static final Entity RUIZ = person("jose-ruiz", "José Ruiz");
    private static final Entity RUIZ_PLAIN = person("jose-ruiz", "Jose Ruiz");

    private static final ArticleFacts T1 = article("t1", "2025-05-06", met(List.of(AMARA, TOMAS), PORT_ASTER, day("2025-05-05")));
    private static final ArticleFacts T2 = article("t2", "2025-05-06", met(List.of(TOMAS, AMARA), null, day("2025-05-05")));
    private static final ArticleFacts T3 = article("t3", "2025-05-07", met(List.of(OKAFOR, TOMAS), PORT_ASTER, day("2025-05-05")));
    private static final ArticleFacts NEXT_DAY = article("t4", "2025-05-07", met(List.of(AMARA, TOMAS), PORT_ASTER, day("2025-05-06")));
    private static final ArticleFacts CHIDI_TOO = article("t5", "2025-05-08", met(List.of(CHIDI, RUIZ), null, day("2025-05-01")));
    private static final ArticleFacts RUIZ_AGAIN = article("t6", "2025-05-08", met(List.of(RUIZ_PLAIN, TOMAS), null, day("2025-05-02")));

    @TempDir
    Path dir;
    private final List<Store> opened = new ArrayList<>();

    private static Entity person(String key, String name) {
        return new Entity(EntityType.PERSON, key, name, List.of(), null, null, null);
    }

    private Store open(String name) {
        Store s = Store.open(dir.resolve(name));
        opened.add(s);
        return s;
    }

    @AfterEach
    void close() {
        opened.forEach(Store::close);
    }

    @Test
    void threeArticlesOfOneMeetingGiveOneMeetingWithThreeSources() {
        Store s = open("three");
        s.putArticles(List.of(T1, T2, T3));
        List<QuerySolution> rows = select(s, "SELECT ?m ?n WHERE { ?m a ng:Meeting ; ng:sourceCount ?n }");
        assertEquals(1, rows.size(), rows.toString());
        assertEquals(3, rows.get(0).getLiteral("n").getInt());
        assertEquals(List.of("Amara Okafor", "Tomas Verin"), participants(s));
        assertConforms(s);
    }

    @Test
    void meetingsOnConsecutiveDaysStayTwo() {
        Store s = open("days");
        s.putArticles(List.of(T1, NEXT_DAY));
        assertEquals(2, select(s, "SELECT ?m WHERE { ?m a ng:Meeting }").size());
        assertConforms(s);
    }

    @Test
    void aSurnameAloneIsThePersonOfThatFullNameUnlessTwoShareIt() {
        Store s = open("surname");
        s.putArticles(List.of(T1, T3));
        String okafor = s.iris().entity(OKAFOR);
        assertEquals(1, select(s, "SELECT ?m WHERE { ?m a ng:Meeting }").size());
        assertEquals(1, select(s, "SELECT * WHERE { <" + okafor + "> owl:sameAs <" + s.iris().entity(AMARA) + "> }").size());
        // per article, the mentioned entity carries the one canonical label
        List<QuerySolution> labels = select(s, "SELECT ?label WHERE { ?a dcterms:identifier \"t3\" ; ng:mentions ?e . "
                + "?e a ng:Person ; rdfs:label ?label } ORDER BY ?label");
        assertEquals("[Amara Okafor, Tomas Verin]", labels.stream().map(r -> r.getLiteral("label").getString()).toList().toString());
        String why = select(s, "SELECT ?r WHERE { ?m a ng:Meeting ; ng:mergeReason ?r }").get(0).getLiteral("r").getString();
        assertTrue(why.contains("identified across articles") && why.contains("only person"), why);
        assertConforms(s);

        s.putArticles(List.of(CHIDI_TOO));
        assertEquals(0, select(s, "SELECT * WHERE { <" + okafor + "> owl:sameAs ?x }").size());
        assertEquals(3, select(s, "SELECT ?m WHERE { ?m a ng:Meeting }").size(), "Okafor's meeting is apart again");
        assertEquals("Okafor", select(s, "SELECT ?l WHERE { <" + okafor + "> rdfs:label ?l }").get(0).getLiteral("l").getString());
        assertConforms(s);
    }

    @Test
    void differentlyAccentedNamesGiveOneLabel() {
        Store s = open("accents");
        s.putArticles(List.of(CHIDI_TOO, RUIZ_AGAIN));
        List<QuerySolution> labels = select(s, "SELECT ?l WHERE { <" + s.iris().entity(RUIZ) + "> rdfs:label ?l }");
        assertEquals(1, labels.size(), labels.toString());
        assertEquals("Jose Ruiz", labels.get(0).getLiteral("l").getString());
        assertConforms(s);
    }

    @Test
    void ingestOrderDoesNotChangeTheGraph() {
        List<ArticleFacts> all = List.of(T1, T2, T3, NEXT_DAY, CHIDI_TOO, RUIZ_AGAIN);
        Store together = open("together");
        together.putArticles(all);
        Store reversed = open("reversed");
        for (int i = all.size() - 1; i >= 0; i--) reversed.putArticles(List.of(all.get(i)));
        Store shuffled = open("shuffled");
        shuffled.putArticles(List.of(CHIDI_TOO, T3, T1));
        shuffled.putArticles(List.of(RUIZ_AGAIN, NEXT_DAY, T2));
        DatasetGraph expected = copy(together);
        assertTrue(IsoMatcher.isomorphic(expected, copy(reversed)));
        assertTrue(IsoMatcher.isomorphic(expected, copy(shuffled)));
        assertConforms(together);
    }

    @Test
    void removeThenAddRestoresTheStore() {
        Store s = open("remove");
        s.putArticles(List.of(T1, T2, T3, CHIDI_TOO));
        DatasetGraph before = copy(s);
        assertEquals(List.of("nope"), s.removeArticles(List.of("t3", "nope", "t5")));
        assertEquals(List.of("t1", "t2"), s.articleIds());
        assertEquals(2, select(s, "SELECT ?n WHERE { ?m a ng:Meeting ; ng:sourceCount ?n }").get(0).getLiteral("n").getInt());
        assertConforms(s);
        assertFalse(IsoMatcher.isomorphic(before, copy(s)));
        s.putArticles(List.of(T3, CHIDI_TOO));
        assertTrue(IsoMatcher.isomorphic(before, copy(s)));
        assertConforms(s);
        assertEquals(List.of(), s.removeArticles(List.of("t1", "t2", "t3", "t5")));
        assertEquals(0, s.size(), "no derived triples are left behind");
    }

    private static List<String> participants(Store s) {
        return select(s, "SELECT DISTINCT ?l WHERE { ?m a ng:Meeting ; ng:participant ?p . ?p a ng:Person ; rdfs:label ?l } ORDER BY ?l")
                .stream().map(r -> r.getLiteral("l").getString()).toList();
    }

    private static void assertConforms(Store s) {
        ValidationResult v = s.validate();
        assertTrue(v.conforms(), String.join("\n", v.violations()));
    }

    private static DatasetGraph copy(Store s) {
        return Txn.calculateRead(s.datasetGraph(), () -> {
            DatasetGraph out = DatasetGraphFactory.create();
            s.datasetGraph().find().forEachRemaining(out::add);
            return out;
        });
    }

    private static List<QuerySolution> select(Store s, String q) {
        return Txn.calculateRead(s.datasetGraph(), () -> {
            List<QuerySolution> rows = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(s.datasetGraph()))
                    .query(NGP + q).build()) {
                qe.execSelect().forEachRemaining(rows::add);
            }
            return rows;
        });
    }
}
