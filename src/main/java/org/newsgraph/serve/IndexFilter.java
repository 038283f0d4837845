package org.newsgraph.serve;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the index page lists: one type or all, meetings of one status, in a period ({@code from} and {@code to}
 * as {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, both ends included), and which page of 100 rows.
 * Read from a request's parameters, checked: a value it does not know is ignored, never passed on.
 */
record IndexFilter(String type, String status, String from, String to, int page) {
    static final int PAGE_SIZE = 100;
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Map<String, String> TYPES = Map.of("person", "Person", "organization", "Organization", "place", "Place");
    private static final Map<String, String> STATUSES = Map.of("happened", "Happened", "planned", "Planned",
            "postponed", "Postponed", "cancelled", "Cancelled");

    IndexFilter {
        if (page < 1) throw new IllegalArgumentException("page must be 1 or more");
    }

    static IndexFilter of(java.util.function.Function<String, String> param) {
        String t = lower(param.apply("type"));
        String st = lower(param.apply("status"));
        String type = t == null ? null : TYPES.get(t);
        String status = st == null ? null : STATUSES.get(st);
        String from = date(param.apply("from"));
        String to = date(param.apply("to"));
        int page = 1;
        try {
            String p = param.apply("page");
            if (p != null) page = Math.max(1, Math.min(100_000, Integer.parseInt(p.strip())));
        } catch (NumberFormatException e) {
            page = 1;
        }
        return new IndexFilter(type, status, from, to, page);
    }

    private static String lower(String s) {
        return s == null ? null : s.strip().toLowerCase(Locale.ROOT);
    }

    private static String date(String s) {
        return s != null && DATE.matcher(s.strip()).matches() ? s.strip() : null;
    }

    /** Whether the page lists one selection rather than the overview of every type. */
    boolean selective() {
        return type != null || status != null || from != null || to != null || page > 1;
    }

    /** Whether entities without a matching meeting are left out. */
    boolean needsMeetings() {
        return status != null || from != null || to != null;
    }

    /** The first date string after the period {@code to} names: dates below it are in the period. */
    String toExclusive() {
        if (to == null) return null;
        return switch (to.length()) {
            case 4 -> Integer.toString(Integer.parseInt(to) + 1);
            case 7 -> java.time.YearMonth.parse(to).plusMonths(1).toString();
            default -> java.time.LocalDate.parse(to).plusDays(1).toString();
        };
    }

    /** The query string of this selection on another page (parameters in a fixed order). */
    String query(int otherPage) {
        Map<String, String> p = new LinkedHashMap<>();
        if (type != null) p.put("type", type.toLowerCase(Locale.ROOT));
        if (status != null) p.put("status", status.toLowerCase(Locale.ROOT));
        if (from != null) p.put("from", from);
        if (to != null) p.put("to", to);
        if (otherPage > 1) p.put("page", Integer.toString(otherPage));
        StringBuilder b = new StringBuilder();
        p.forEach((k, v) -> b.append(b.length() == 0 ? "?" : "&").append(k).append('=').append(v));
        return b.length() == 0 ? "?" : b.toString();
    }
}
