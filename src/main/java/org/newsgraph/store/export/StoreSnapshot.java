package org.newsgraph.store.export;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.MeetingMode;
import org.newsgraph.extract.MeetingStatus;
import org.newsgraph.rdf.NG;
import org.newsgraph.resolve.kb.KbEntry;
import org.newsgraph.resolve.kb.KnowledgeBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The canonical meetings and the entities they involve, read from a dataset with constant SPARQL queries
 * (no user text in them: filters are applied in Java). Call {@link #read} inside a read transaction.
 */
public final class StoreSnapshot {
    private static final Logger LOG = LoggerFactory.getLogger(StoreSnapshot.class);
    private static final String PREFIXES = """
            PREFIX ng: <https://w3id.org/newsgraph/ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            """;
    // Each query reads one kind of fact so that optional values never multiply rows.
    private static final Query MEETINGS = QueryFactory.create(PREFIXES + """
            SELECT DISTINCT ?m ?p ?v WHERE {
              GRAPH ?g { ?m a ng:Meeting ; ?p ?v .
                FILTER (?p IN (ng:status, ng:date, ng:mode, ng:location, ng:participant, ng:sourceCount, ng:reportedIn)) }
            }""");
    private static final Query ARTICLE_IDS = QueryFactory.create(PREFIXES + """
            SELECT DISTINCT ?a ?id WHERE { GRAPH ?g { ?a a ng:Article ; dcterms:identifier ?id } }""");
    private static final Query ENTITIES = QueryFactory.create(PREFIXES + """
            SELECT DISTINCT ?e ?t ?p ?v WHERE {
              VALUES ?t { ng:Person ng:Organization ng:Place }
              GRAPH ?g { ?e a ?t }
              # the one label comes from the derived entities graph, the rest from the articles
              OPTIONAL { GRAPH ?h { ?e ?p ?v . FILTER (?p IN (rdfs:label, ng:title, owl:sameAs, ng:country)) } }
            }""");

    private final List<MeetingData> meetings;
    private final Map<String, EntityData> entities;

    private StoreSnapshot(List<MeetingData> meetings, Map<String, EntityData> entities) {
        this.meetings = List.copyOf(meetings);
        this.entities = Collections.unmodifiableMap(entities);
    }

    /** All canonical meetings, sorted by IRI. */
    public List<MeetingData> meetings() {
        return meetings;
    }

    /** Every person, organization and place, by IRI. */
    public Map<String, EntityData> entities() {
        return entities;
    }

    /**
     * The label of an entity; for a place the store only points to (a person's or city's country that no article
     * names) the knowledge base's label, else the IRI. Null for null.
     */
    public String label(String iri) {
        if (iri == null) return null;
        EntityData e = entities.get(iri);
        if (e != null && !e.label().equals(iri)) return e.label();
        return kbPlaceLabel(iri).orElse(iri);
    }

    private static Optional<String> kbPlaceLabel(String iri) {
        int slash = iri.lastIndexOf('/');
        if (slash < 0 || !iri.substring(0, slash).endsWith("/place")) return Optional.empty();
        String key = URLDecoder.decode(iri.substring(slash + 1), StandardCharsets.UTF_8);
        return KnowledgeBase.load().byKey(EntityType.PLACE, key).map(KbEntry::label);
    }

    public boolean isPerson(String iri) {
        EntityData e = entities.get(iri);
        return e != null && e.person();
    }

    /** Labels of the countries of an entity, sorted and distinct. */
    public List<String> countryLabels(String iri) {
        EntityData e = entities.get(iri);
        if (e == null) return List.of();
        TreeSet<String> out = new TreeSet<>();
        for (String c : e.countryIris()) out.add(label(c));
        return List.copyOf(out);
    }

    /** Reads the dataset (inside the caller's read transaction). */
    public static StoreSnapshot read(DatasetGraph dsg) {
        return new StoreSnapshot(readMeetings(dsg), readEntities(dsg));
    }

    private static void select(DatasetGraph dsg, Query q, Consumer<Binding> row) {
        try (QueryExec qe = QueryExec.dataset(dsg).query(q).build()) {
            RowSet rs = qe.select();
            rs.forEachRemaining(row);
        }
    }

    private static final class MeetingBuilder {
        final String iri;
        final Set<String> status = new TreeSet<>();
        final Set<String> dates = new TreeSet<>();
        final Set<String> modes = new TreeSet<>();
        final Set<String> places = new TreeSet<>();
        final Set<String> participants = new TreeSet<>();
        final Set<String> articles = new TreeSet<>();
        Integer sourceCount;

        MeetingBuilder(String iri) {
            this.iri = iri;
        }
    }

    private static List<MeetingData> readMeetings(DatasetGraph dsg) {
        Map<String, String> articleIds = new HashMap<>();
        select(dsg, ARTICLE_IDS, b -> {
            Node a = b.get("a");
            Node id = b.get("id");
            if (a.isURI() && id.isLiteral()) articleIds.merge(a.getURI(), id.getLiteralLexicalForm(), (x, y) -> x.compareTo(y) <= 0 ? x : y);
        });
        Map<String, MeetingBuilder> byIri = new TreeMap<>();
        select(dsg, MEETINGS, b -> {
            Node m = b.get("m");
            if (!m.isURI()) return;
            MeetingBuilder mb = byIri.computeIfAbsent(m.getURI(), MeetingBuilder::new);
            String p = b.get("p").getURI();
            Node v = b.get("v");
            if (p.equals(NG.status.getURI()) && v.isURI()) mb.status.add(v.getURI());
            else if (p.equals(NG.date.getURI()) && v.isLiteral()) mb.dates.add(v.getLiteralLexicalForm());
            else if (p.equals(NG.mode.getURI()) && v.isURI()) mb.modes.add(v.getURI());
            else if (p.equals(NG.location.getURI()) && v.isURI()) mb.places.add(v.getURI());
            else if (p.equals(NG.participant.getURI()) && v.isURI()) mb.participants.add(v.getURI());
            else if (p.equals(NG.reportedIn.getURI()) && v.isURI()) mb.articles.add(articleIds.getOrDefault(v.getURI(), v.getURI()));
            else if (p.equals(NG.sourceCount.getURI()) && v.isLiteral()) {
                try {
                    mb.sourceCount = Integer.parseInt(v.getLiteralLexicalForm().trim());
                } catch (NumberFormatException e) {
                    LOG.warn("meeting {}: ignoring source count '{}'", mb.iri, v.getLiteralLexicalForm());
                }
            }
        });
        List<MeetingData> out = new ArrayList<>();
        for (MeetingBuilder mb : byIri.values()) {
            MeetingStatus st = mb.status.isEmpty() ? null : status(mb.status.iterator().next());
            if (st == null) {
                LOG.warn("skipping meeting {} without a known status", mb.iri);
                continue;
            }
            DateSpan date = null;
            if (!mb.dates.isEmpty()) {
                try {
                    date = DateSpan.parse(mb.dates.iterator().next());
                } catch (InvalidExportOptionException e) {
                    LOG.warn("meeting {}: treating as undated: {}", mb.iri, e.getMessage());
                }
            }
            MeetingMode mode = mb.modes.isEmpty() ? null : mode(mb.modes.iterator().next());
            String place = mb.places.isEmpty() ? null : mb.places.iterator().next();
            int sources = mb.sourceCount != null ? mb.sourceCount : mb.articles.size();
            out.add(new MeetingData(mb.iri, st, date, mode, place, List.copyOf(mb.participants), sources,
                    List.copyOf(mb.articles)));
        }
        return out;
    }

    private static final class EntityBuilder {
        boolean person;
        final Set<String> labels = new TreeSet<>();
        final Set<String> titles = new TreeSet<>();
        final Set<String> countries = new TreeSet<>();
        final Set<String> qids = new TreeSet<>();
    }

    private static Map<String, EntityData> readEntities(DatasetGraph dsg) {
        Map<String, EntityBuilder> byIri = new HashMap<>();
        select(dsg, ENTITIES, b -> {
            Node e = b.get("e");
            if (!e.isURI()) return;
            EntityBuilder eb = byIri.computeIfAbsent(e.getURI(), k -> new EntityBuilder());
            if (b.get("t").getURI().equals(NG.Person.getURI())) eb.person = true;
            Node p = b.get("p");
            Node v = b.get("v");
            if (p == null || v == null) return;
            String pu = p.getURI();
            if (pu.equals(RDFS_LABEL) && v.isLiteral()) eb.labels.add(v.getLiteralLexicalForm());
            else if (pu.equals(NG.title.getURI()) && v.isLiteral()) eb.titles.add(v.getLiteralLexicalForm());
            else if (pu.equals(NG.country.getURI()) && v.isURI()) eb.countries.add(v.getURI());
            else if (pu.equals(OWL_SAME_AS) && v.isURI() && v.getURI().startsWith(NG.WIKIDATA)) {
                eb.qids.add(v.getURI().substring(NG.WIKIDATA.length()));
            }
        });
        Map<String, EntityData> out = new HashMap<>();
        byIri.forEach((iri, eb) -> out.put(iri, new EntityData(iri, eb.person,
                eb.labels.isEmpty() ? null : eb.labels.iterator().next(), List.copyOf(eb.titles),
                List.copyOf(eb.countries), eb.qids.isEmpty() ? null : eb.qids.iterator().next())));
        return out;
    }

    private static final String RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label";
    private static final String OWL_SAME_AS = "http://www.w3.org/2002/07/owl#sameAs";

    static MeetingStatus status(String iri) {
        if (iri.equals(NG.Happened.getURI())) return MeetingStatus.HAPPENED;
        if (iri.equals(NG.Planned.getURI())) return MeetingStatus.PLANNED;
        if (iri.equals(NG.Postponed.getURI())) return MeetingStatus.POSTPONED;
        if (iri.equals(NG.Cancelled.getURI())) return MeetingStatus.CANCELLED;
        return null;
    }

    static MeetingMode mode(String iri) {
        if (iri.equals(NG.InPerson.getURI())) return MeetingMode.IN_PERSON;
        if (iri.equals(NG.Phone.getURI())) return MeetingMode.PHONE;
        if (iri.equals(NG.Video.getURI())) return MeetingMode.VIDEO;
        return null;
    }

    /** The ontology's label of a status or mode: "happened", "in person". */
    static String word(MeetingStatus s) {
        return s.name().toLowerCase(java.util.Locale.ROOT);
    }

    static String word(MeetingMode m) {
        return m == null ? null : m.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
