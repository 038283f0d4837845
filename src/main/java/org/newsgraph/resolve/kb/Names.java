package org.newsgraph.resolve.kb;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Name normalization shared by every lookup: the same folding is applied to data and to queries. */
final class Names {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Set<String> PERSON_NOISE = Set.of("mr", "mrs", "ms", "dr", "sir", "dame");
    private static final Set<String> ARTICLES = Set.of("al", "el", "ul");
    private static final Pattern MUHAMMAD = Pattern.compile("m[ou]h?am+[ae]d");
    private static final Pattern ABDUL = Pattern.compile("abd[eu]l");
    private static final Pattern FINAL_IY = Pattern.compile("(iy|yy|ij|yi|ii)$");
    private static final Pattern Y_BETWEEN_VOWELS = Pattern.compile("(?<=[aeiou])y(?=[aeiou])");
    private static final Pattern DOUBLES = Pattern.compile("(.)\\1+");

    private Names() {
    }

    static String normalize(String name) {
        if (name == null) return "";
        // Pass 1: fold each character to lower-case base letters; punctuation that matters is kept for pass 2.
        StringBuilder f = new StringBuilder(name.length() + 8);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 128) {
                if (c >= 'A' && c <= 'Z') f.append((char) (c + 32));
                else if (c == '`') f.append('\'');
                else if (c == '&') f.append(" and ");
                else if (c == '+') f.append(" plus ");
                else f.append(c);
            } else {
                f.append(fold(c));
            }
        }
        // Pass 2: tokens of letters and digits; dots and apostrophes join ("U.S." = "US", "N'Djamena"),
        // possessive 's and s' vanish, everything else separates; the article "the" is dropped.
        StringBuilder out = new StringBuilder(f.length());
        StringBuilder tok = new StringBuilder();
        int n = f.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? f.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                tok.append(c);
            } else if (c == '.') {
                continue; // joins acronyms and abbreviations
            } else if (c == '\'') {
                boolean letterBefore = !tok.isEmpty() && Character.isLetter(tok.charAt(tok.length() - 1));
                char next = i + 1 < n ? f.charAt(i + 1) : ' ';
                char afterNext = i + 2 < n ? f.charAt(i + 2) : ' ';
                if (letterBefore && next == 's' && !Character.isLetterOrDigit(afterNext)) i++; // possessive 's
            } else {
                flush(tok, out);
            }
        }
        return out.toString();
    }

    private static void flush(StringBuilder tok, StringBuilder out) {
        if (tok.isEmpty()) return;
        if (!(tok.length() == 3 && tok.charAt(0) == 't' && tok.charAt(1) == 'h' && tok.charAt(2) == 'e')) {
            if (!out.isEmpty()) out.append(' ');
            out.append(tok);
        }
        tok.setLength(0);
    }

    private static final ConcurrentHashMap<Character, String> FOLDED = new ConcurrentHashMap<>();

    /** One non-ASCII character as lower-case base letters ("É" -> "e", "ß" -> "ss", "’" -> "'"). */
    private static String fold(char c) {
        return FOLDED.computeIfAbsent(c, k -> {
            String r = switch (c) {
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u02BC', '\u00B4' -> "'";
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> "-";
                case '\u00A0', '\u2009', '\u202F' -> " ";
                case 'ø', 'Ø' -> "o";
                case 'æ', 'Æ' -> "ae";
                case 'œ', 'Œ' -> "oe";
                case 'ß' -> "ss";
                case 'đ', 'Đ', 'ð', 'Ð' -> "d";
                case 'ł', 'Ł' -> "l";
                case 'ı' -> "i";
                case 'þ', 'Þ' -> "th";
                default -> null;
            };
            if (r != null) return r;
            String d = MARKS.matcher(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD)).replaceAll("");
            return d.toLowerCase(Locale.ROOT);
        });
    }

    static String matchKey(String personName) {
        String n = normalize(personName);
        if (n.isEmpty()) return "";
        String[] tokens = n.split(" ");
        List<String> kept = new ArrayList<>(tokens.length);
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            if (PERSON_NOISE.contains(t)) continue;
            if (i > 0 && ARTICLES.contains(t)) continue;
            kept.add(t);
        }
        // Middle initials ("Donald J. Trump") do not distinguish people often enough to keep.
        if (kept.size() > 1) kept.removeIf(t -> t.length() == 1);
        if (kept.isEmpty()) kept = List.of(tokens);
        StringBuilder out = new StringBuilder();
        for (String t : kept) {
            if (!out.isEmpty()) out.append(' ');
            out.append(foldToken(t));
        }
        return out.toString();
    }

    /** Transliteration folding: Sergei/Sergey, Zelenskyy/Zelensky/Zelenskiy, Aleksandr/Alexander, ... */
    private static String foldToken(String t) {
        if (MUHAMMAD.matcher(t).matches()) return "muhamad";
        if (ABDUL.matcher(t).matches()) return "abdul";
        t = t.replace("ks", "x").replace("kh", "h").replace("ph", "f").replace("th", "t");
        if (t.length() > 3 && t.startsWith("ye")) t = t.substring(1);
        t = FINAL_IY.matcher(t).replaceAll("y");
        if (t.length() > 2 && t.endsWith("i")) t = t.substring(0, t.length() - 1) + "y";
        if (t.length() > 4 && t.endsWith("ndr")) t = t.substring(0, t.length() - 1) + "er";
        t = Y_BETWEEN_VOWELS.matcher(t).replaceAll("");
        t = DOUBLES.matcher(t).replaceAll("$1");
        return t;
    }
}
