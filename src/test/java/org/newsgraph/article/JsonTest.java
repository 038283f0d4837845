package org.newsgraph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonTest {

    @Test
    void parsesObjectsWithEveryKindOfValue() {
        Object v = Json.parse("{\"a\": \"x\\ny\\u00e9\\\"\", \"b\": [1, -2.5e3, true, false, null], \"c\": {}}");
        Map<?, ?> m = (Map<?, ?>) v;
        assertEquals("x\ny\u00e9\"", m.get("a"));
        assertEquals(List.of(new BigDecimal("1"), new BigDecimal("-2.5e3"), true, false), ((List<?>) m.get("b")).subList(0, 4));
        assertEquals(null, ((List<?>) m.get("b")).get(4));
        assertEquals(Map.of(), m.get("c"));
        assertEquals(List.of("a", "b", "c"), List.copyOf(m.keySet()));
    }

    @Test
    void surrogatePairEscapesMakeOneCodePoint() {
        assertEquals("\uD83D\uDE00", Json.parse("\"\\ud83d\\ude00\""));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {"a": "x",}                | 1 | 11 | expected a member name
            {"a" "x"}                  | 1 | 6  | expected ':'
            {"a": "x"                  | 1 | 10 | expected ',' or '}'
            {"a": 'x'}                 | 1 | 7  | unexpected '''
            {"a": "unterminated}       | 1 | 7  | unterminated string
            {"a": "bad \\q escape"}    | 1 | 12 | invalid escape
            {"a": 01}                  | 1 | 8  | leading zeros
            {"a": 1.}                  | 1 | 9  | expected a digit after '.'
            {"a": tru}                 | 1 | 7  | expected a value
            {"a": "x"} extra           | 1 | 12 | after the JSON value
            {"a": "x", "a": "y"}       | 1 | 12 | duplicate member name "a"
            {"a": "\\u12"}             | 1 | 8  | \\u escape
            [1, 2]                     | 1 | 1  | expected a JSON object
            """)
    void rejectsMalformedInputWithLineAndColumn(String text, int line, int column, String fragment) {
        JsonParseException e = assertThrows(JsonParseException.class, () -> Json.parseObject(text, line));
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(column, e.column(), e.getMessage());
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }

    @Test
    void countsLinesFromTheGivenFirstLineAndRejectsRawControlCharacters() {
        JsonParseException e = assertThrows(JsonParseException.class, () -> Json.parseObject("{\"a\": \"x\ty\"}", 7));
        assertEquals(7, e.line());
        assertEquals(9, e.column());
        assertTrue(e.getMessage().contains("U+0009"), e.getMessage());

        JsonParseException multi = assertThrows(JsonParseException.class, () -> Json.parse("{\n  \"a\": ?\n}"));
        assertEquals(2, multi.line());
        assertEquals(8, multi.column());
    }

    @Test
    void rejectsDeepNesting() {
        String deep = "[".repeat(100) + "]".repeat(100);
        assertThrows(JsonParseException.class, () -> Json.parse(deep));
    }
}
