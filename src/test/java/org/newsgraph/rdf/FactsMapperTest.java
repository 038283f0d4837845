package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.rdf.Fixtures.ADA;
import static org.newsgraph.rdf.Fixtures.PORT_ASTER;
import static org.newsgraph.rdf.Fixtures.TOMAS;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.extract.DateValue;
import org.newsgraph.extract.MeetingMode;
import org.newsgraph.extract.MeetingStatus;
import org.newsgraph.extract.Precision;
import org.newsgraph.resolve.ArticleFacts;
import org.newsgraph.resolve.MeetingReport;
import org.newsgraph.store.Store;
import org.newsgraph.store.ValidationResult;

class FactsMapperTest {
    private static final String SENTENCE = "Ada Brook met Tomas Verin in Port Aster on Monday.";
    private final FactsMapper mapper = new FactsMapper();
    private final Iris iris = Iris.DEFAULT;

    private ArticleFacts sample(String published) {
        MeetingReport r = Fixtures.report(SENTENCE, 0, List.of(ADA, TOMAS), PORT_ASTER,
                new DateValue("2025-03-03", Precision.DAY, "on Monday", "2025-03-05", "weekday-past"),
                MeetingStatus.HAPPENED, MeetingMode.IN_PERSON);
        return Fixtures.article("a-1", published, r);
    }

    @Test
    void nQuadsAreTheArticlesGraphInItsNamedGraph() {
        ArticleFacts f = sample("2025-03-05");
        String nq = mapper.toNQuads(f);
        assertTrue(nq.endsWith(" .\n"), nq);
        List<String> lines = List.of(nq.split("\n"));
        assertEquals(lines.stream().sorted().toList(), lines);
        org.apache.jena.sparql.core.DatasetGraph dsg = org.apache.jena.riot.RDFParser.fromString(nq,
                org.apache.jena.riot.Lang.NQUADS).toDatasetGraph();
        assertEquals(List.of(iris.articleGraph("a-1")), org.apache.jena.atlas.iterator.Iter.toList(dsg.listGraphNodes())
                .stream().map(n -> n.getURI()).toList());
        assertTrue(IsoMatcher.isomorphic(mapper.toGraph(f),
                dsg.getGraph(org.apache.jena.graph.NodeFactory.createURI(iris.articleGraph("a-1")))));
    }

    @Test
    void articleNodeCarriesItsMetadata() {
        Model m = mapper.toModel(sample("2025-03-05"));
        Resource a = m.getResource(iris.article("a-1"));
        assertTrue(a.hasProperty(RDF.type, NG.Article));
        assertEquals("a-1", a.getProperty(DCTerms.identifier).getString());
        assertEquals(XSDDatatype.XSDstring, a.getProperty(DCTerms.identifier).getLiteral().getDatatype());
        assertEquals(XSDDatatype.XSDdate, a.getProperty(NG.schemaDatePublished).getLiteral().getDatatype());
        assertEquals("https://news.example.org/a-1", a.getProperty(NG.schemaUrl).getResource().getURI());
        assertEquals("Headline a-1", a.getProperty(DCTerms.title).getString());
        assertEquals("The Example Times", a.getProperty(DCTerms.source).getString());
        assertEquals(3, m.listObjectsOfProperty(a, NG.mentions).toList().size());

        Model withTime = mapper.toModel(sample("2025-03-05T08:30:00Z"));
        assertEquals(XSDDatatype.XSDdateTime, withTime.getResource(iris.article("a-1"))
                .getProperty(NG.schemaDatePublished).getLiteral().getDatatype());
    }

    @Test
    void entitiesHaveTypeNameAltLabelsTitleWikidataAndCountry() {
        Model m = mapper.toModel(sample("2025-03-05"));
        Resource ada = m.getResource("https://w3id.org/newsgraph/id/person/ada-brook");
        assertTrue(ada.hasProperty(RDF.type, NG.Person));
        assertEquals(1, ada.listProperties(NG.name).toList().size());
        assertEquals("Ada Brook", ada.getProperty(NG.name).getString());
        assertFalse(ada.hasProperty(RDFS.label), "the one label comes from the derived entities graph");
        assertEquals(2, ada.listProperties(SKOS.altLabel).toList().size());
        assertEquals("Foreign Minister", ada.getProperty(NG.title).getString());
        assertEquals("http://www.wikidata.org/entity/Q4200001", ada.getProperty(OWL.sameAs).getResource().getURI());
        assertEquals(iris.place("elmaria"), ada.getProperty(NG.country).getResource().getURI());
        Resource port = m.getResource(iris.place("port-aster"));
        assertTrue(port.hasProperty(RDF.type, NG.Place));
        assertEquals(iris.place("elmaria"), port.getProperty(NG.country).getResource().getURI());
        assertFalse(m.getResource(iris.entity(TOMAS)).hasProperty(OWL.sameAs));
    }

    @Test
    void reportCarriesEvidenceOffsetsConfidenceAndDateDerivation() {
        Model m = mapper.toModel(sample("2025-03-05"));
        List<Resource> reports = m.listSubjectsWithProperty(RDF.type, NG.MeetingReport).toList();
        assertEquals(1, reports.size());
        Resource r = reports.get(0);
        assertEquals(iris.report("a-1", 0, SENTENCE.length(), null), r.getURI());
        assertEquals(iris.article("a-1"), r.getProperty(NG.inArticle).getResource().getURI());
        assertEquals(2, r.listProperties(NG.reportedParticipant).toList().size());
        assertEquals(NG.Happened, r.getProperty(NG.reportedStatus).getResource());
        assertEquals(NG.InPerson, r.getProperty(NG.reportedMode).getResource());
        assertEquals(iris.place("port-aster"), r.getProperty(NG.reportedLocation).getResource().getURI());
        assertEquals(SENTENCE, r.getProperty(NG.evidence).getString());
        Literal start = r.getProperty(NG.evidenceStart).getLiteral();
        Literal end = r.getProperty(NG.evidenceEnd).getLiteral();
        assertEquals(XSDDatatype.XSDinteger, start.getDatatype());
        assertEquals(0, start.getInt());
        assertEquals(SENTENCE.length(), end.getInt());
        assertEquals(XSDDatatype.XSDdouble, r.getProperty(NG.confidence).getLiteral().getDatatype());
        assertEquals(0.8, r.getProperty(NG.confidence).getDouble(), 1e-9);
        Literal date = r.getProperty(NG.reportedDate).getLiteral();
        assertEquals(XSDDatatype.XSDdate, date.getDatatype());
        assertEquals("2025-03-03", date.getLexicalForm());
        assertEquals("on Monday", r.getProperty(NG.dateExpression).getString());
        assertEquals("2025-03-05", r.getProperty(NG.dateAnchor).getLiteral().getLexicalForm());
        assertEquals("weekday-past", r.getProperty(NG.dateRule).getString());
        // Canonical meetings are not in article graphs.
        assertFalse(m.listSubjectsWithProperty(RDF.type, NG.Meeting).hasNext());
    }

    @ParameterizedTest
    @CsvSource({
            "2025-03-03, DAY,   http://www.w3.org/2001/XMLSchema#date",
            "2025-03,    MONTH, http://www.w3.org/2001/XMLSchema#gYearMonth",
            "2025,       YEAR,  http://www.w3.org/2001/XMLSchema#gYear"})
    void dateLiteralHasThePrecisionsDatatype(String lexical, Precision p, String datatype) {
        Literal l = FactsMapper.dateLiteral(lexical, p);
        assertEquals(datatype, l.getDatatypeURI());
        assertTrue(l.getDatatype().isValid(l.getLexicalForm()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "plain-id_1.x~  | https://w3id.org/newsgraph/id/article/plain-id_1.x~",
            "a b/c?d#e      | https://w3id.org/newsgraph/id/article/a%20b%2Fc%3Fd%23e",
            "zürich         | https://w3id.org/newsgraph/id/article/z%C3%BCrich"})
    void articleIdsArePercentEncoded(String id, String iri) {
        assertEquals(iri, iris.article(id));
    }

    @Test
    void baseIsAParameter() {
        Iris other = new Iris("http://example.org/kg");
        assertEquals("http://example.org/kg/graph/meetings", other.meetingsGraph());
        assertEquals("http://example.org/kg/person/ada-brook", other.entity(ADA));
    }

    @Test
    void twoReportsInOneSentenceGetDistinctIris() {
        MeetingReport r1 = Fixtures.report(SENTENCE, 0, List.of(ADA, TOMAS), null, null, MeetingStatus.HAPPENED, null);
        MeetingReport r2 = Fixtures.report(SENTENCE, 0, List.of(ADA, Fixtures.BANK), null, null, MeetingStatus.PLANNED, null);
        ArticleFacts f = new ArticleFacts(Fixtures.article("x", null).article(), List.of(ADA), List.of(r1, r2));
        List<Resource> reports = mapper.toModel(f).listSubjectsWithProperty(RDF.type, NG.MeetingReport).toList();
        assertEquals(2, reports.size());
        assertNotEquals(reports.get(0).getURI(), reports.get(1).getURI());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"0.7200000000000001, 0.72", "0.6480000000000001, 0.648", "0.8, 0.8",
            "0.99999, 1.0", "0.12345, 0.123"})
    void confidencesCarryNoFloatNoise(double raw, String written) {
        assertEquals(written, FactsMapper.confidence(raw) + "");
        assertEquals(written, org.apache.jena.rdf.model.ResourceFactory.createTypedLiteral(FactsMapper.confidence(raw)).getLexicalForm());
    }

    @Test
    void mappingIsDeterministic() {
        assertTrue(IsoMatcher.isomorphic(mapper.toGraph(sample("2025-03-05")), mapper.toGraph(sample("2025-03-05"))));
        assertEquals(mapper.toGraph(sample("2025-03-05")).size(), mapper.toGraph(sample("2025-03-05")).size());
    }

    @Test
    void whatWeWriteConformsToTheShapes() {
        ValidationResult v = Store.validate(withDerived(mapper.toModel(sample("2025-03-05"))).getGraph());
        assertTrue(v.conforms(), String.join("\n", v.violations()));
    }

    @Test
    void anArticleAloneLacksLabels() {
        assertFalse(Store.validate(mapper.toGraph(sample("2025-03-05"))).conforms());
    }

    /** The article graph with the entities and meetings graphs derived from it, as the store's union shows it. */
    private Model withDerived(Model article) {
        org.apache.jena.sparql.core.DatasetGraph ds = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
        org.apache.jena.graph.Node g = org.apache.jena.graph.NodeFactory.createURI(iris.articleGraph("a-1"));
        article.getGraph().find().forEachRemaining(t -> ds.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
        Derivation.Derived d = Derivation.derive(ds, iris);
        Model all = ModelFactory.createDefaultModel().add(article);
        all.add(ModelFactory.createModelForGraph(d.entities())).add(ModelFactory.createModelForGraph(d.meetings()));
        return all;
    }

    @Test
    void brokenGraphsViolateTheShapes() {
        Model m = withDerived(mapper.toModel(sample("2025-03-05")));
        m.getResource(iris.entity(ADA)).addProperty(RDFS.label, "Another Name");
        Resource r = m.listSubjectsWithProperty(RDF.type, NG.MeetingReport).next();
        r.removeAll(NG.evidenceEnd).addLiteral(NG.evidenceEnd, m.createTypedLiteral("-1", XSDDatatype.XSDinteger));
        r.removeAll(NG.confidence).addLiteral(NG.confidence, m.createTypedLiteral(1.5));
        r.removeAll(NG.evidence);
        ValidationResult v = Store.validate(m.getGraph());
        assertFalse(v.conforms());
        String all = String.join("\n", v.violations());
        assertTrue(all.contains("exactly one rdfs:label"), all);
        assertTrue(all.contains("evidence offsets"), all);
        assertTrue(all.contains("confidence"), all);
        assertTrue(all.contains("evidence sentence"), all);
    }
}
