package org.newsgraph.rdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.article.Article;
import org.newsgraph.extract.DateValue;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.MeetingMode;
import org.newsgraph.extract.MeetingStatus;
import org.newsgraph.extract.Precision;
import org.newsgraph.resolve.ArticleFacts;
import org.newsgraph.resolve.Entity;
import org.newsgraph.resolve.kb.KnowledgeBase;
import org.newsgraph.resolve.MeetingReport;

/** Maps the facts of one article to the triples of its named graph. Uses no blank nodes, so re-mapping gives equal graphs. */
public final class FactsMapper {
    private final Iris iris;

    public FactsMapper(Iris iris) {
        this.iris = iris;
    }

    public FactsMapper() {
        this(Iris.DEFAULT);
    }

    public Iris iris() {
        return iris;
    }

    /** The article's graph, to be stored under {@code iris.articleGraph(id)}. */
    public Graph toGraph(ArticleFacts facts) {
        return toModel(facts).getGraph();
    }

    /**
     * The article's graph as N-Quads in its named graph {@code iris.articleGraph(id)}: what {@code ingest} stores
     * for the article, as text for writers outside Jena (the Spark job). Lines sorted, each ending in a newline.
     */
    public String toNQuads(ArticleFacts facts) {
        return Derivation.nquads(toGraph(facts), iris.articleGraph(facts.article().id()));
    }

    /** An article's graph as N-Quads, and what the derivation of meetings and entities reads from it. */
    public record Mapped(String nquads, Derivation.ArticleRows rows) {
    }

    /** {@link #toNQuads} and {@link Derivation#rows} of one article: the Spark job's per-article output. */
    public Mapped map(ArticleFacts facts) {
        Graph g = toGraph(facts);
        String graphIri = iris.articleGraph(facts.article().id());
        return new Mapped(Derivation.nquads(g, graphIri), Derivation.rows(g, graphIri));
    }

    public Model toModel(ArticleFacts facts) {
        Model m = ModelFactory.createDefaultModel();
        NG.PREFIXES.forEach(m::setNsPrefix);
        Article a = facts.article();
        Resource art = m.createResource(iris.article(a.id()));
        art.addProperty(RDF.type, NG.Article);
        art.addProperty(DCTerms.identifier, a.id());
        if (a.title() != null && !a.title().isBlank()) art.addProperty(DCTerms.title, a.title());
        if (a.url() != null && !a.url().isBlank()) art.addProperty(NG.schemaUrl, urlNode(m, a.url()));
        if (a.published() != null) {
            art.addProperty(NG.schemaDatePublished, m.createTypedLiteral(a.published(),
                    a.publishedHasTime() ? XSDDatatype.XSDdateTime : XSDDatatype.XSDdate));
        }
        if (a.source() != null && !a.source().isBlank()) {
            art.addProperty(DCTerms.source, a.source());
            art.addProperty(NG.schemaPublisher, a.source());
        }

        // Each entity once, the first description winning (mentions before meeting participants).
        Map<String, Entity> entities = new LinkedHashMap<>();
        for (Entity e : facts.mentions()) entities.putIfAbsent(iris.entity(e), e);
        for (MeetingReport r : facts.meetings()) {
            for (Entity e : r.participants()) entities.putIfAbsent(iris.entity(e), e);
            if (r.place() != null) entities.putIfAbsent(iris.entity(r.place()), r.place());
        }
        for (Entity e : facts.mentions()) art.addProperty(NG.mentions, m.createResource(iris.entity(e)));
        entities.forEach((iri, e) -> addEntity(m, iri, e));

        Map<String, Integer> spans = new HashMap<>();
        for (MeetingReport r : facts.meetings()) spans.merge(r.evidence().start() + "-" + r.evidence().end(), 1, Integer::sum);
        Set<String> seen = new LinkedHashSet<>();
        for (MeetingReport r : facts.meetings()) {
            String span = r.evidence().start() + "-" + r.evidence().end();
            String iri = iris.report(a.id(), r.evidence().start(), r.evidence().end(),
                    spans.get(span) > 1 ? discriminator(r) : null);
            if (!seen.add(iri)) continue; // an exact duplicate report
            addReport(m, m.createResource(iri), art, r);
        }
        return m;
    }

    private void addEntity(Model m, String iri, Entity e) {
        Resource x = m.createResource(iri);
        x.addProperty(RDF.type, typeOf(e.type()));
        // The one rdfs:label comes from the derived entities graph: articles may name an entity differently.
        x.addProperty(NG.name, e.label());
        for (String alt : new LinkedHashSet<>(e.altLabels())) {
            if (alt != null && !alt.isBlank() && !alt.equals(e.label())) x.addProperty(SKOS.altLabel, alt);
        }
        if (e.title() != null && e.type() == EntityType.PERSON) x.addProperty(NG.title, e.title());
        if (e.wikidata() != null) x.addProperty(OWL.sameAs, m.createResource(Iris.wikidata(e.wikidata())));
        if (e.country() != null && !(e.type() == EntityType.PLACE && e.country().equals(e.key()))) {
            Resource country = m.createResource(iris.place(e.country()));
            x.addProperty(NG.country, country);
            // a country the article only implies ("Geneva", "the Swiss minister") still needs a name, so that
            // places can be found by their country; it is typed and named here but not mentioned
            if (!country.hasProperty(NG.name)) {
                KnowledgeBase.load().byKey(EntityType.PLACE, e.country()).ifPresent(k -> {
                    country.addProperty(RDF.type, NG.Place);
                    country.addProperty(NG.name, k.label());
                    if (k.qid() != null) country.addProperty(OWL.sameAs, m.createResource(Iris.wikidata(k.qid())));
                });
            }
        }
    }

    private void addReport(Model m, Resource rep, Resource art, MeetingReport r) {
        rep.addProperty(RDF.type, NG.MeetingReport);
        rep.addProperty(NG.inArticle, art);
        for (Entity p : r.participants()) rep.addProperty(NG.reportedParticipant, m.createResource(iris.entity(p)));
        if (r.place() != null) rep.addProperty(NG.reportedLocation, m.createResource(iris.entity(r.place())));
        rep.addProperty(NG.reportedStatus, status(r.status()));
        if (r.mode() != null) rep.addProperty(NG.reportedMode, mode(r.mode()));
        DateValue d = r.date();
        if (d != null) {
            rep.addLiteral(NG.reportedDate, dateLiteral(d.lexical(), d.precision()));
            rep.addProperty(NG.dateExpression, d.expression());
            if (d.anchor() != null) rep.addLiteral(NG.dateAnchor, anchorLiteral(d.anchor()));
            if (d.rule() != null) rep.addProperty(NG.dateRule, d.rule());
        }
        rep.addProperty(NG.evidence, r.evidence().sentence());
        rep.addLiteral(NG.evidenceStart, m.createTypedLiteral(Integer.toString(r.evidence().start()), XSDDatatype.XSDinteger));
        rep.addLiteral(NG.evidenceEnd, m.createTypedLiteral(Integer.toString(r.evidence().end()), XSDDatatype.XSDinteger));
        rep.addLiteral(NG.confidence, m.createTypedLiteral(confidence(r.confidence())));
    }

    private static String discriminator(MeetingReport r) {
        List<String> parts = new ArrayList<>();
        r.participants().stream().map(e -> e.type() + ":" + e.key()).sorted().forEach(parts::add);
        parts.add(r.place() == null ? "" : r.place().key());
        parts.add(r.date() == null ? "" : r.date().lexical());
        parts.add(r.status().name());
        parts.add(r.mode() == null ? "" : r.mode().name());
        return String.join("|", parts);
    }

    /** Absolute IRIs become resources; anything else stays an xsd:anyURI literal rather than a broken IRI. */
    private static RDFNode urlNode(Model m, String url) {
        try {
            IRIx iri = IRIx.create(url.strip());
            if (iri.isAbsolute() && !iri.hasViolations()) return m.createResource(iri.str());
        } catch (IRIException e) {
            // fall through to a literal
        }
        return m.createTypedLiteral(url, XSDDatatype.XSDanyURI);
    }

    /** A confidence as people read it: three decimals at most, so 0.7200000000000001 is 0.72. */
    public static double confidence(double c) {
        return java.math.BigDecimal.valueOf(c).setScale(3, java.math.RoundingMode.HALF_UP).doubleValue();
    }

    public static Resource typeOf(EntityType t) {
        return switch (t) {
            case PERSON -> NG.Person;
            case ORGANIZATION -> NG.Organization;
            case PLACE -> NG.Place;
        };
    }

    public static Resource status(MeetingStatus s) {
        return switch (s) {
            case HAPPENED -> NG.Happened;
            case PLANNED -> NG.Planned;
            case POSTPONED -> NG.Postponed;
            case CANCELLED -> NG.Cancelled;
        };
    }

    public static Resource mode(MeetingMode s) {
        return switch (s) {
            case IN_PERSON -> NG.InPerson;
            case PHONE -> NG.Phone;
            case VIDEO -> NG.Video;
        };
    }

    /** DAY → xsd:date, MONTH → xsd:gYearMonth, YEAR → xsd:gYear. */
    public static Literal dateLiteral(String lexical, Precision p) {
        RDFDatatype dt = switch (p) {
            case DAY -> XSDDatatype.XSDdate;
            case MONTH -> XSDDatatype.XSDgYearMonth;
            case YEAR -> XSDDatatype.XSDgYear;
        };
        return ResourceFactory.createTypedLiteral(lexical, dt);
    }

    private static Literal anchorLiteral(String anchor) {
        if (anchor.matches("\\d{4}-\\d{2}-\\d{2}")) return ResourceFactory.createTypedLiteral(anchor, XSDDatatype.XSDdate);
        return ResourceFactory.createPlainLiteral(anchor);
    }
}
