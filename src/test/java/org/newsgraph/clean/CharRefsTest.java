package org.newsgraph.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CharRefsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            &amp;x      | 38     | 5
            &lt;        | 60     | 4
            &quot;      | 34     | 6
            &apos;      | 39     | 6
            &nbsp;      | 160    | 6
            &eacute;    | 233    | 8
            &Uuml;      | 220    | 6
            &yuml;      | 255    | 6
            &mdash;     | 8212   | 7
            &rsquo;     | 8217   | 7
            &laquo;     | 171    | 7
            &euro;      | 8364   | 6
            &scaron;    | 353    | 8
            &#8217;     | 8217   | 7
            &#x2019;    | 8217   | 8
            &#X2019;    | 8217   | 8
            &#39        | 39     | 4
            &#150;      | 8211   | 6
            &#0;        | 65533  | 4
            &#x110000;  | 65533  | 10
            &#xD800;    | 65533  | 8
            &#x1F600;   | 128512 | 9
            &amp more   | 38     | 4
            &copy 2025  | 169    | 5
            """)
    void decodes(String source, int codePoint, int consumed) {
        int[] cp = new int[1];
        assertEquals(consumed, CharRefs.decode(source, 0, cp));
        assertEquals(codePoint, cp[0]);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            &
            & x
            &#
            &#x
            &#;
            &unknown;
            &eacute
            &T
            """)
    void leavesNonReferencesAlone(String source) {
        assertEquals(0, CharRefs.decode(source, 0, new int[1]));
    }
}
