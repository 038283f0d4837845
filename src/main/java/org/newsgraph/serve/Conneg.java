package org.newsgraph.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Picks the media type to answer with from an Accept header (RFC 9110 q-values; ties go to the first offer). */
final class Conneg {

    private Conneg() {
    }

    private record Range(String type, String subtype, double q) {
        /** 3 for an exact match, 2 for type/*, 1 for * /*, 0 for none. */
        int specificity(String offer) {
            String[] o = offer.split("/", 2);
            if (type.equals("*") && subtype.equals("*")) return 1;
            if (!type.equals(o[0])) return 0;
            if (subtype.equals("*")) return 2;
            return subtype.equals(o[1]) ? 3 : 0;
        }
    }

    /**
     * The offer the client prefers, or empty when it accepts none of them; a missing or blank header
     * accepts anything, so the first offer wins.
     */
    static Optional<String> choose(String accept, List<String> offers) {
        if (offers.isEmpty()) return Optional.empty();
        if (accept == null || accept.isBlank()) return Optional.of(offers.get(0));
        List<Range> ranges = parse(accept);
        String best = null;
        double bestQ = 0;
        for (String offer : offers) {
            int spec = 0;
            double q = 0;
            for (Range r : ranges) {
                int s = r.specificity(offer);
                if (s > spec) {
                    spec = s;
                    q = r.q();
                }
            }
            if (q > bestQ) {
                best = offer;
                bestQ = q;
            }
        }
        return Optional.ofNullable(best);
    }

    private static List<Range> parse(String accept) {
        List<Range> out = new ArrayList<>();
        for (String part : accept.split(",")) {
            String[] fields = part.split(";");
            String mt = fields[0].trim().toLowerCase(Locale.ROOT);
            int slash = mt.indexOf('/');
            if (slash <= 0 || slash == mt.length() - 1) {
                if (mt.equals("*")) out.add(new Range("*", "*", qOf(fields)));
                continue;
            }
            out.add(new Range(mt.substring(0, slash), mt.substring(slash + 1), qOf(fields)));
        }
        return out;
    }

    private static double qOf(String[] fields) {
        for (int i = 1; i < fields.length; i++) {
            String f = fields[i].trim();
            if (f.length() > 2 && (f.charAt(0) == 'q' || f.charAt(0) == 'Q') && f.charAt(1) == '=') {
                try {
                    double q = Double.parseDouble(f.substring(2).trim());
                    return q < 0 ? 0 : Math.min(q, 1);
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
