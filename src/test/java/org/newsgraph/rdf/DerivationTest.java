package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.rdf.Fixtures.ADA;
import static org.newsgraph.rdf.Fixtures.ELMARIA;
import static org.newsgraph.rdf.Fixtures.PORT_ASTER;
import static org.newsgraph.rdf.Fixtures.TOMAS;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.newsgraph.resolve.ArticleFacts;
import org.newsgraph.store.Store;

/** The derivation as a remote store uses it: reports fetched by CONSTRUCT into a plain graph. */
class DerivationTest {
    private static final List<ArticleFacts> ARTICLES = List.of(
            Fixtures.article("d1", "2025-02-03", Fixtures.met(List.of(ADA, TOMAS), PORT_ASTER, Fixtures.day("2025-02-02"))),
            Fixtures.article("d2", "2025-02-04", Fixtures.met(List.of(ADA, TOMAS), ELMARIA, Fixtures.day("2025-02-02"))));

    @Test
    void meetingsFromAConstructedReportsGraphEqualTheStores() {
        DatasetGraph plain = DatasetGraphFactory.createTxnMem();
        FactsMapper mapper = new FactsMapper();
        for (ArticleFacts f : ARTICLES) {
            Node g = NodeFactory.createURI(Iris.DEFAULT.articleGraph(f.article().id()));
            mapper.toGraph(f).find().forEachRemaining(t -> plain.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
        }
        // No union default graph here, as on a plain SPARQL endpoint: the query must use GRAPH ?g.
        Graph reports = QueryExec.dataset(plain).query(QueryFactory.create(Derivation.REPORTS_QUERY)).construct();
        Graph meetings = Derivation.meetingsGraph(reports);

        Model m = ModelFactory.createModelForGraph(meetings);
        assertEquals(1, m.listSubjectsWithProperty(RDF.type, NG.Meeting).toList().size());
        assertTrue(m.contains(m.getResource(Iris.DEFAULT.entity(ADA)), NG.metWith, m.getResource(Iris.DEFAULT.entity(TOMAS))));
        assertTrue(m.contains(m.getResource(Iris.DEFAULT.entity(TOMAS)), NG.metWith, m.getResource(Iris.DEFAULT.entity(ADA))));

        try (Store store = Store.inMemory()) {
            store.putArticles(ARTICLES);
            Graph stored = Txn.calculateRead(store.datasetGraph(), () -> {
                Graph copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
                org.apache.jena.graph.GraphUtil.addInto(copy,
                        store.datasetGraph().getGraph(NodeFactory.createURI(Iris.DEFAULT.meetingsGraph())));
                return copy;
            });
            assertTrue(IsoMatcher.isomorphic(stored, meetings));
        }
    }

    @Test
    void emptyInputGivesAnEmptyGraph() {
        assertEquals(0, Derivation.meetingsGraph(org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph()).size());
    }
}
