package org.newsgraph.store.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsgraph.extract.MeetingStatus;

/**
 * The network of persons who took part in the meetings a filter keeps: a node per person, an edge per
 * unordered pair of persons in the same meeting, weighted by the number of distinct meetings. With the
 * default filter (status happened) the edges are exactly the ng:metWith pairs. Nodes and edges sorted by IRI.
 */
public final class PersonNetwork {

    /** A person with the kept meetings they took part in (sorted by date, undated last, then IRI). */
    public record PersonNode(EntityData person, String title, String country, List<MeetingData> meetings) {
        public PersonNode {
            meetings = List.copyOf(meetings);
        }

        public String iri() {
            return person.iri();
        }

        public DateSpan firstDate() {
            return meetings.stream().map(MeetingData::date).filter(java.util.Objects::nonNull)
                    .min(DateSpan.ORDER).orElse(null);
        }

        /** The date whose span ends last. */
        public DateSpan lastDate() {
            return meetings.stream().map(MeetingData::date).filter(java.util.Objects::nonNull)
                    .max(LATEST).orElse(null);
        }

        /** The first day of the earliest dated meeting to the last day of the latest; null when none is dated. */
        public Interval activeSpan() {
            LocalDate lo = null;
            LocalDate hi = null;
            for (MeetingData m : meetings) {
                if (m.date() == null) continue;
                if (lo == null || m.date().start().isBefore(lo)) lo = m.date().start();
                if (hi == null || m.date().end().isAfter(hi)) hi = m.date().end();
            }
            return lo == null ? null : new Interval(lo, hi);
        }
    }

    /** Two persons ({@code source} before {@code target} by IRI) and the kept meetings they were both in. */
    public record Edge(String source, String target, List<MeetingData> meetings, List<String> placeLabels,
                       int sourceArticles, Set<MeetingStatus> statuses) {
        public Edge {
            if (source.compareTo(target) >= 0) throw new IllegalArgumentException("source must sort before target");
            meetings = List.copyOf(meetings);
            placeLabels = List.copyOf(placeLabels);
            statuses = Set.copyOf(statuses);
        }

        public int weight() {
            return meetings.size();
        }

        /** The distinct dates, earliest first. */
        public List<DateSpan> dates() {
            TreeSet<DateSpan> ds = new TreeSet<>(DateSpan.ORDER);
            for (MeetingData m : meetings) if (m.date() != null) ds.add(m.date());
            return List.copyOf(ds);
        }

        public DateSpan firstDate() {
            List<DateSpan> d = dates();
            return d.isEmpty() ? null : d.get(0);
        }

        /** The date whose span ends last. */
        public DateSpan lastDate() {
            return dates().stream().max(LATEST).orElse(null);
        }

        /** The days of its dated meetings as disjoint intervals, overlapping ones merged, earliest first. */
        public List<Interval> spells() {
            List<Interval> out = new ArrayList<>();
            for (DateSpan d : dates()) {
                Interval last = out.isEmpty() ? null : out.get(out.size() - 1);
                if (last != null && !d.start().isAfter(last.end())) {
                    if (d.end().isAfter(last.end())) out.set(out.size() - 1, new Interval(last.start(), d.end()));
                } else {
                    out.add(new Interval(d.start(), d.end()));
                }
            }
            return out;
        }
    }

    /** Closed interval of days. */
    public record Interval(LocalDate start, LocalDate end) {
        public Interval {
            if (end.isBefore(start)) throw new IllegalArgumentException("interval ends before it starts");
        }
    }

    private static final Comparator<DateSpan> LATEST = Comparator.comparing(DateSpan::end)
            .thenComparing(DateSpan::start).thenComparing(DateSpan::lexical);

    private static final Comparator<MeetingData> CHRONOLOGICAL = Comparator
            .comparing((MeetingData m) -> m.date() == null ? LocalDate.MAX : m.date().start())
            .thenComparing(MeetingData::iri);

    private final List<PersonNode> nodes;
    private final List<Edge> edges;

    private PersonNetwork(List<PersonNode> nodes, List<Edge> edges) {
        this.nodes = List.copyOf(nodes);
        this.edges = List.copyOf(edges);
    }

    public List<PersonNode> nodes() {
        return nodes;
    }

    public List<Edge> edges() {
        return edges;
    }

    public static PersonNetwork of(StoreSnapshot snapshot, MeetingFilter filter) {
        Map<String, List<MeetingData>> byPerson = new TreeMap<>();
        Map<String, List<MeetingData>> byPair = new TreeMap<>();
        for (MeetingData m : snapshot.meetings()) {
            if (!filter.accepts(m)) continue;
            List<String> people = m.participantIris().stream().filter(snapshot::isPerson).sorted().toList();
            for (int i = 0; i < people.size(); i++) {
                byPerson.computeIfAbsent(people.get(i), k -> new ArrayList<>()).add(m);
                for (int j = i + 1; j < people.size(); j++) {
                    byPair.computeIfAbsent(people.get(i) + "\n" + people.get(j), k -> new ArrayList<>()).add(m);
                }
            }
        }
        List<PersonNode> nodes = new ArrayList<>();
        byPerson.forEach((iri, ms) -> {
            EntityData e = snapshot.entities().get(iri);
            List<MeetingData> sorted = ms.stream().sorted(CHRONOLOGICAL).toList();
            String country = String.join("; ", snapshot.countryLabels(iri));
            nodes.add(new PersonNode(e, e.titles().isEmpty() ? null : String.join("; ", e.titles()),
                    country.isEmpty() ? null : country, sorted));
        });
        List<Edge> edges = new ArrayList<>();
        byPair.forEach((key, ms) -> {
            int nl = key.indexOf('\n');
            List<MeetingData> sorted = ms.stream().sorted(CHRONOLOGICAL).toList();
            Set<String> places = new LinkedHashSet<>();
            Set<String> articles = new TreeSet<>();
            Set<MeetingStatus> statuses = new TreeSet<>();
            for (MeetingData m : sorted) {
                if (m.placeIri() != null) places.add(snapshot.label(m.placeIri()));
                articles.addAll(m.articleIds());
                statuses.add(m.status());
            }
            edges.add(new Edge(key.substring(0, nl), key.substring(nl + 1), sorted, List.copyOf(places),
                    articles.size(), statuses));
        });
        return new PersonNetwork(nodes, edges);
    }
}
