package org.newsgraph.rdf;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.MeetingMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.newsgraph.extract.MeetingStatus;
import org.newsgraph.extract.Precision;
import org.newsgraph.resolve.merge.MeetingMerger;
import org.newsgraph.resolve.merge.MergedMeeting;
import org.newsgraph.resolve.merge.ReportFacts;
import org.newsgraph.resolve.entities.EntityNaming;
import org.newsgraph.resolve.entities.EntityUnifier;
import org.newsgraph.resolve.entities.Identities;

/**
 * Derives, from all article graphs, the graph of entity identities (one rdfs:label per entity, owl:sameAs
 * from each entity to the canonical one it names) and the graph of canonical meetings between canonical entities.
 * Works on a local dataset or on a graph of reports fetched from a remote endpoint with {@link #REPORTS_QUERY}.
 */
public final class Derivation {

    /**
     * Gathers, from every named graph, what merging needs: reports, participant types, place countries,
     * publication dates, and one blank node per (article, entity, name) with the entity's type and Wikidata link.
     */
    public static final String REPORTS_QUERY = """
            PREFIX ng: <https://w3id.org/newsgraph/ns#>
            PREFIX schema: <https://schema.org/>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            CONSTRUCT {
              ?r a ng:MeetingReport ; ?rp ?ro .
              ?x a ?xt .
              ?pl ng:country ?c .
              ?a schema:datePublished ?pub .
              _:naming ng:inArticle ?na ; ng:mentions ?nx ; ng:name ?nname .
              ?nx a ?nt .
              ?wx owl:sameAs ?wd .
              ?ax skos:altLabel ?alt .
            }
            WHERE {
              { GRAPH ?g { ?r a ng:MeetingReport ; ?rp ?ro .
                  FILTER (?rp IN (ng:inArticle, ng:reportedParticipant, ng:reportedLocation, ng:reportedDate,
                                  ng:reportedStatus, ng:reportedMode, ng:evidenceStart)) } }
              UNION
              { GRAPH ?g { ?r a ng:MeetingReport ; ng:reportedParticipant ?x . ?x a ?xt } }
              UNION
              { GRAPH ?g { ?pl a ng:Place ; ng:country ?c } }
              UNION
              { GRAPH ?g { ?r a ng:MeetingReport ; ng:inArticle ?a . ?a schema:datePublished ?pub } }
              UNION
              { GRAPH ?g { ?na a ng:Article . ?nx ng:name ?nname ; a ?nt } }
              UNION
              { GRAPH ?g { ?wx ng:name ?wname ; owl:sameAs ?wd .
                  FILTER (STRSTARTS(STR(?wd), "http://www.wikidata.org/entity/Q")) } }
              UNION
              { GRAPH ?g { ?aa a ng:Article . ?ax skos:altLabel ?alt } }
            }
            """;

    private static final Logger LOG = LoggerFactory.getLogger(Derivation.class);
    private static final Query PARSED = QueryFactory.create(REPORTS_QUERY);

    private Derivation() {
    }

    /** What {@link #REPORTS_QUERY} gives on a dataset (inside the caller's transaction). */
    public static Graph reports(DatasetGraph dsg) {
        return reportsByQuery(dsg);
    }

    /** Runs {@link #REPORTS_QUERY} itself: the reference that {@link #reports} must match (tests). */
    public static Graph reportsByQuery(DatasetGraph dsg) {
        return QueryExec.dataset(dsg).query(PARSED).construct();
    }

    /** The derived graphs: canonical meetings and entity identities. */
    public record Derived(Graph meetings, Graph entities, Identities identities) {
    }

    /** Both derived graphs for the articles in a dataset (inside the caller's transaction). */
    public static Derived derive(DatasetGraph dsg, Iris iris) {
        return derive(reports(dsg), iris);
    }

    /** Both derived graphs from a graph built by {@link #REPORTS_QUERY}. */
    public static Derived derive(Graph reports, Iris iris) {
        Model in = ModelFactory.createModelForGraph(reports);
        List<EntityNaming> namings = namings(in);
        Identities ids = new EntityUnifier().resolve(namings);
        Map<String, String> countryOf = countries(in, ids);
        Map<String, Set<String>> altLabels = new HashMap<>();
        in.listStatements(null, SKOS.altLabel, (RDFNode) null).forEach(st -> {
            if (st.getSubject().isURIResource() && st.getObject().isLiteral()) {
                altLabels.computeIfAbsent(st.getSubject().getURI(), k -> new TreeSet<>()).add(st.getLiteral().getLexicalForm());
            }
        });
        return new Derived(meetings(in, ids, iris, countryOf), entities(ids, namings, countryOf, altLabels), ids);
    }

    /** The meetings graph for the reports in a dataset (inside the caller's transaction). */
    public static Graph meetingsGraph(DatasetGraph dsg, Iris iris) {
        return derive(dsg, iris).meetings();
    }

    public static Graph meetingsGraph(Graph reports) {
        return meetingsGraph(reports, Iris.DEFAULT);
    }

    /** Merges the reports in {@code reports} into canonical meetings of canonical entities; returns them as a new graph. */
    public static Graph meetingsGraph(Graph reports, Iris iris) {
        return derive(reports, iris).meetings();
    }

    /** The namings of a reports graph: one per (article, entity, name). */
    public static List<EntityNaming> namings(Model in) {
        Map<String, String> qidOf = new HashMap<>();
        in.listStatements(null, OWL.sameAs, (RDFNode) null).forEach(s -> {
            if (s.getSubject().isURIResource() && s.getObject().isURIResource()
                    && s.getResource().getURI().startsWith(NG.WIKIDATA)) {
                qidOf.merge(s.getSubject().getURI(), s.getResource().getURI().substring(NG.WIKIDATA.length()),
                        (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        });
        List<EntityNaming> out = new ArrayList<>();
        in.listStatements(null, NG.name, (RDFNode) null).forEach(s -> {
            Resource n = s.getSubject();
            if (n.isURIResource() || !s.getObject().isLiteral()) return; // entities' own ng:name, not a naming node
            Resource article = uri(n, NG.inArticle);
            Resource x = uri(n, NG.mentions);
            EntityType type = x == null ? null : type(x);
            String name = s.getLiteral().getLexicalForm();
            if (article == null || type == null || name.isBlank()) return;
            out.add(new EntityNaming(x.getURI(), type, name, qidOf.get(x.getURI()), article.getURI()));
        });
        return out;
    }

    private static EntityType type(Resource x) {
        if (x.hasProperty(RDF.type, NG.Person)) return EntityType.PERSON;
        if (x.hasProperty(RDF.type, NG.Organization)) return EntityType.ORGANIZATION;
        return x.hasProperty(RDF.type, NG.Place) ? EntityType.PLACE : null;
    }

    /** The canonical country of each canonical place that an article places in one (the smallest IRI if several). */
    private static Map<String, String> countries(Model in, Identities ids) {
        Map<String, String> countryOf = new HashMap<>();
        in.listStatements(null, NG.country, (RDFNode) null).forEach(s -> {
            if (s.getObject().isURIResource()) countryOf.merge(ids.canonical(s.getSubject().getURI()),
                    ids.canonical(s.getResource().getURI()), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        });
        return countryOf;
    }

    /**
     * One rdfs:label and the type of each entity; owl:sameAs and the reason from each non-canonical entity to its
     * canonical one; other names and the country of canonical ones. What the canned queries and pages read, in one
     * graph with a constant IRI. Each canonical entity is also a schema:Person, schema:Organization or schema:Place
     * with its schema:name and a schema:sameAs to Wikidata, as schema.org consumers read them.
     */
    private static Graph entities(Identities ids, List<EntityNaming> namings, Map<String, String> countryOf,
                                  Map<String, Set<String>> articleAltLabels) {
        Model out = ModelFactory.createDefaultModel();
        NG.PREFIXES.forEach(out::setNsPrefix);
        Map<String, EntityType> typeOf = new HashMap<>();
        for (EntityNaming n : namings) typeOf.putIfAbsent(n.iri(), n.type());
        Map<String, Set<String>> wikidata = new HashMap<>();
        for (EntityNaming n : namings) {
            if (n.qid() != null) wikidata.computeIfAbsent(ids.canonical(n.iri()), k -> new TreeSet<>()).add(NG.WIKIDATA + n.qid());
        }
        ids.canonicalOf().forEach((iri, canon) -> entity(out, iri, typeOf.get(iri), ids,
                countryOf.get(iri), wikidata.getOrDefault(iri, Set.of()), articleAltLabels.getOrDefault(iri, Set.of())));
        return out.getGraph();
    }

    /**
     * The entities graph's statements about one entity IRI: what {@link #entities} writes for each, callable for one
     * entity at a time (the Spark job writes them so). {@code ids} needs only this IRI's entries.
     *
     * @param country  the country of its canonical entity (used when the IRI is canonical), or null
     * @param wikidata the Wikidata IRIs of its group (used when the IRI is canonical)
     */
    public static void entity(Model out, String iri, EntityType type, Identities ids, String country, Set<String> wikidata,
                              Set<String> articleAltLabels) {
        String canon = ids.canonical(iri);
        Resource x = out.createResource(iri);
        if (type != null) x.addProperty(RDF.type, switch (type) {
            case PERSON -> NG.Person;
            case ORGANIZATION -> NG.Organization;
            case PLACE -> NG.Place;
        });
        if (iri.equals(canon) && country != null && !country.equals(iri)) {
            x.addProperty(NG.country, out.createResource(country));
        }
        x.addProperty(RDFS.label, ids.labelOf().get(iri));
        if (!iri.equals(canon)) {
            x.addProperty(OWL.sameAs, out.createResource(canon));
            x.addProperty(NG.sameAsReason, ids.reasonOf().get(iri));
        } else {
            for (String alt : ids.otherNames().getOrDefault(iri, List.of())) x.addProperty(SKOS.altLabel, alt);
            if (type != null) {
                x.addProperty(RDF.type, switch (type) {
                    case PERSON -> NG.schemaPerson;
                    case ORGANIZATION -> NG.schemaOrganization;
                    default -> NG.schemaPlace;
                });
            }
            x.addProperty(NG.schemaName, ids.labelOf().get(iri));
            for (String wd : wikidata) x.addProperty(NG.schemaSameAs, out.createResource(wd));
        }
        // the other names the articles give this IRI, so that a name is found without reading every article graph
        for (String alt : articleAltLabels) {
            if (!alt.equals(ids.labelOf().get(iri))) x.addProperty(SKOS.altLabel, alt);
        }
    }

    private static Graph meetings(Model in, Identities ids, Iris iris, Map<String, String> countryOf) {
        Set<String> persons = new HashSet<>();
        in.listSubjectsWithProperty(RDF.type, NG.Person).forEach(r -> {
            if (r.isURIResource()) persons.add(ids.canonical(r.getURI()));
        });
        List<ReportFacts> facts = new ArrayList<>();
        Map<String, Set<String>> identified = new HashMap<>();
        in.listSubjectsWithProperty(RDF.type, NG.MeetingReport).forEach(r -> {
            ReportFacts f = toFacts(r, ids, identified);
            if (f != null) facts.add(f);
        });

        List<MergedMeeting> meetings = new MeetingMerger(countryOf).merge(facts);
        Model out = ModelFactory.createDefaultModel();
        NG.PREFIXES.forEach(out::setNsPrefix);
        for (MergedMeeting m : meetings) write(out, m, iris, persons, ids, identified);
        return out.getGraph();
    }

    private static ReportFacts toFacts(Resource r, Identities ids, Map<String, Set<String>> identified) {
        ReportRow row = reportRow(r);
        return row == null ? null : toFacts(row, ids::canonical, identified);
    }

    /**
     * A meeting report as its article's graph gives it, before entities are resolved: the Spark job's table of reports.
     *
     * @param participants the participant IRIs as the article gives them, sorted
     * @param persons      those of them typed ng:Person
     */
    public record ReportRow(String iri, String article, String published, List<String> participants, List<String> persons,
                            String place, String date, MeetingStatus status, MeetingMode mode, int position)
            implements Serializable {
        public ReportRow {
            Objects.requireNonNull(iri, "iri");
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(status, "status");
            participants = List.copyOf(participants);
            persons = List.copyOf(persons);
            if (participants.isEmpty()) throw new IllegalArgumentException("report without participants: " + iri);
        }
    }

    /** The report of a report node, or null when it lacks an article, a status or participants. */
    static ReportRow reportRow(Resource r) {
        if (!r.isURIResource()) return null;
        Resource article = uri(r, NG.inArticle);
        Resource status = uri(r, NG.reportedStatus);
        Set<String> participants = new TreeSet<>();
        Set<String> persons = new TreeSet<>();
        r.listProperties(NG.reportedParticipant).forEach(s -> {
            if (!s.getObject().isURIResource()) return;
            participants.add(s.getResource().getURI());
            if (s.getResource().hasProperty(RDF.type, NG.Person)) persons.add(s.getResource().getURI());
        });
        MeetingStatus st = status == null ? null : status(status);
        if (article == null || st == null || participants.isEmpty()) return null;
        Statement pub = article.getProperty(NG.schemaDatePublished);
        Statement date = r.getProperty(NG.reportedDate);
        Resource place = uri(r, NG.reportedLocation);
        Resource mode = uri(r, NG.reportedMode);
        return new ReportRow(r.getURI(), article.getURI(),
                pub == null || !pub.getObject().isLiteral() ? null : pub.getLiteral().getLexicalForm(),
                List.copyOf(participants), List.copyOf(persons), place == null ? null : place.getURI(),
                date == null || !date.getObject().isLiteral() ? null : date.getLiteral().getLexicalForm(),
                st, mode == null ? null : mode(mode), position(r));
    }

    /**
     * The report as the merger sees it, its entities by their canonical IRIs; null when it is malformed (logged).
     * Records in {@code identified} the report's participants that resolution identified with another entity.
     */
    public static ReportFacts toFacts(ReportRow row, Function<String, String> canonical, Map<String, Set<String>> identified) {
        List<String> participants = new ArrayList<>();
        for (String p : row.participants()) {
            String c = canonical.apply(p);
            participants.add(c);
            if (!c.equals(p)) identified.computeIfAbsent(row.iri(), k -> new TreeSet<>()).add(p);
        }
        try {
            return new ReportFacts(row.iri(), row.article(), row.published(), participants,
                    row.place() == null ? null : canonical.apply(row.place()), row.date(), row.status(), row.mode(), row.position());
        } catch (IllegalArgumentException e) {
            LOG.warn("skipping malformed meeting report: {}", e.getMessage());
            return null;
        }
    }

    /** Where the report's evidence starts in its article, or -1. */
    private static int position(Resource r) {
        Statement s = r.getProperty(NG.evidenceStart);
        if (s == null || !s.getObject().isLiteral()) return -1;
        try {
            return s.getInt();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /** What one article's graph gives the derivation: the Spark job ships these between its stages. */
    public record ArticleRows(List<EntityNaming> namings, List<ReportRow> reports, List<Link> countries,
                              List<Link> altLabels) implements Serializable {
        public ArticleRows {
            namings = List.copyOf(namings);
            reports = List.copyOf(reports);
            countries = List.copyOf(countries);
            altLabels = List.copyOf(altLabels);
        }
    }

    /** A place and its country, or an entity and another name of it. */
    public record Link(String from, String to) implements Serializable {
    }

    /**
     * The rows of one article's named graph: what {@link #REPORTS_QUERY} gives on it, read as {@link #derive} reads
     * the whole store's. The query reads each graph apart, so the rows of all articles are the store's.
     */
    public static ArticleRows rows(Graph articleGraph, String graphIri) {
        DatasetGraph one = DatasetGraphFactory.create();
        one.addGraph(NodeFactory.createURI(graphIri), articleGraph);
        Model in = ModelFactory.createModelForGraph(reportsByQuery(one));
        List<ReportRow> reports = new ArrayList<>();
        in.listSubjectsWithProperty(RDF.type, NG.MeetingReport).forEach(r -> {
            ReportRow row = reportRow(r);
            if (row != null) reports.add(row);
        });
        List<Link> countries = new ArrayList<>();
        in.listStatements(null, NG.country, (RDFNode) null).forEach(s -> {
            if (s.getSubject().isURIResource() && s.getObject().isURIResource()) {
                countries.add(new Link(s.getSubject().getURI(), s.getResource().getURI()));
            }
        });
        List<Link> alts = new ArrayList<>();
        in.listStatements(null, SKOS.altLabel, (RDFNode) null).forEach(st -> {
            if (st.getSubject().isURIResource() && st.getObject().isLiteral()) {
                alts.add(new Link(st.getSubject().getURI(), st.getLiteral().getLexicalForm()));
            }
        });
        return new ArticleRows(namings(in), reports, countries, alts);
    }

    /** {@link #entity} as N-Quads in the entities graph. */
    public static String entityNQuads(String iri, EntityType type, Identities ids, String country, Set<String> wikidata,
                                      Set<String> articleAltLabels, Iris iris) {
        Model out = ModelFactory.createDefaultModel();
        entity(out, iri, type, ids, country, wikidata, articleAltLabels);
        return nquads(out.getGraph(), iris.entitiesGraph());
    }

    /** The meetings graph's statements about one canonical meeting, as N-Quads in the meetings graph. */
    public static String meetingNQuads(MergedMeeting m, Iris iris, Set<String> persons, Identities ids,
                                       Map<String, Set<String>> identified) {
        Model out = ModelFactory.createDefaultModel();
        write(out, m, iris, persons, ids, identified);
        return nquads(out.getGraph(), iris.meetingsGraph());
    }

    /** A graph's triples as N-Quads lines in the named graph {@code graphIri}, sorted, each ending in a newline. */
    public static String nquads(Graph g, String graphIri) {
        String gn = " " + NodeFmtLib.strNT(NodeFactory.createURI(graphIri)) + " .";
        List<String> lines = new ArrayList<>();
        g.find().forEachRemaining(t -> lines.add(NodeFmtLib.strNT(t.getSubject()) + " "
                + NodeFmtLib.strNT(t.getPredicate()) + " " + NodeFmtLib.strNT(t.getObject()) + gn));
        lines.sort(null);
        StringBuilder sb = new StringBuilder();
        for (String l : lines) sb.append(l).append('\n');
        return sb.toString();
    }

    private static Resource uri(Resource r, org.apache.jena.rdf.model.Property p) {
        // Smallest IRI when a value is (wrongly) repeated, so the result stays deterministic.
        Resource best = null;
        for (Statement s : r.listProperties(p).toList()) {
            if (s.getObject().isURIResource() && (best == null || s.getResource().getURI().compareTo(best.getURI()) < 0)) {
                best = s.getResource();
            }
        }
        return best;
    }

    private static void write(Model out, MergedMeeting m, Iris iris, Set<String> persons, Identities ids,
                              Map<String, Set<String>> identified) {
        Resource mt = out.createResource(iris.meeting(m.contentKey()));
        mt.addProperty(RDF.type, NG.Meeting);
        for (String p : m.participants()) mt.addProperty(NG.participant, out.createResource(p));
        if (m.place() != null) mt.addProperty(NG.location, out.createResource(m.place()));
        if (m.date() != null) {
            // the date at each precision the sources give: a month-only report of a dated meeting keeps its month
            Set<String> dates = new TreeSet<>();
            dates.add(m.date());
            for (ReportFacts r : m.reports()) if (r.date() != null && m.date().startsWith(r.date())) dates.add(r.date());
            for (String d : dates) mt.addLiteral(NG.date, FactsMapper.dateLiteral(d, precision(d)));
        }
        mt.addProperty(NG.status, FactsMapper.status(m.status()));
        if (m.mode() != null) mt.addProperty(NG.mode, FactsMapper.mode(m.mode()));
        for (String a : m.articles()) mt.addProperty(NG.reportedIn, out.createResource(a));
        for (ReportFacts r : m.reports()) mt.addProperty(NG.report, out.createResource(r.iri()));
        mt.addLiteral(NG.sourceCount, out.createTypedLiteral(Integer.toString(m.sourceCount()), XSDDatatype.XSDinteger));
        Set<String> same = new TreeSet<>();
        for (ReportFacts r : m.reports()) same.addAll(identified.getOrDefault(r.iri(), Set.of()));
        StringBuilder reason = new StringBuilder(m.reason());
        if (!same.isEmpty()) {
            reason.append(" Participants identified across articles:");
            for (String p : same) {
                reason.append(' ').append(p).append(" is ").append(ids.canonical(p)).append(" (")
                        .append(ids.reasonOf().get(p)).append(");");
            }
            reason.setLength(reason.length() - 1);
            reason.append('.');
        }
        mt.addProperty(NG.mergeReason, reason.toString());
        // the same meeting as a schema.org Event
        mt.addProperty(RDF.type, NG.schemaEvent);
        List<String> names = new ArrayList<>();
        for (String p : m.participants()) {
            mt.addProperty(NG.schemaAttendee, out.createResource(p));
            String label = ids.labelOf().get(p);
            if (label != null) names.add(label);
        }
        if (!names.isEmpty()) {
            mt.addProperty(NG.schemaName, "Meeting of " + (names.size() == 1 ? names.get(0)
                    : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1)));
        }
        if (m.place() != null) mt.addProperty(NG.schemaLocation, out.createResource(m.place()));
        if (m.date() != null) mt.addLiteral(NG.schemaStartDate, FactsMapper.dateLiteral(m.date(), precision(m.date())));
        mt.addProperty(NG.schemaEventStatus, switch (m.status()) {
            case POSTPONED -> NG.schemaEventPostponed;
            case CANCELLED -> NG.schemaEventCancelled;
            default -> NG.schemaEventScheduled; // held as scheduled, or still to be held
        });
        if (m.mode() != null) {
            mt.addProperty(NG.schemaEventAttendanceMode, m.mode() == MeetingMode.IN_PERSON ? NG.schemaOffline : NG.schemaOnline);
        }
        if (m.status() == MeetingStatus.HAPPENED) {
            List<String> people = m.participants().stream().filter(persons::contains).toList();
            for (String a : people) {
                for (String b : people) {
                    if (!a.equals(b)) out.createResource(a).addProperty(NG.metWith, out.createResource(b));
                }
            }
        }
    }

    static Precision precision(String lexical) {
        return switch (lexical.length()) {
            case 10 -> Precision.DAY;
            case 7 -> Precision.MONTH;
            default -> Precision.YEAR;
        };
    }

    static MeetingStatus status(Resource r) {
        String u = r.getURI();
        if (u.equals(NG.Planned.getURI())) return MeetingStatus.PLANNED;
        if (u.equals(NG.Postponed.getURI())) return MeetingStatus.POSTPONED;
        if (u.equals(NG.Cancelled.getURI())) return MeetingStatus.CANCELLED;
        return u.equals(NG.Happened.getURI()) ? MeetingStatus.HAPPENED : null;
    }

    static MeetingMode mode(Resource r) {
        String u = r.getURI();
        if (u.equals(NG.Phone.getURI())) return MeetingMode.PHONE;
        if (u.equals(NG.Video.getURI())) return MeetingMode.VIDEO;
        return u.equals(NG.InPerson.getURI()) ? MeetingMode.IN_PERSON : null;
    }
}
