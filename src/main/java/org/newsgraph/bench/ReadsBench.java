package org.newsgraph.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.newsgraph.pipeline.IngestSummary;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.store.Store;

/**
 * The canned queries against the versions that joined across every article graph, on one store, in one process,
 * one query at a time: each round runs both versions of every query with the same parameter value, in turns, so
 * that whatever else the machine does weighs on both alike. Reports the median and 90th percentile per query and
 * the floor (an ASK of one triple). The store is built from {@link ServeCorpus} or reused.
 */
public final class ReadsBench {
    private ReadsBench() {}

    /** @param store the folder (reused when it holds triples); {@code articles} when built; {@code rounds} per query */
    public record Options(Path store, int articles, int rounds) {
        public Options {
            Objects.requireNonNull(store, "store");
            if (articles < 1) throw new IllegalArgumentException("articles must be at least 1");
            if (rounds < 1 || rounds > 10_000) throw new IllegalArgumentException("rounds must be 1..10000");
        }
    }

    public static void run(Options o, PrintStream out, PrintStream log) {
        try (Store store = Store.open(o.store())) {
            if (store.size() == 0) {
                log.printf(Locale.ROOT, "building a store of %,d generated articles in %s%n", o.articles(), o.store());
                Path file = Files.createTempFile("newsgraph-reads-corpus", ".jsonl");
                try {
                    ServeCorpus.fromSamples().write(file, o.articles());
                    IngestSummary s = Pipeline.builder().store(store).build().run(List.of(file));
                    log.println(s.describe());
                } finally {
                    Files.deleteIfExists(file);
                }
            }
            long triples = store.size();
            List<String> names = column(store, "SELECT DISTINCT ?v WHERE { GRAPH ?g { ?m a ng:Meeting ; ng:participant ?p }"
                    + " GRAPH ?h { ?p a ng:Person ; rdfs:label ?v } } ORDER BY ?v");
            List<String> places = column(store, "SELECT DISTINCT ?v WHERE { GRAPH ?g { ?m a ng:Meeting ; ng:location ?l }"
                    + " GRAPH ?h { ?l rdfs:label ?v } } ORDER BY ?v");
            Map<String, String> params = new LinkedHashMap<>();
            params.put("meetings-of-person", "name");
            params.put("meetings-at-place", "place");
            params.put("meetings-not-held", null);
            params.put("who-met-whom", null);
            params.put("meeting-evidence", null);
            Random random = new Random(42);
            out.printf(Locale.ROOT, "store: %,d triples, %,d articles; %d rounds per query; milliseconds, in-process%n",
                    triples, store.articleIds().size(), o.rounds());
            out.println("| query | rows | now p50 | now p90 | before p50 | before p90 | speed-up (p50) |");
            out.println("|---|---|---|---|---|---|---|");
            for (Map.Entry<String, String> q : params.entrySet()) {
                String now = resource("/queries/" + q.getKey() + ".rq");
                String before = resource("/bench/queries-cross-graph/" + q.getKey() + ".rq");
                int rounds = q.getValue() == null ? Math.max(1, o.rounds() / 10) : o.rounds();
                long[] tn = new long[rounds];
                long[] tb = new long[rounds];
                long rows = 0;
                for (int i = 0; i < rounds; i++) {
                    Map<String, String> p = new LinkedHashMap<>();
                    if ("name".equals(q.getValue()) && !names.isEmpty()) p.put("name", names.get(random.nextInt(names.size())));
                    if ("place".equals(q.getValue()) && !places.isEmpty()) p.put("place", places.get(random.nextInt(places.size())));
                    long[] r = time(store, now, p);
                    tn[i] = r[0];
                    rows += r[1];
                    tb[i] = time(store, before, p)[0];
                }
                Arrays.sort(tn);
                Arrays.sort(tb);
                out.printf(Locale.ROOT, "| %s | %.0f | %.1f | %.1f | %.1f | %.1f | %.1f× |%n", q.getKey(), (double) rows / rounds,
                        ms(tn, 50), ms(tn, 90), ms(tb, 50), ms(tb, 90), ms(tb, 50) / Math.max(0.001, ms(tn, 50)));
            }
            long[] floor = new long[o.rounds()];
            for (int i = 0; i < floor.length; i++) floor[i] = time(store, "ASK { GRAPH ?g { ?s ?p ?o } }", Map.of())[0];
            Arrays.sort(floor);
            out.printf(Locale.ROOT, "floor (ASK of one quad): p50 %.2f ms%n", ms(floor, 50));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Nanoseconds to run and read the whole answer, and its size in bytes of CSV (as rows' stand-in). */
    private static long[] time(Store store, String query, Map<String, String> params) {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        long t0 = System.nanoTime();
        store.query(query, params, Store.ResultFormat.CSV, sink);
        long ns = System.nanoTime() - t0;
        long lines = sink.toString(StandardCharsets.UTF_8).lines().count() - 1;
        return new long[] {ns, Math.max(0, lines)};
    }

    private static double ms(long[] sorted, int pct) {
        if (sorted.length == 0) return 0;
        int i = (int) Math.ceil(pct / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    private static List<String> column(Store store, String select) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.query("PREFIX ng: <https://w3id.org/newsgraph/ns#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + select, Store.ResultFormat.CSV, out);
        List<String> rows = new ArrayList<>();
        out.toString(StandardCharsets.UTF_8).lines().skip(1).forEach(l -> {
            String v = l.startsWith("\"") && l.endsWith("\"") ? l.substring(1, l.length() - 1).replace("\"\"", "\"") : l;
            if (!v.isBlank()) rows.add(v);
        });
        return rows;
    }

    private static String resource(String name) {
        try (InputStream in = ReadsBench.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("not on the class path: " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
