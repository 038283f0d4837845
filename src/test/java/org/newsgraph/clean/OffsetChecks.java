package org.newsgraph.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Checks that a clean text's offset map points at the characters each clean character came from. */
final class OffsetChecks {
    /** Named references the fixtures use; kept apart from the production table on purpose. */
    private static final Map<String, Integer> NAMED = Map.ofEntries(
            Map.entry("amp", 38), Map.entry("lt", 60), Map.entry("gt", 62), Map.entry("quot", 34),
            Map.entry("apos", 39), Map.entry("nbsp", 160), Map.entry("mdash", 8212), Map.entry("ndash", 8211),
            Map.entry("hellip", 8230), Map.entry("lsquo", 8216), Map.entry("rsquo", 8217),
            Map.entry("ldquo", 8220), Map.entry("rdquo", 8221), Map.entry("laquo", 171),
            Map.entry("raquo", 187), Map.entry("eacute", 233), Map.entry("copy", 169));

    private OffsetChecks() {
    }

    static String resource(String name) {
        try (InputStream in = OffsetChecks.class.getResourceAsStream("/clean/" + name)) {
            if (in == null) throw new IllegalStateException("no fixture " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void assertWellFormed(String original, CleanText c) {
        int[] map = c.toOriginal();
        for (int i = 0; i < map.length; i++) {
            assertTrue(map[i] >= 0 && map[i] <= original.length(), "offset out of range at " + i);
            if (i > 0) assertTrue(map[i] >= map[i - 1], "offsets go backwards at " + i);
        }
    }

    /** Plain text: each character is the original one; spaces and line breaks come from whitespace. */
    static void assertExactPlain(String original, CleanText c) {
        assertWellFormed(original, c);
        String t = c.text();
        for (int i = 0; i < t.length(); i++) {
            char clean = t.charAt(i);
            char orig = original.charAt(c.toOriginal()[i]);
            if (clean == '\n') assertTrue(orig == '\n' || orig == '\r', "line break at " + i + " maps to '" + orig + "'");
            else if (clean == ' ') assertTrue(Character.isWhitespace(orig) || Character.isSpaceChar(orig), "space at " + i);
            else assertEquals(orig, clean, "character " + i + " of " + t);
        }
    }

    /** HTML: each character is the source one or the value of the character reference at its offset. */
    static void assertExactHtml(String html, CleanText c) {
        assertWellFormed(html, c);
        String t = c.text();
        for (int i = 0; i < t.length(); i++) {
            char clean = t.charAt(i);
            int o = c.toOriginal()[i];
            char orig = html.charAt(o);
            if (clean == '\n') {
                assertTrue(orig == '<' || orig == '\n' || orig == '\r', "line break at " + i + " maps to '" + orig + "'");
            } else if (orig == '&' && clean != '&') {
                int value = reference(html, o);
                if (clean == ' ') assertTrue(Character.isSpaceChar(value) || Character.isWhitespace(value));
                else if (Character.isSurrogate(clean)) assertEquals(value, Character.codePointAt(t, Character.isHighSurrogate(clean) ? i : i - 1));
                else assertEquals(value, clean, "reference at " + o);
            } else if (clean == ' ') {
                assertTrue(Character.isWhitespace(orig) || Character.isSpaceChar(orig), "space at " + i + " maps to '" + orig + "'");
            } else {
                assertEquals(orig, clean, "character " + i + " of " + t);
            }
        }
    }

    /** The code point of the character reference at {@code amp}, or '&amp;' itself when there is none. */
    private static int reference(String html, int amp) {
        int i = amp + 1;
        if (i < html.length() && html.charAt(i) == '#') {
            boolean hex = i + 1 < html.length() && (html.charAt(i + 1) == 'x' || html.charAt(i + 1) == 'X');
            int start = hex ? i + 2 : i + 1;
            int end = start;
            while (end < html.length() && Character.digit(html.charAt(end), hex ? 16 : 10) >= 0) end++;
            if (end == start) return '&';
            long v = Long.parseLong(html.substring(start, Math.min(end, start + 8)), hex ? 16 : 10);
            if (v >= 0x91 && v <= 0x97) return "\u2018\u2019\u201C\u201D\u2022\u2013\u2014".charAt((int) v - 0x91); // as browsers read Windows-1252
            return v > 0x10FFFF || v == 0 ? 0xFFFD : (int) v;
        }
        int end = i;
        while (end < html.length() && Character.isLetterOrDigit(html.charAt(end))) end++;
        Integer v = NAMED.get(html.substring(i, end));
        return v == null ? '&' : v;
    }
}
