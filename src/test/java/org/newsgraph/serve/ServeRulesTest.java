package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Content negotiation and what counts as a write. */
class ServeRulesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
            "NONE | text/html",
            "*/* | text/html",
            "text/turtle | text/turtle",
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8 | text/html",
            "application/ld+json | application/ld+json",
            "application/n-triples, text/turtle;q=0.5 | application/n-triples",
            "text/*;q=0.5, application/ld+json;q=0.4 | text/html",
            "text/html;q=0.1, text/turtle;q=0.2 | text/turtle",
            "application/*, text/html;q=0.9 | application/ld+json",
            "application/pdf | NONE",
            "text/turtle;q=0 | NONE",
            "*/*, text/html;q=0 | text/turtle",
    })
    void negotiation(String accept, String expected) {
        assertEquals(expected, Conneg.choose(accept, LinkedData.OFFERS).orElse(null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/newsgraph/update | true",
            "/newsgraph/update/x | true",
            "/newsgraph/data | true",
            "/newsgraph/data/g | true",
            "/newsgraph | false",
            "/newsgraph/sparql | false",
            "/newsgraph/updates | false",
            "/newsgraph/database | false",
            "/id/person/x | false",
    })
    void writePaths(String path, boolean write) {
        assertEquals(write, NewsgraphServer.isWritePath(path));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "a<b>&\"c\" 'd' | a&lt;b&gt;&amp;&quot;c&quot; &#39;d&#39;",
            "plain | plain",
    })
    void escaping(String in, String out) {
        assertEquals(out, HtmlPages.esc(in));
        assertEquals(List.of(), List.of());
    }

    @org.junit.jupiter.api.Test
    void theIndexPageShowsABoundedNumberOfRows() {
        String base = "https://w3id.org/newsgraph/id/";
        List<Describer.Entry> people = new java.util.ArrayList<>();
        for (int i = 0; i < HtmlPages.MAX_INDEX_ROWS + 100; i++) {
            people.add(new Describer.Entry(base + "person/p" + i, org.newsgraph.rdf.NG.Person.getURI(), "Person " + i, 1));
        }
        String page = new HtmlPages(base).index(people, List.of());
        assertEquals(HtmlPages.MAX_INDEX_ROWS, page.split("<tr><td>", -1).length - 1);
        org.junit.jupiter.api.Assertions.assertTrue(page.contains("The first " + HtmlPages.MAX_INDEX_ROWS + " of " + people.size()), page);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "SELECT * WHERE { ?s ?p ?o } | 1",
            "SELECT * WHERE { { ?s ?p ?o } UNION { ?s ?p ?o FILTER(?o IN (1, 2)) } } | 4",
            "SELECT * WHERE { ?s ?p \"{{{{\" } | 1",
            "SELECT * WHERE { ?s ?p '''x'' {{{{ ''' } | 1",
            "SELECT * WHERE { ?s <http://a.example/x#{> ?o } | 1",
            "SELECT * WHERE { ?s ?p ?o FILTER(?o < 3) } | 2",
            "SELECT * WHERE { ?s ?p \"esc\\\" {{\" } | 1",
    })
    void nestingAsTheTokenizerSeesIt(String query, int depth) {
        assertEquals(depth, RequestLimits.nesting(query));
    }

    @org.junit.jupiter.api.Test
    void commentsAndIrisDoNotHideNesting() {
        String deep = "{".repeat(300) + "?s ?p ?o" + "}".repeat(300);
        for (String prefix : List.of("# a comment with a quote \" \n", "PREFIX x: <http://a.example/ns#> ",
                "SELECT * WHERE \"\"\"a\"b\"\"\" ", "# {{{ \n", "'unclosed\n")) {
            org.junit.jupiter.api.Assertions.assertTrue(RequestLimits.nesting(prefix + deep) >= 300, prefix);
        }
    }

    @org.junit.jupiter.api.Test
    void aMonthIsDrawnAsItsSpanAndCaptionsAreEscaped() {
        String svg = Explorer.timeline(List.of(
                new Explorer.Item("/id/meeting/a", "2025-03", "Happened", "with <b>A</b>"),
                new Explorer.Item("/id/meeting/b", "2025-03-10", "Planned", "with B"),
                new Explorer.Item("/id/meeting/c", "2026", "Cancelled", "with C")));
        java.util.regex.Matcher w = java.util.regex.Pattern.compile("data-date=\"([\\d-]+)\" data-precision=\"(\\w+)\" x=\"[\\d.]+\" y=\"\\d+\" width=\"([\\d.]+)\"").matcher(svg);
        java.util.Map<String, Double> widths = new java.util.HashMap<>();
        while (w.find()) widths.put(w.group(2), Double.parseDouble(w.group(3)));
        org.junit.jupiter.api.Assertions.assertTrue(widths.get("month") > 5 * widths.get("day"), widths.toString());
        org.junit.jupiter.api.Assertions.assertTrue(widths.get("year") > 10 * widths.get("month"), widths.toString());
        org.junit.jupiter.api.Assertions.assertFalse(svg.contains("<b>"), svg);
        String net = Explorer.egoNetwork("Ana <x>", List.of(new Explorer.Neighbor("/id/person/b", "B", 3), new Explorer.Neighbor("/id/person/c", "C", 1)));
        org.junit.jupiter.api.Assertions.assertTrue(net.contains("data-weight=\"3\"") && net.contains("href=\"/id/person/c\""), net);
        org.junit.jupiter.api.Assertions.assertFalse(net.contains("<x>"), net);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
            "type=person&status=happened&from=2025-01&to=2025-06 | Person | Happened | 2025-07 | ?type=person&status=happened&from=2025-01&to=2025-06",
            "type=nonsense&status=DROP&to=2025 | NONE | NONE | 2026 | ?to=2025",
            "to=2024-02-29&page=3 | NONE | NONE | 2024-03-01 | ?to=2024-02-29&page=3",
            "from=} LIMIT 1&page=x | NONE | NONE | NONE | ?",
    })
    void indexFiltersAreReadAndChecked(String query, String type, String status, String toExclusive, String canonical) {
        java.util.Map<String, String> params = new java.util.HashMap<>();
        for (String kv : query.split("&")) params.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
        IndexFilter f = IndexFilter.of(params::get);
        assertEquals(type, f.type());
        assertEquals(status, f.status());
        assertEquals(toExclusive, f.toExclusive());
        assertEquals(canonical, f.query(f.page()));
    }
}
