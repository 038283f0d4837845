package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.rdf.Fixtures;

/** Textual values become RDF terms and are bound, never pasted into the query. */
class QueryParametersTest {

    private static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    private static Store store;

    @BeforeAll
    static void fixture() {
        store = Store.inMemory();
        store.putArticles(List.of(Fixtures.article("p1", "2025-04-08",
                Fixtures.met(List.of(Fixtures.ADA, Fixtures.TOMAS), Fixtures.PORT_ASTER, Fixtures.day("2025-04-07")))));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    /** Echoes ?v through the store: the answer is the term the value was bound to. */
    private static RDFNode echo(String value) {
        QueryParameters.Bound b = QueryParameters.bind("SELECT ?v WHERE { }", Map.of("v", value));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.query(b.sparql(), b.literals(), Store.ResultFormat.JSON, out);
        List<QuerySolution> rows = new ArrayList<>();
        ResultSetFactory.fromJSON(new ByteArrayInputStream(out.toByteArray())).forEachRemaining(rows::add);
        assertEquals(1, rows.size(), rows.toString());
        return rows.get(0).get("v");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            # value                                         | kind | lexical form or IRI                        | datatype or language
            Ana Ruiz                                        | lit  | Ana Ruiz                                   | string
            <https://w3id.org/newsgraph/id/place/lisbon>   | iri  | https://w3id.org/newsgraph/id/place/lisbon |
            '"2025"^^xsd:gYear'                             | lit  | 2025                                       | gYear
            '"7"^^<http://www.w3.org/2001/XMLSchema#integer>' | lit | 7                                          | integer
            '"Lisboa"@pt'                                   | lang | Lisboa                                     | pt
            '"Ana Ruiz"'                                    | lit  | '"Ana Ruiz"'                               | string
            '<not closed'                                   | lit  | '<not closed'                              | string
            '2025'                                          | lit  | 2025                                       | string
            'x" } ; DROP ALL ; SELECT * { ?s ?p ?o } #'     | lit  | 'x" } ; DROP ALL ; SELECT * { ?s ?p ?o } #' | string
            '"a"^^xsd:string } UNION { ?s ?p ?o'             | lit  | '"a"^^xsd:string } UNION { ?s ?p ?o'         | string
            '\\" . } INSERT DATA { <urn:a> <urn:b> <urn:c> } #' | lit | '\\" . } INSERT DATA { <urn:a> <urn:b> <urn:c> } #' | string
            """)
    void valuesBecomeTerms(String value, String kind, String form, String typeOrLang) {
        Node term = QueryParameters.term(value);
        RDFNode echoed = echo(value);
        switch (kind) {
            case "iri" -> {
                assertTrue(term.isURI());
                assertEquals(form, term.getURI());
                assertEquals(form, echoed.asResource().getURI());
            }
            case "lang" -> {
                assertEquals(form, term.getLiteralLexicalForm());
                assertEquals(typeOrLang, term.getLiteralLanguage());
                assertEquals(typeOrLang, echoed.asLiteral().getLanguage());
            }
            default -> {
                assertEquals(form, term.getLiteralLexicalForm());
                assertEquals(XSD + typeOrLang, term.getLiteralDatatypeURI());
                assertEquals(form, echoed.asLiteral().getLexicalForm());
                assertEquals(XSD + typeOrLang, echoed.asLiteral().getDatatypeURI());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"abc\"^^xsd:integer", "\"2025\"^^xsd:noSuchType", "\"1\"^^ex:thing",
            "<relative/path>", "<https://ex.org/a b>", "<https://ex.org/{x}>"})
    void malformedTermsAreRefused(String value) {
        assertThrows(QueryParameters.InvalidParameterException.class, () -> QueryParameters.term(value));
    }

    @Test
    void anInjectionAttemptMatchesNothingAndChangesNothing() {
        String query = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?p WHERE { ?p rdfs:label ?name }";
        long before = store.size();
        for (String attack : List.of("Ada Brook\" } UNION { ?p ?x ?name } #", "x\"@en || true) } #",
                "Ada Brook' } ; DROP ALL ; #", "\"Ada Brook\"")) {
            QueryParameters.Bound b = QueryParameters.bind(query, Map.of("name", attack));
            assertEquals(query, b.sparql(), "plain values leave the text alone");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.query(b.sparql(), b.literals(), Store.ResultFormat.CSV, out);
            assertEquals(List.of("p"), out.toString().lines().toList(), attack);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QueryParameters.Bound ok = QueryParameters.bind(query, Map.of("?name", "Ada Brook"));
        store.query(ok.sparql(), ok.literals(), Store.ResultFormat.CSV, out);
        assertEquals(2, out.toString().lines().count(), out.toString());
        assertEquals(before, store.size());
    }

    @Test
    void anIriReplacesItsVariableEverywhere() {
        String query = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?p ?label WHERE { ?p rdfs:label ?label }";
        QueryParameters.Bound b = QueryParameters.bind(query,
                Map.of("p", "<" + org.newsgraph.rdf.Iris.DEFAULT.entity(Fixtures.TOMAS) + ">"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.query(b.sparql(), b.literals(), Store.ResultFormat.CSV, out);
        List<String> lines = out.toString().lines().toList();
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(1).endsWith(",Tomas Verin"), lines.toString());
    }

    @Test
    void variablesAreFoundInPatternsFiltersAndProjection() {
        String q = "SELECT ?a (COUNT(?b) AS ?n) WHERE { ?a ?p ?b FILTER (?b != ?only) } GROUP BY ?a ORDER BY ?late";
        assertEquals(Set.of("a", "b", "n", "p", "only", "late"), QueryParameters.variables(q));
        assertEquals(Set.of("nope", "zzz"), QueryParameters.unknown(q, Set.of("?a", "only", "zzz", "nope")));
        assertThrows(QueryParameters.InvalidParameterException.class, () -> QueryParameters.unknown(q, Set.of("a b")));
        assertThrows(InvalidQueryException.class, () -> QueryParameters.variables("SELECT WHERE {"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "SELECT ?x WHERE { VALUES ?x { 1 2 3 4 5 } } ORDER BY ?x | limit=2 | 1 2",
            "SELECT ?x WHERE { VALUES ?x { 1 2 3 4 5 } } ORDER BY ?x | limit=2 offset=2 | 3 4",
            "SELECT ?x WHERE { VALUES ?x { 1 2 3 4 5 } } ORDER BY ?x | offset=4 | 5",
            "SELECT ?x WHERE { VALUES ?x { 1 2 3 4 5 } } ORDER BY ?x LIMIT 1 | limit=3 | 1",
            "SELECT ?x WHERE { VALUES ?x { 1 2 3 4 5 } FILTER(?x = ?limit) } ORDER BY ?x | limit=\"3\"^^xsd:integer | 3",
            // a query that pages by its own ?limit and ?offset, as the whole-graph canned queries do
            "PAGED | limit=2 offset=1 | 2 3",
            "PAGED | limit=2 | 1 2",
            "PAGED | offset=3 | 4 5",
    })
    void pagingParametersSetLimitAndOffset(String query, String params, String expected) {
        if (query.equals("PAGED")) query = "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> " + PAGED;
        Map<String, String> values = new java.util.LinkedHashMap<>();
        for (String p : params.split(" ")) values.put(p.substring(0, p.indexOf('=')), p.substring(p.indexOf('=') + 1));
        assertEquals(java.util.Set.of(), QueryParameters.unknown(query, values.keySet()));
        QueryParameters.Bound b = QueryParameters.bind(query, values);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.query(b.sparql(), b.literals(), Store.ResultFormat.JSON, out);
        List<String> got = new ArrayList<>();
        ResultSetFactory.fromJSON(new ByteArrayInputStream(out.toByteArray())).forEachRemaining(r -> got.add(r.get("x").asLiteral().getLexicalForm()));
        assertEquals(expected, String.join(" ", got));
    }

    private static final String PAGED = "SELECT ?x WHERE { VALUES ?x { 1 2 3 4 5 } FILTER (?x > COALESCE(xsd:integer(?offset), 0)"
            + " && ?x <= COALESCE(xsd:integer(?offset), 0) + COALESCE(xsd:integer(?limit), 99)) } ORDER BY ?x";

    /** Given one of its page variables, such a query gets both, so that its filters hold no unbound variable. */
    @Test
    void aQueryThatPagesByItsOwnVariablesIsGivenBoth() {
        String q = "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> " + PAGED;
        assertFalse(QueryParameters.inline(q, Map.of("limit", "2")).contains("?offset"));
        assertFalse(QueryParameters.inline(q, Map.of("offset", "2")).contains("?limit"));
        assertEquals(Map.of("limit", "2", "offset", "0"), QueryParameters.bind(q, Map.of("limit", "2")).literals());
        assertThrows(QueryParameters.InvalidParameterException.class, () -> QueryParameters.bind(q, Map.of("limit", "ten")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"limit=-1", "limit=0", "offset=-3", "limit=ten", "offset=1 } LIMIT 9"})
    void badPagingValuesAreRefused(String param) {
        String query = "SELECT ?x WHERE { VALUES ?x { 1 2 } }";
        Map<String, String> values = Map.of(param.substring(0, param.indexOf('=')), param.substring(param.indexOf('=') + 1));
        org.junit.jupiter.api.Assertions.assertThrows(QueryParameters.InvalidParameterException.class, () -> QueryParameters.bind(query, values));
    }
}
