package org.newsgraph.rdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.extract.MeetingMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.newsgraph.extract.MeetingStatus;
import org.newsgraph.extract.Precision;
import org.newsgraph.resolve.merge.MeetingMerger;
import org.newsgraph.resolve.merge.MergedMeeting;
import org.newsgraph.resolve.merge.ReportFacts;

/**
 * Derives the graph of canonical meetings from the meeting reports of all article graphs.
 * Works on a local dataset or on a graph of reports fetched from a remote endpoint with {@link #REPORTS_QUERY}.
 */
public final class Derivation {

    /** Gathers, from every named graph, what merging needs: reports, participant types, place countries, publication dates. */
    public static final String REPORTS_QUERY = """
            PREFIX ng: <https://w3id.org/newsgraph/ns#>
            PREFIX schema: <https://schema.org/>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            CONSTRUCT {
              ?r a ng:MeetingReport ; ?rp ?ro .
              ?x a ?xt .
              ?pl ng:country ?c .
              ?a schema:datePublished ?pub .
            }
            WHERE {
              { GRAPH ?g { ?r a ng:MeetingReport ; ?rp ?ro .
                  FILTER (?rp IN (ng:inArticle, ng:reportedParticipant, ng:reportedLocation, ng:reportedDate,
                                  ng:reportedStatus, ng:reportedMode)) } }
              UNION
              { GRAPH ?g { ?r a ng:MeetingReport ; ng:reportedParticipant ?x . ?x a ?xt } }
              UNION
              { GRAPH ?g { ?pl a ng:Place ; ng:country ?c } }
              UNION
              { GRAPH ?g { ?r a ng:MeetingReport ; ng:inArticle ?a . ?a schema:datePublished ?pub } }
            }
            """;

    private static final Logger LOG = LoggerFactory.getLogger(Derivation.class);
    private static final Query PARSED = QueryFactory.create(REPORTS_QUERY);

    private Derivation() {
    }

    /** What {@link #REPORTS_QUERY} gives on a dataset (inside the caller's transaction). */
    public static Graph reports(DatasetGraph dsg) {
        return reportsByIndex(dsg);
    }

    /** Runs {@link #REPORTS_QUERY} itself: the reference that {@link #reports} must match (tests). */
    public static Graph reportsByQuery(DatasetGraph dsg) {
        return QueryExec.dataset(dsg).query(PARSED).construct();
    }

    private static final Node[] REPORT_PROPERTIES = {NG.inArticle.asNode(), NG.reportedParticipant.asNode(),
            NG.reportedLocation.asNode(), NG.reportedDate.asNode(), NG.reportedStatus.asNode(), NG.reportedMode.asNode()};

    /**
     * The answer of {@link #REPORTS_QUERY} by direct index lookups, graph by graph: the query engine plans the
     * unions as scans over every graph, which made each re-derivation cost far more than the reports it reads.
     */
    static Graph reportsByIndex(DatasetGraph dsg) {
        Graph out = GraphFactory.createDefaultGraph();
        Node type = RDF.type.asNode();
        Node report = NG.MeetingReport.asNode();
        Node participant = NG.reportedParticipant.asNode();
        Node inArticle = NG.inArticle.asNode();
        Node published = NG.schemaDatePublished.asNode();
        dsg.findNG(Node.ANY, Node.ANY, type, report).forEachRemaining(q -> {
            Node g = q.getGraph(), r = q.getSubject();
            out.add(Triple.create(r, type, report));
            for (Node p : REPORT_PROPERTIES) {
                dsg.findNG(g, r, p, Node.ANY).forEachRemaining(t -> out.add(Triple.create(r, p, t.getObject())));
            }
            dsg.findNG(g, r, participant, Node.ANY).forEachRemaining(t -> dsg.findNG(g, t.getObject(), type, Node.ANY)
                    .forEachRemaining(x -> out.add(Triple.create(x.getSubject(), type, x.getObject()))));
            dsg.findNG(g, r, inArticle, Node.ANY).forEachRemaining(t -> dsg.findNG(g, t.getObject(), published, Node.ANY)
                    .forEachRemaining(x -> out.add(Triple.create(x.getSubject(), published, x.getObject()))));
        });
        Node country = NG.country.asNode();
        dsg.findNG(Node.ANY, Node.ANY, type, NG.Place.asNode()).forEachRemaining(q -> dsg.findNG(q.getGraph(), q.getSubject(),
                country, Node.ANY).forEachRemaining(x -> out.add(Triple.create(x.getSubject(), country, x.getObject()))));
        return out;
    }

    /** The meetings graph for the reports in a dataset (inside the caller's transaction). */
    public static Graph meetingsGraph(DatasetGraph dsg, Iris iris) {
        return meetingsGraph(reports(dsg), iris);
    }

    public static Graph meetingsGraph(Graph reports) {
        return meetingsGraph(reports, Iris.DEFAULT);
    }

    /** Merges the reports in {@code reports} into canonical meetings and returns them as a new graph. */
    public static Graph meetingsGraph(Graph reports, Iris iris) {
        Model in = ModelFactory.createModelForGraph(reports);
        Map<String, String> countryOf = new HashMap<>();
        in.listStatements(null, NG.country, (RDFNode) null).forEach(s -> {
            if (s.getObject().isURIResource()) countryOf.merge(s.getSubject().getURI(), s.getResource().getURI(),
                    (a, b) -> a.compareTo(b) <= 0 ? a : b);
        });
        Set<String> persons = new HashSet<>();
        in.listSubjectsWithProperty(RDF.type, NG.Person).forEach(r -> {
            if (r.isURIResource()) persons.add(r.getURI());
        });
        List<ReportFacts> facts = new ArrayList<>();
        in.listSubjectsWithProperty(RDF.type, NG.MeetingReport).forEach(r -> {
            ReportFacts f = toFacts(r);
            if (f != null) facts.add(f);
        });

        List<MergedMeeting> meetings = new MeetingMerger(countryOf).merge(facts);
        Model out = ModelFactory.createDefaultModel();
        NG.PREFIXES.forEach(out::setNsPrefix);
        for (MergedMeeting m : meetings) write(out, m, iris, persons);
        return out.getGraph();
    }

    private static ReportFacts toFacts(Resource r) {
        if (!r.isURIResource()) return null;
        Resource article = uri(r, NG.inArticle);
        Resource status = uri(r, NG.reportedStatus);
        List<String> participants = new ArrayList<>();
        r.listProperties(NG.reportedParticipant).forEach(s -> {
            if (s.getObject().isURIResource()) participants.add(s.getResource().getURI());
        });
        MeetingStatus st = status == null ? null : status(status);
        if (article == null || st == null || participants.isEmpty()) return null;
        Statement pub = article.getProperty(NG.schemaDatePublished);
        Statement date = r.getProperty(NG.reportedDate);
        Resource place = uri(r, NG.reportedLocation);
        Resource mode = uri(r, NG.reportedMode);
        try {
            return new ReportFacts(r.getURI(), article.getURI(),
                    pub == null || !pub.getObject().isLiteral() ? null : pub.getLiteral().getLexicalForm(),
                    participants, place == null ? null : place.getURI(),
                    date == null || !date.getObject().isLiteral() ? null : date.getLiteral().getLexicalForm(),
                    st, mode == null ? null : mode(mode));
        } catch (IllegalArgumentException e) {
            LOG.warn("skipping malformed meeting report: {}", e.getMessage());
            return null;
        }
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

    private static void write(Model out, MergedMeeting m, Iris iris, Set<String> persons) {
        Resource mt = out.createResource(iris.meeting(m.contentKey()));
        mt.addProperty(RDF.type, NG.Meeting);
        for (String p : m.participants()) mt.addProperty(NG.participant, out.createResource(p));
        if (m.place() != null) mt.addProperty(NG.location, out.createResource(m.place()));
        if (m.date() != null) mt.addLiteral(NG.date, FactsMapper.dateLiteral(m.date(), precision(m.date())));
        mt.addProperty(NG.status, FactsMapper.status(m.status()));
        if (m.mode() != null) mt.addProperty(NG.mode, FactsMapper.mode(m.mode()));
        for (String a : m.articles()) mt.addProperty(NG.reportedIn, out.createResource(a));
        for (ReportFacts r : m.reports()) mt.addProperty(NG.report, out.createResource(r.iri()));
        mt.addLiteral(NG.sourceCount, out.createTypedLiteral(Integer.toString(m.sourceCount()), XSDDatatype.XSDinteger));
        mt.addProperty(NG.mergeReason, m.reason());
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
