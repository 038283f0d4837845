package org.newsgraph.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.MeetingMode;
import org.newsgraph.extract.MeetingStatus;
import org.newsgraph.resolve.entities.EntityNaming;
import org.newsgraph.resolve.entities.EntityUnifier;
import org.newsgraph.resolve.entities.Identities;
import org.newsgraph.resolve.merge.MeetingMerger;
import org.newsgraph.resolve.merge.MergedMeeting;
import org.newsgraph.resolve.merge.ReportFacts;

/**
 * Times meeting merging and cross-article entity resolution on generated reports: meetings among a few
 * thousand people (a few pairs meet very often), each told by one to four articles that give the date at
 * different precisions, leave out the place or give only its country, and name people by full name,
 * transliteration variant or surname alone. Deterministic for a seed.
 */
public final class MergeBench {
    private static final String BASE = "https://w3id.org/newsgraph/id/";
    private static final String[] GIVEN = {"Amara", "Chidi", "Sergey", "Ivo", "Lina", "Tomas", "Ada", "Nadia", "Pavel", "Rosa",
            "Yusuf", "Mei", "Aleksandr", "Ines", "Kofi", "Hana", "Oleg", "Sara", "Dmitriy", "Lucia"};

    /** One measured size. */
    public record Row(int reports, int people, int articles, int meetings, double mergeMs, double resolveMs,
                      double bothMs, int canonicalPeople, long heapMb) {
    }

    /** Generated input: reports with the IRIs articles use, and the articles' namings. */
    public record Input(List<ReportFacts> reports, List<EntityNaming> namings, Map<String, String> countryOf, int articles) {
    }

    private MergeBench() {
    }

    public static Input generate(int reportCount, int people, long seed) {
        Random rnd = new Random(seed);
        String[] surnames = new String[people];
        for (int i = 0; i < people; i++) surnames[i] = surname(i);
        Map<String, String> countryOf = new HashMap<>();
        int places = Math.max(10, people / 10);
        for (int i = 0; i < places; i++) countryOf.put(BASE + "place/city-" + i, BASE + "place/country-" + (i % 40));
        List<ReportFacts> reports = new ArrayList<>(reportCount);
        List<EntityNaming> namings = new ArrayList<>();
        int article = 0;
        while (reports.size() < reportCount) {
            // a few pairs meet very often: the square skews choices towards low numbers
            int a = (int) (people * Math.pow(rnd.nextDouble(), 2));
            int b = (int) (people * Math.pow(rnd.nextDouble(), 2));
            if (a == b) continue;
            String day = String.format("2025-%02d-%02d", 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
            String city = BASE + "place/city-" + rnd.nextInt(places);
            MeetingMode mode = rnd.nextInt(10) == 0 ? MeetingMode.PHONE : MeetingMode.IN_PERSON;
            int tellers = 1 + rnd.nextInt(4);
            for (int t = 0; t < tellers && reports.size() < reportCount; t++) {
                String art = BASE + "article/a" + article++;
                String published = day.substring(0, 8) + String.format("%02d", Math.min(28, Integer.parseInt(day.substring(8)) + 1));
                String date = switch (rnd.nextInt(10)) {
                    case 0 -> day.substring(0, 7);
                    case 1 -> null;
                    default -> day;
                };
                String place = switch (rnd.nextInt(6)) {
                    case 0 -> null;
                    case 1 -> countryOf.get(city);
                    default -> city;
                };
                List<String> who = List.of(name(a, surnames, rnd, art, namings), name(b, surnames, rnd, art, namings));
                reports.add(new ReportFacts(art.replace("/article/", "/report/") + "-0-10", art, published, who, place, date,
                        MeetingStatus.HAPPENED, mode));
            }
        }
        return new Input(reports, namings, countryOf, article);
    }

    /** The IRI an article uses for person {@code i}, recording its naming: mostly the full name, sometimes a variant or the surname. */
    private static String name(int i, String[] surnames, Random rnd, String article, List<EntityNaming> namings) {
        String given = GIVEN[i % GIVEN.length];
        String name = switch (rnd.nextInt(10)) {
            case 0 -> surnames[i];
            case 1 -> given.replace("ey", "ei").replace("iy", "y").replace("ks", "x") + " " + surnames[i];
            default -> given + " " + surnames[i];
        };
        String iri = BASE + "person/" + name.toLowerCase().replace(' ', '-');
        namings.add(new EntityNaming(iri, EntityType.PERSON, name, null, article));
        return iri;
    }

    /** Distinct surnames from syllables, so that people share them only as often as the syllables repeat. */
    private static String surname(int i) {
        String[] syl = {"ka", "lo", "mi", "ne", "ra", "so", "tu", "ve", "zo", "di", "fa", "go", "hu", "ji", "pe", "ri"};
        StringBuilder b = new StringBuilder();
        int x = i / GIVEN.length;
        do {
            b.append(syl[x % syl.length]);
            x /= syl.length;
        } while (x > 0);
        b.append("nko");
        return Character.toUpperCase(b.charAt(0)) + b.substring(1);
    }

    /** Merges and resolves at each size, taking the best of {@code repeats} runs. */
    public static List<Row> run(int[] sizes, int people, int repeats, long seed) {
        List<Row> rows = new ArrayList<>();
        Input all = generate(sizes[sizes.length - 1], people, seed);
        for (int size : sizes) {
            List<ReportFacts> reports = all.reports().subList(0, size);
            TreeSet<String> arts = new TreeSet<>();
            for (ReportFacts r : reports) arts.add(r.article());
            List<EntityNaming> namings = all.namings().stream().filter(n -> arts.contains(n.article())).toList();
            double merge = Double.MAX_VALUE, resolve = Double.MAX_VALUE, both = Double.MAX_VALUE;
            int meetings = 0, canonical = 0;
            long heap = 0;
            for (int k = 0; k < repeats; k++) {
                long t0 = System.nanoTime();
                List<MergedMeeting> m = new MeetingMerger(all.countryOf()).merge(reports);
                long t1 = System.nanoTime();
                Identities ids = new EntityUnifier().resolve(namings);
                long t2 = System.nanoTime();
                List<ReportFacts> canon = new ArrayList<>(reports.size());
                for (ReportFacts r : reports) {
                    canon.add(new ReportFacts(r.iri(), r.article(), r.published(),
                            r.participants().stream().map(ids::canonical).toList(), r.place(), r.date(), r.status(), r.mode()));
                }
                List<MergedMeeting> merged = new MeetingMerger(all.countryOf()).merge(canon);
                long t3 = System.nanoTime();
                merge = Math.min(merge, (t1 - t0) / 1e6);
                resolve = Math.min(resolve, (t2 - t1) / 1e6);
                both = Math.min(both, (t3 - t1) / 1e6);
                meetings = merged.size();
                canonical = (int) ids.canonicalOf().values().stream().distinct().count();
                Runtime rt = Runtime.getRuntime();
                heap = Math.max(heap, (rt.totalMemory() - rt.freeMemory()) >> 20);
                if (m.isEmpty()) throw new IllegalStateException("no meetings");
            }
            rows.add(new Row(size, people, arts.size(), meetings, merge, resolve, both, canonical, heap));
        }
        return rows;
    }

    public static String table(List<Row> rows) {
        StringBuilder b = new StringBuilder();
        b.append("| reports | articles | merge only (ms) | entity resolution (ms) | resolution + merge (ms) | meetings | canonical people | heap used (MB) |\n");
        b.append("|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            b.append(String.format("| %,d | %,d | %.0f | %.0f | %.0f | %,d | %,d | %d |%n", r.reports(), r.articles(), r.mergeMs(),
                    r.resolveMs(), r.bothMs(), r.meetings(), r.canonicalPeople(), r.heapMb()));
        }
        return b.toString();
    }

}
