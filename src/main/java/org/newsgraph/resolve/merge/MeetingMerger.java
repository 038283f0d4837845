package org.newsgraph.resolve.merge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.newsgraph.extract.MeetingMode;
import org.newsgraph.extract.MeetingStatus;

/**
 * Merges meeting reports into canonical meetings. The result depends only on the set of reports,
 * never on their order: reports are processed in an order fixed by their content.
 *
 * <p>Rules:
 * <ul>
 * <li>Two reports can be the same meeting only with exactly the same set of participants.</li>
 * <li>Dates must be compatible at their precisions: equal days; a month or year contains the day;
 *     a report without date is compatible with any date. Reports on different days never merge.</li>
 * <li>Places must be compatible: equal, one missing, or one is the country ({@code ng:country}) of the other.
 *     A report must be compatible with every report already in the meeting.</li>
 * <li>A meeting held and a meeting not (yet) held stay apart: the plan as announced (planned, postponed,
 *     cancelled) is one node, the meeting as it took place another, so that an article that only announced it
 *     never appears to report it held. Planned, postponed and cancelled reports of one meeting merge.</li>
 * <li>Reports are taken most precise date first (days, then months, years, undated); within that by
 *     date, with place before without, then by place and IRI. A report joins the first compatible meeting
 *     when it has a day and a place; otherwise (no day or no place) it joins only when exactly one meeting
 *     is compatible. When several are, it joins the one with exactly its date and place if that is unique,
 *     else it stays a meeting of its own (ambiguity is not resolved by guessing).</li>
 * </ul>
 * The merged meeting takes the union of participants (equal by construction), the most specific place
 * (one that is not the country of another reported place), the most precise date, the most frequent mode,
 * and the status of the most recently published reports (majority among them; ties in the order
 * happened, cancelled, postponed, planned; reports without publication date count as oldest).
 */
public final class MeetingMerger {
    private static final Comparator<ReportFacts> ORDER = Comparator
            .comparingInt(ReportFacts::imprecision)
            .thenComparing(r -> r.date() == null ? "" : r.date())
            .thenComparing(r -> r.place() == null ? 1 : 0)
            .thenComparing(r -> r.place() == null ? "" : r.place())
            .thenComparing(ReportFacts::iri);

    private static final List<MeetingStatus> STATUS_PRECEDENCE =
            List.of(MeetingStatus.HAPPENED, MeetingStatus.CANCELLED, MeetingStatus.POSTPONED, MeetingStatus.PLANNED);

    private final Map<String, String> countryOf;

    /** @param countryOf place IRI → IRI of its country */
    public MeetingMerger(Map<String, String> countryOf) {
        this.countryOf = Map.copyOf(countryOf);
    }

    /** The canonical meetings, sorted by participants, date, place. Duplicate report IRIs count once. */
    public List<MergedMeeting> merge(Collection<ReportFacts> reports) {
        Map<String, ReportFacts> unique = new TreeMap<>();
        for (ReportFacts r : reports) unique.putIfAbsent(r.iri(), r);
        Map<String, List<ReportFacts>> byParticipants = new TreeMap<>();
        for (ReportFacts r : unique.values()) {
            byParticipants.computeIfAbsent(String.join(" ", r.participants()), k -> new ArrayList<>()).add(r);
        }
        List<MergedMeeting> out = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (List<ReportFacts> group : byParticipants.values()) {
            group.sort(ORDER);
            List<Cluster> clusters = new ArrayList<>();
            for (ReportFacts r : group) place(r, clusters);
            for (Cluster c : clusters) out.add(c.toMeeting(keys));
        }
        out.sort(Comparator.comparing((MergedMeeting m) -> String.join(" ", m.participants()))
                .thenComparing(m -> m.date() == null ? "" : m.date())
                .thenComparing(m -> m.place() == null ? "" : m.place())
                .thenComparing(MergedMeeting::contentKey));
        return out;
    }

    private void place(ReportFacts r, List<Cluster> clusters) {
        List<Cluster> compatible = clusters.stream().filter(c -> c.accepts(r)).toList();
        boolean firm = r.imprecision() == 0 && r.place() != null;
        if (compatible.isEmpty()) {
            clusters.add(new Cluster(r));
        } else if (firm || compatible.size() == 1) {
            compatible.get(0).add(r, firm ? null
                    : "the only compatible meeting for " + r.iri() + " (" + describe(r) + ")");
        } else {
            List<Cluster> exact = compatible.stream()
                    .filter(c -> Objects.equals(c.date(), r.date()) && Objects.equals(c.place(), r.place())).toList();
            Cluster best = bestAttested(compatible);
            if (exact.size() == 1) {
                exact.get(0).add(r, "same date and place as " + r.iri());
            } else if (best != null) {
                best.add(r, "the best-attested of " + compatible.size() + " compatible meetings for " + r.iri()
                        + " (" + describe(r) + ", " + best.articles() + " articles)");
            } else {
                Cluster c = new Cluster(r);
                c.notes.add(r.iri() + " kept apart: " + compatible.size() + " meetings are compatible with it");
                clusters.add(c);
            }
        }
    }

    /** The compatible meeting told by strictly more articles than any other, or null. */
    private static Cluster bestAttested(List<Cluster> compatible) {
        Cluster best = null;
        boolean tie = false;
        for (Cluster c : compatible) {
            if (best == null || c.articles() > best.articles()) {
                best = c;
                tie = false;
            } else if (c.articles() == best.articles()) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /**
     * Time sense: a meeting said to have happened is not dated after the article that says so, and one
     * said to be planned, postponed or cancelled is not dated before it (a day's slack for time zones).
     */
    private static boolean plausible(ReportFacts r, String date) {
        if (r.published() == null || date == null || r.published().length() < 10) return true;
        try {
            java.time.LocalDate pub = java.time.LocalDate.parse(r.published().substring(0, 10));
            java.time.LocalDate first = java.time.LocalDate.parse(
                    date.length() == 10 ? date : date.length() == 7 ? date + "-01" : date + "-01-01");
            java.time.LocalDate last = date.length() == 10 ? first
                    : date.length() == 7 ? first.plusMonths(1).minusDays(1) : first.plusYears(1).minusDays(1);
            if (r.status() == MeetingStatus.HAPPENED) return !first.isAfter(pub.plusDays(1));
            return !last.isBefore(pub.minusDays(1));
        } catch (java.time.format.DateTimeParseException e) {
            return true;
        }
    }

    /** Whether {@code later} is a plan its article tells after {@code cancelled}: "a new X–Y meeting could follow". */
    private static boolean replaces(ReportFacts cancelled, ReportFacts later) {
        return (cancelled.status() == MeetingStatus.CANCELLED || cancelled.status() == MeetingStatus.POSTPONED)
                && later.status() == MeetingStatus.PLANNED
                && cancelled.article().equals(later.article()) && cancelled.position() >= 0
                && later.position() > cancelled.position();
    }

    private boolean datesCompatible(String a, String b) {
        return a == null || b == null || a.startsWith(b) || b.startsWith(a);
    }

    boolean placesCompatible(String a, String b) {
        return a == null || b == null || a.equals(b) || b.equals(countryOf.get(a)) || a.equals(countryOf.get(b));
    }

    private static String describe(ReportFacts r) {
        return (r.date() == null ? "no date" : r.date()) + ", " + (r.place() == null ? "no place" : r.place());
    }

    private final class Cluster {
        final List<ReportFacts> members = new ArrayList<>();
        final List<String> notes = new ArrayList<>();

        Cluster(ReportFacts first) {
            members.add(first);
        }

        boolean accepts(ReportFacts r) {
            for (ReportFacts m : members) {
                if (!datesCompatible(m.date(), r.date()) || !placesCompatible(m.place(), r.place())) return false;
                // a phone call and a meeting in person the same day are two events
                if (m.mode() != null && r.mode() != null && m.mode() != r.mode()) return false;
                // a plan as announced and the meeting as held are two nodes
                if ((m.status() == MeetingStatus.HAPPENED) != (r.status() == MeetingStatus.HAPPENED)) return false;
                // one article telling a cancellation, then a plan of the same people: a new appointment
                if (replaces(m, r) || replaces(r, m)) return false;
                if (!plausible(r, m.date()) || !plausible(m, r.date())) return false;
            }
            return true;
        }

        long articles() {
            return members.stream().map(ReportFacts::article).distinct().count();
        }

        void add(ReportFacts r, String note) {
            members.add(r);
            if (note != null) notes.add(note);
        }

        String date() {
            return members.stream().map(ReportFacts::date).filter(Objects::nonNull)
                    .max(Comparator.comparingInt(String::length).thenComparing(Comparator.reverseOrder()))
                    .orElse(null);
        }

        String place() {
            Set<String> places = new TreeSet<>();
            for (ReportFacts m : members) if (m.place() != null) places.add(m.place());
            Set<String> countries = new HashSet<>();
            for (String p : places) if (countryOf.get(p) != null) countries.add(countryOf.get(p));
            List<String> specific = places.stream().filter(p -> !countries.contains(p)).toList();
            if (specific.isEmpty()) specific = List.copyOf(places);
            return mostFrequent(specific, ReportFacts::place);
        }

        private String mostFrequent(List<String> candidates, Function<ReportFacts, String> f) {
            String best = null;
            long bestCount = -1;
            for (String c : candidates) { // sorted, so ties go to the smallest
                long n = members.stream().filter(m -> c.equals(f.apply(m))).count();
                if (n > bestCount) {
                    best = c;
                    bestCount = n;
                }
            }
            return best;
        }

        MeetingStatus status() {
            String latest = members.stream().map(ReportFacts::published).filter(Objects::nonNull)
                    .max(Comparator.naturalOrder()).orElse(null);
            List<ReportFacts> recent = members.stream().filter(m -> Objects.equals(m.published(), latest)).toList();
            Map<MeetingStatus, Integer> votes = new EnumMap<>(MeetingStatus.class);
            for (ReportFacts m : recent) votes.merge(m.status(), 1, Integer::sum);
            MeetingStatus best = null;
            for (MeetingStatus s : STATUS_PRECEDENCE) {
                if (votes.getOrDefault(s, 0) > (best == null ? 0 : votes.get(best))) best = s;
            }
            return best;
        }

        MeetingMode mode() {
            Map<MeetingMode, Integer> votes = new EnumMap<>(MeetingMode.class);
            for (ReportFacts m : members) if (m.mode() != null) votes.merge(m.mode(), 1, Integer::sum);
            MeetingMode best = null;
            for (MeetingMode s : MeetingMode.values()) { // enum order breaks ties
                if (votes.getOrDefault(s, 0) > (best == null ? 0 : votes.get(best))) best = s;
            }
            return best;
        }

        MergedMeeting toMeeting(Set<String> usedKeys) {
            List<ReportFacts> sorted = members.stream().sorted(Comparator.comparing(ReportFacts::iri)).toList();
            List<String> participants = sorted.get(0).participants();
            String date = date();
            String place = place();
            String key = String.join(" ", participants) + "|" + (date == null ? "" : date) + "|" + (place == null ? "" : place);
            if (!usedKeys.add(key)) {
                key = key + "|" + sorted.get(0).iri();
                usedKeys.add(key);
            }
            List<String> articles = sorted.stream().map(ReportFacts::article).distinct().sorted().toList();
            MeetingStatus status = status();
            return new MergedMeeting(key, participants, place, date, status, mode(), sorted, articles,
                    reason(sorted, articles, date, place, status));
        }

        private String reason(List<ReportFacts> sorted, List<String> articles, String date, String place, MeetingStatus status) {
            StringBuilder b = new StringBuilder();
            if (sorted.size() == 1) {
                b.append("Single report ").append(sorted.get(0).iri()).append('.');
            } else {
                b.append("Merged ").append(sorted.size()).append(" reports from ").append(articles.size())
                        .append(" article(s): same participants; dates compatible (");
                b.append(String.join(", ", new TreeSet<>(sorted.stream().map(r -> r.date() == null ? "no date" : r.date()).toList())));
                b.append("); places compatible (");
                b.append(String.join(", ", new TreeSet<>(sorted.stream().map(r -> r.place() == null ? "no place" : r.place()).toList())));
                b.append("). Reports: ");
                b.append(String.join(", ", sorted.stream().map(ReportFacts::iri).toList())).append('.');
            }
            for (String n : notes) b.append(' ').append(Character.toUpperCase(n.charAt(0))).append(n.substring(1)).append('.');
            b.append(" Date ").append(date == null ? "unknown" : date).append(", place ").append(place == null ? "unknown" : place)
                    .append(", status ").append(status.name().toLowerCase()).append(" (from the most recently published reports).");
            return b.toString();
        }
    }
}
