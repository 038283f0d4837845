package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
            "GET | sparql | NONE | '' | false",
            "HEAD | '' | NONE | '' | false",
            "OPTIONS | update | NONE | '' | false",
            "POST | sparql | application/sparql-query | '' | false",
            "POST | query | application/x-www-form-urlencoded | query | false",
            "POST | sparql | application/x-www-form-urlencoded | query update | true",
            "POST | sparql | application/x-www-form-urlencoded | update | true",
            "POST | sparql | application/x-www-form-urlencoded | '' | true",
            "POST | sparql | application/sparql-update | '' | true",
            "POST | '' | text/turtle | '' | true",
            "POST | shacl | text/turtle | '' | false",
            "PUT | '' | text/turtle | '' | true",
            "DELETE | data | NONE | '' | true",
            "PATCH | '' | application/rdf-patch | '' | true",
            "POST | upload | multipart/form-data | '' | true",
    })
    void writes(String method, String endpoint, String contentType, String params, boolean write) {
        Set<String> p = Arrays.stream(params.split(" ")).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        assertEquals(write, WriteGuard.isWrite(method, endpoint, contentType, p));
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
}
