package org.newsgraph.clean;

import java.util.HashMap;
import java.util.Map;

/** Decoding of HTML character references (named, decimal and hexadecimal). */
final class CharRefs {
    private static final Map<String, Integer> NAMED = new HashMap<>();
    private static final int MAX_NAME = 10;

    static {
        String[] latin1 = ("nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg "
                + "plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest "
                + "Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc "
                + "Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute "
                + "THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave "
                + "iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc "
                + "uuml yacute thorn yuml").split(" ");
        for (int i = 0; i < latin1.length; i++) NAMED.put(latin1[i], 0xA0 + i);
        Object[] other = {
            "amp", 38, "lt", 60, "gt", 62, "quot", 34, "apos", 39, "AMP", 38, "LT", 60, "GT", 62, "QUOT", 34,
            "OElig", 338, "oelig", 339, "Scaron", 352, "scaron", 353, "Yuml", 376, "fnof", 402, "circ", 710,
            "tilde", 732, "ensp", 8194, "emsp", 8195, "thinsp", 8201, "zwnj", 8204, "zwj", 8205, "lrm", 8206,
            "rlm", 8207, "hyphen", 8208, "dash", 8208, "ndash", 8211, "mdash", 8212, "horbar", 8213,
            "lsquo", 8216, "rsquo", 8217, "sbquo", 8218, "ldquo", 8220, "rdquo", 8221, "bdquo", 8222,
            "dagger", 8224, "Dagger", 8225, "bull", 8226, "hellip", 8230, "permil", 8240, "prime", 8242,
            "Prime", 8243, "lsaquo", 8249, "rsaquo", 8250, "oline", 8254, "frasl", 8260, "euro", 8364,
            "trade", 8482, "larr", 8592, "uarr", 8593, "rarr", 8594, "darr", 8595, "minus", 8722,
            "Aogon", 260, "aogon", 261, "Cacute", 262, "cacute", 263, "Ccaron", 268, "ccaron", 269,
            "Eogon", 280, "eogon", 281, "Ecaron", 282, "ecaron", 283, "Gbreve", 286, "gbreve", 287,
            "Idot", 304, "imath", 305, "inodot", 305, "Lstrok", 321, "lstrok", 322, "Nacute", 323,
            "nacute", 324, "Ncaron", 327, "ncaron", 328, "Rcaron", 344, "rcaron", 345, "Sacute", 346,
            "sacute", 347, "Scedil", 350, "scedil", 351, "Tcaron", 356, "tcaron", 357, "Uring", 366,
            "uring", 367, "Zacute", 377, "zacute", 378, "Zdot", 379, "zdot", 380, "Zcaron", 381, "zcaron", 382,
            "Alpha", 913, "alpha", 945, "Beta", 914, "beta", 946, "Gamma", 915, "gamma", 947, "Delta", 916,
            "delta", 948, "pi", 960, "mu", 956, "sigma", 963, "Omega", 937, "omega", 969,
            "laquo", 171, "raquo", 187, "NewLine", 10, "Tab", 9, "nbsp", 160, "star", 9734, "starf", 9733,
            "check", 10003, "cross", 10007, "hearts", 9829, "deg", 176, "half", 189, "num", 35, "excl", 33,
            "quest", 63, "lpar", 40, "rpar", 41, "comma", 44, "period", 46, "colon", 58, "semi", 59,
            "sol", 47, "bsol", 92, "commat", 64, "dollar", 36, "percnt", 37, "lsqb", 91, "rsqb", 93,
            "lcub", 123, "rcub", 125, "ast", 42, "plus", 43, "equals", 61, "verbar", 124, "vert", 124,
            "lowbar", 95, "grave", 96, "Hat", 94, "ThinSpace", 8201, "NonBreakingSpace", 160,
        };
        for (int i = 0; i < other.length; i += 2) NAMED.put((String) other[i], (Integer) other[i + 1]);
    }

    /** Windows-1252 meanings of numeric references 0x80-0x9F, as browsers decode them. */
    private static final int[] CP1252 = {
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152,
        0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122,
        0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    };

    private CharRefs() {
    }

    /**
     * Decodes the reference whose '&amp;' is at {@code pos}. Returns the number of source characters
     * consumed (0 if this is not a reference) and stores the code point in {@code cp[0]}.
     */
    static int decode(String s, int pos, int[] cp) {
        int n = s.length();
        int i = pos + 1;
        if (i >= n) return 0;
        char c = s.charAt(i);
        if (c == '#') {
            i++;
            boolean hex = i < n && (s.charAt(i) == 'x' || s.charAt(i) == 'X');
            if (hex) i++;
            int start = i;
            long value = 0;
            while (i < n && i - start < 8) {
                int d = Character.digit(s.charAt(i), hex ? 16 : 10);
                if (d < 0) break;
                value = value * (hex ? 16 : 10) + d;
                i++;
            }
            if (i == start) return 0;
            if (i < n && s.charAt(i) == ';') i++;
            cp[0] = numeric(value);
            return i - pos;
        }
        if (!isAsciiLetter(c)) return 0;
        int start = i;
        while (i < n && i - start <= MAX_NAME + 6 && isAsciiAlnum(s.charAt(i))) i++;
        String name = s.substring(start, i);
        boolean semi = i < n && s.charAt(i) == ';';
        Integer v = NAMED.get(name);
        if (v == null) return 0;
        if (!semi && !legacy(name)) return 0;
        cp[0] = v;
        return i - pos + (semi ? 1 : 0);
    }

    private static boolean legacy(String name) {
        return switch (name) {
            case "amp", "lt", "gt", "quot", "nbsp", "copy", "reg", "AMP", "LT", "GT", "QUOT" -> true;
            default -> false;
        };
    }

    private static int numeric(long v) {
        if (v >= 0x80 && v <= 0x9F) return CP1252[(int) v - 0x80];
        if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0xFFFD;
        return (int) v;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAsciiAlnum(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9');
    }
}
