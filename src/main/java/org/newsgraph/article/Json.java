package org.newsgraph.article;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small strict JSON parser (RFC 8259) for JSON Lines input. Values become String, BigDecimal,
 * Boolean, null, List and Map (insertion-ordered). Errors name the line and column, so that a bad
 * line in a large file can be found.
 */
public final class Json {

    private static final int MAX_DEPTH = 64;

    private final String s;
    private final int firstLine;
    private int pos;

    private Json(String s, int firstLine) {
        this.s = s;
        this.firstLine = firstLine;
    }

    /** Parses one complete JSON value; anything but whitespace after it is an error. */
    public static Object parse(String text) {
        return parse(text, 1);
    }

    /** As {@link #parse(String)}, numbering lines from {@code firstLine} (the line of the text in its file). */
    public static Object parse(String text, int firstLine) {
        Json p = new Json(text, firstLine);
        p.skipWhitespace();
        if (p.pos >= p.s.length()) throw p.error("empty input, expected a JSON value");
        Object value = p.value(0);
        p.skipWhitespace();
        if (p.pos < p.s.length()) throw p.error("unexpected " + p.describe(p.pos) + " after the JSON value");
        return value;
    }

    /** Parses a JSON object; any other top-level value is an error. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> parseObject(String text, int firstLine) {
        Json p = new Json(text, firstLine);
        p.skipWhitespace();
        if (p.pos >= p.s.length() || p.s.charAt(p.pos) != '{') {
            throw p.error("expected a JSON object starting with '{', found " + p.describe(p.pos));
        }
        return (Map<String, Object>) parse(text, firstLine);
    }

    private Object value(int depth) {
        if (depth > MAX_DEPTH) throw error("nesting deeper than " + MAX_DEPTH);
        if (pos >= s.length()) throw error("unexpected end of input, expected a value");
        char c = s.charAt(pos);
        switch (c) {
            case '{': return object(depth);
            case '[': return array(depth);
            case '"': return string();
            case 't': return literal("true", Boolean.TRUE);
            case 'f': return literal("false", Boolean.FALSE);
            case 'n': return literal("null", null);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) return number();
                throw error("unexpected " + describe(pos) + ", expected a value");
        }
    }

    private Map<String, Object> object(int depth) {
        Map<String, Object> map = new LinkedHashMap<>();
        pos++;
        skipWhitespace();
        if (peek('}')) {
            pos++;
            return Collections.unmodifiableMap(map);
        }
        while (true) {
            skipWhitespace();
            if (!peek('"')) throw error("expected a member name in double quotes, found " + describe(pos));
            int keyAt = pos;
            String key = string();
            skipWhitespace();
            if (!peek(':')) throw error("expected ':' after member name, found " + describe(pos));
            pos++;
            skipWhitespace();
            Object v = value(depth + 1);
            if (map.containsKey(key)) throw errorAt(keyAt, "duplicate member name \"" + key + "\"");
            map.put(key, v);
            skipWhitespace();
            if (peek(',')) {
                pos++;
            } else if (peek('}')) {
                pos++;
                return Collections.unmodifiableMap(map);
            } else {
                throw error("expected ',' or '}' in object, found " + describe(pos));
            }
        }
    }

    private List<Object> array(int depth) {
        List<Object> list = new ArrayList<>();
        pos++;
        skipWhitespace();
        if (peek(']')) {
            pos++;
            return Collections.unmodifiableList(list);
        }
        while (true) {
            skipWhitespace();
            list.add(value(depth + 1));
            skipWhitespace();
            if (peek(',')) {
                pos++;
            } else if (peek(']')) {
                pos++;
                return Collections.unmodifiableList(list);
            } else {
                throw error("expected ',' or ']' in array, found " + describe(pos));
            }
        }
    }

    private String string() {
        int start = pos;
        pos++;
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= s.length()) throw errorAt(start, "unterminated string");
            char c = s.charAt(pos);
            if (c == '"') {
                pos++;
                return sb.toString();
            }
            if (c < 0x20) throw error("control character U+" + String.format("%04X", (int) c) + " in string must be escaped");
            if (c == '\\') {
                pos++;
                if (pos >= s.length()) throw errorAt(start, "unterminated string");
                char e = s.charAt(pos);
                switch (e) {
                    case '"': sb.append('"'); break;
                    case '\\': sb.append('\\'); break;
                    case '/': sb.append('/'); break;
                    case 'b': sb.append('\b'); break;
                    case 'f': sb.append('\f'); break;
                    case 'n': sb.append('\n'); break;
                    case 'r': sb.append('\r'); break;
                    case 't': sb.append('\t'); break;
                    case 'u':
                        if (pos + 4 >= s.length()) throw errorAt(pos - 1, "incomplete \\u escape");
                        int cp = 0;
                        for (int i = 1; i <= 4; i++) {
                            int d = Character.digit(s.charAt(pos + i), 16);
                            if (d < 0) throw errorAt(pos - 1, "invalid \\u escape, expected four hex digits");
                            cp = cp * 16 + d;
                        }
                        sb.append((char) cp);
                        pos += 4;
                        break;
                    default:
                        throw errorAt(pos - 1, "invalid escape '\\" + e + "'");
                }
                pos++;
            } else {
                sb.append(c);
                pos++;
            }
        }
    }

    private BigDecimal number() {
        int start = pos;
        if (peek('-')) pos++;
        if (peek('0')) {
            pos++;
            if (digitAhead()) throw error("invalid number, leading zeros are not allowed");
        } else if (pos < s.length() && s.charAt(pos) >= '1' && s.charAt(pos) <= '9') {
            digits();
        } else {
            throw error("invalid number, expected a digit");
        }
        if (peek('.')) {
            pos++;
            if (!digitAhead()) throw error("invalid number, expected a digit after '.'");
            digits();
        }
        if (peek('e') || peek('E')) {
            pos++;
            if (peek('+') || peek('-')) pos++;
            if (!digitAhead()) throw error("invalid number, expected a digit in the exponent");
            digits();
        }
        return new BigDecimal(s.substring(start, pos));
    }

    private boolean digitAhead() {
        return pos < s.length() && s.charAt(pos) >= '0' && s.charAt(pos) <= '9';
    }

    private void digits() {
        while (digitAhead()) pos++;
    }

    private Object literal(String word, Object value) {
        if (!s.startsWith(word, pos)) throw error("unexpected " + describe(pos) + ", expected a value");
        pos += word.length();
        return value;
    }

    private boolean peek(char c) {
        return pos < s.length() && s.charAt(pos) == c;
    }

    private void skipWhitespace() {
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') pos++;
            else break;
        }
    }

    private String describe(int at) {
        if (at >= s.length()) return "end of input";
        char c = s.charAt(at);
        if (c < 0x20 || c == 0x7f) return "character U+" + String.format("%04X", (int) c);
        return "'" + c + "'";
    }

    private JsonParseException error(String message) {
        return errorAt(pos, message);
    }

    private JsonParseException errorAt(int at, String message) {
        int line = firstLine;
        int lineStart = 0;
        for (int i = 0; i < at && i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new JsonParseException(message, line, at - lineStart + 1);
    }
}
