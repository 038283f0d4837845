package org.newsgraph.serve;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Drawings for the pages, as inline SVG made on the server: they need no script and nothing from the internet, and
 * every mark is a link. A timeline of meetings, where a date known to the month or the year is drawn as the span
 * it is; and an ego network, a person among the people they met, edges as thick as the meetings they share.
 */
final class Explorer {
    private Explorer() {}

    /** A meeting on a timeline: its page, date as stored (day, month or year), status and a caption. */
    record Item(String href, String date, String status, String caption) {
        Item {
            Objects.requireNonNull(date, "date");
            if (!date.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) throw new IllegalArgumentException("not a date: " + date);
        }

        LocalDate start() {
            return switch (date.length()) {
                case 10 -> LocalDate.parse(date);
                case 7 -> YearMonth.parse(date).atDay(1);
                default -> LocalDate.of(Integer.parseInt(date), 1, 1);
            };
        }

        /** The day after the last day the date may mean. */
        LocalDate end() {
            return switch (date.length()) {
                case 10 -> start().plusDays(1);
                case 7 -> start().plusMonths(1);
                default -> start().plusYears(1);
            };
        }
    }

    /** Someone the person met: their page, name and number of meetings together. */
    record Neighbor(String href, String label, int meetings) {
    }

    private static final int WIDTH = 720;
    private static final int ROW = 18;

    static String timeline(List<Item> items) {
        if (items.isEmpty()) return "";
        List<Item> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(Item::start).thenComparing(Item::date));
        LocalDate from = sorted.get(0).start();
        LocalDate to = sorted.stream().map(Item::end).max(Comparator.naturalOrder()).orElseThrow();
        from = from.withDayOfMonth(1);
        long days = Math.max(31, ChronoUnit.DAYS.between(from, to));
        int left = 10;
        int usable = WIDTH - 2 * left;
        int height = 30 + sorted.size() * ROW;
        StringBuilder b = new StringBuilder();
        b.append("<figure class=\"timeline\"><svg role=\"img\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" width=\"100%\" aria-label=\"Timeline of ").append(sorted.size()).append(" meetings\">\n");
        // year (or month, on short spans) ticks
        boolean byMonth = days < 800;
        for (LocalDate t = byMonth ? from : from.withDayOfYear(1); t.isBefore(to); t = byMonth ? t.plusMonths(1) : t.plusYears(1)) {
            if (t.isBefore(from)) continue;
            double x = left + usable * (double) ChronoUnit.DAYS.between(from, t) / days;
            b.append("<line class=\"tick\" x1=\"").append(fmt(x)).append("\" y1=\"0\" x2=\"").append(fmt(x)).append("\" y2=\"")
                    .append(height).append("\" stroke=\"#ddd\"/>");
            b.append("<text x=\"").append(fmt(x + 2)).append("\" y=\"12\" font-size=\"10\" fill=\"#555\">")
                    .append(byMonth ? t.toString().substring(0, 7) : Integer.toString(t.getYear())).append("</text>\n");
        }
        int row = 0;
        for (Item it : sorted) {
            double x1 = left + usable * (double) ChronoUnit.DAYS.between(from, it.start()) / days;
            double x2 = left + usable * (double) ChronoUnit.DAYS.between(from, it.end()) / days;
            double w = Math.max(4, x2 - x1);
            int y = 22 + row++ * ROW;
            String precision = it.date().length() == 10 ? "day" : it.date().length() == 7 ? "month" : "year";
            b.append("<a href=\"").append(HtmlPages.esc(it.href())).append("\"><rect class=\"tl-item tl-")
                    .append(HtmlPages.esc(it.status().toLowerCase(Locale.ROOT))).append("\" data-date=\"").append(it.date())
                    .append("\" data-precision=\"").append(precision).append("\" x=\"").append(fmt(x1)).append("\" y=\"").append(y)
                    .append("\" width=\"").append(fmt(w)).append("\" height=\"12\" rx=\"2\" fill=\"").append(color(it.status()))
                    .append(precision.equals("day") ? "" : "\" fill-opacity=\"0.45")
                    .append("\"><title>").append(HtmlPages.esc(it.date() + " · " + it.status() + " · " + it.caption()))
                    .append("</title></rect>");
            double tx = x1 + w + 4 > WIDTH - 150 ? Math.max(left, x1 - 4) : x1 + w + 4;
            String anchor = tx < x1 ? "end" : "start";
            b.append("<text x=\"").append(fmt(tx)).append("\" y=\"").append(y + 10).append("\" font-size=\"11\" text-anchor=\"")
                    .append(anchor).append("\">").append(HtmlPages.esc(it.date() + " " + it.caption())).append("</text></a>\n");
        }
        b.append("</svg><figcaption>Meetings in time; a date known only to the month or the year is drawn as that whole span,"
                + " paler.</figcaption></figure>\n");
        return b.toString();
    }

    static String egoNetwork(String centerLabel, List<Neighbor> neighbors) {
        if (neighbors.isEmpty()) return "";
        List<Neighbor> shown = new ArrayList<>(neighbors);
        shown.sort(Comparator.comparingInt((Neighbor n) -> -n.meetings()).thenComparing(Neighbor::label));
        if (shown.size() > 40) shown = shown.subList(0, 40);
        int size = 520;
        double cx = size / 2.0;
        double cy = size / 2.0;
        double radius = size / 2.0 - 70;
        int max = shown.stream().mapToInt(Neighbor::meetings).max().orElse(1);
        StringBuilder edges = new StringBuilder();
        StringBuilder nodes = new StringBuilder();
        for (int i = 0; i < shown.size(); i++) {
            Neighbor n = shown.get(i);
            double a = 2 * Math.PI * i / shown.size() - Math.PI / 2;
            double x = cx + radius * Math.cos(a);
            double y = cy + radius * Math.sin(a);
            double w = 1 + 5.0 * n.meetings() / max;
            edges.append("<line class=\"edge\" data-weight=\"").append(n.meetings()).append("\" x1=\"").append(fmt(cx)).append("\" y1=\"")
                    .append(fmt(cy)).append("\" x2=\"").append(fmt(x)).append("\" y2=\"").append(fmt(y))
                    .append("\" stroke=\"#8aa\" stroke-width=\"").append(fmt(w)).append("\"><title>")
                    .append(n.meetings()).append(n.meetings() == 1 ? " meeting" : " meetings").append("</title></line>\n");
            String anchor = Math.cos(a) < -0.2 ? "end" : Math.cos(a) > 0.2 ? "start" : "middle";
            double tx = x + 9 * Math.cos(a);
            double ty = y + 9 * Math.sin(a) + 4;
            nodes.append("<a class=\"node-link\" href=\"").append(HtmlPages.esc(n.href())).append("\"><circle class=\"node\" cx=\"")
                    .append(fmt(x)).append("\" cy=\"").append(fmt(y)).append("\" r=\"6\" fill=\"#2a6f97\"><title>")
                    .append(HtmlPages.esc(n.label())).append("</title></circle><text x=\"").append(fmt(tx)).append("\" y=\"").append(fmt(ty))
                    .append("\" font-size=\"11\" text-anchor=\"").append(anchor).append("\">").append(HtmlPages.esc(n.label()))
                    .append("</text></a>\n");
        }
        return "<figure class=\"network\"><svg role=\"img\" viewBox=\"0 0 " + size + " " + size + "\" width=\"100%\" style=\"max-width:"
                + size + "px\" aria-label=\"" + HtmlPages.esc(centerLabel) + " and the " + shown.size() + " people met\">\n" + edges
                + "<circle class=\"center\" cx=\"" + fmt(cx) + "\" cy=\"" + fmt(cy) + "\" r=\"9\" fill=\"#c0392b\"/>"
                + "<text x=\"" + fmt(cx) + "\" y=\"" + fmt(cy - 14) + "\" font-size=\"12\" font-weight=\"bold\" text-anchor=\"middle\">"
                + HtmlPages.esc(centerLabel) + "</text>\n" + nodes + "</svg><figcaption>Who " + HtmlPages.esc(centerLabel)
                + " met: a line's width is the number of meetings; follow a name to that person.</figcaption></figure>\n";
    }

    private static String color(String status) {
        return switch (status.toLowerCase(Locale.ROOT)) {
            case "happened" -> "#2a6f97";
            case "planned" -> "#e0a800";
            case "postponed" -> "#8e44ad";
            case "cancelled" -> "#c0392b";
            default -> "#777";
        };
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
