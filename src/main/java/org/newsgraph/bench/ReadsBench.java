package org.newsgraph.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.newsgraph.pipeline.IngestSummary;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.serve.NewsgraphServer;
import org.newsgraph.store.QueryParameters;
import org.newsgraph.store.QueryTiming;
import org.newsgraph.store.Store;

/**
 * The canned queries against the versions that joined across every article graph, on one store, in one process,
 * one query at a time: each round runs both versions of every query with the same parameter value, in turns, so
 * that whatever else the machine does weighs on both alike. Reports the median and 90th percentile per query and
 * the floor (an ASK of one triple). The store is built from {@link ServeCorpus} or reused.
 *
 * <p>With {@code page > 0} the whole-graph queries are asked for one page of that many rows (the first page, or one
 * at a random offset), as a paging client asks; with {@code breakdown}, each query's time is split into parsing,
 * planning, TDB2 execution, JSON serialization and what HTTP and Fuseki add (one client, sequential requests), next
 * to the floor: the same for a single-triple lookup.
 */
public final class ReadsBench {
    private ReadsBench() {}

    /**
     * @param store     the folder (reused when it holds triples); {@code articles} when built; {@code rounds} per query
     * @param page      rows per page for the whole-graph queries (0: whole answers)
     * @param before    whether to run the earlier cross-graph versions too
     * @param breakdown whether to split each query's time by stage, and measure the floor over HTTP
     */
    public record Options(Path store, int articles, int rounds, int page, boolean before, boolean breakdown) {
        public Options(Path store, int articles, int rounds) {
            this(store, articles, rounds, 0, true, false);
        }

        public Options {
            Objects.requireNonNull(store, "store");
            if (articles < 1) throw new IllegalArgumentException("articles must be at least 1");
            if (rounds < 1 || rounds > 10_000) throw new IllegalArgumentException("rounds must be 1..10000");
            if (page < 0) throw new IllegalArgumentException("page must not be negative");
        }
    }

    private static final List<String> QUERIES = List.of("meetings-of-person", "meetings-at-place", "meetings-not-held",
            "who-met-whom", "meeting-evidence");

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
            List<String> names = ServeLoadBench.column(store, "SELECT DISTINCT ?v WHERE { GRAPH ?g { ?m a ng:Meeting ; ng:participant ?p }"
                    + " GRAPH ?h { ?p a ng:Person ; rdfs:label ?v } } ORDER BY ?v");
            List<String> places = ServeLoadBench.column(store, "SELECT DISTINCT ?v WHERE { GRAPH ?g { ?m a ng:Meeting ; ng:location ?l }"
                    + " GRAPH ?h { ?l rdfs:label ?v } } ORDER BY ?v");
            Map<String, Integer> sizes = new LinkedHashMap<>();
            for (String q : List.of("meetings-not-held", "who-met-whom", "meeting-evidence")) {
                List<String> n = ServeLoadBench.column(store, "SELECT ?n WHERE { GRAPH ?g { ?l ng:rowCount ?n }"
                        + " FILTER (STRENDS(STR(?l), \"/list/" + q + "\")) }");
                sizes.put(q, n.isEmpty() ? 0 : Integer.parseInt(n.get(0)));
            }
            Random random = new Random(42);
            out.printf(Locale.ROOT, "store: %,d triples, %,d articles; %d rounds per query (a tenth for whole answers);"
                    + " milliseconds, in-process%s%n", triples, store.articleIds().size(), o.rounds(),
                    o.page() > 0 ? "; whole-graph queries: one page of " + o.page() + " rows, the first or at a random offset" : "");
            out.println("| query | rows | now p50 | now p90 | before p50 | before p90 | speed-up (p50) |");
            out.println("|---|---|---|---|---|---|---|");
            Map<String, Map<String, String>> sample = new LinkedHashMap<>();
            for (String q : QUERIES) {
                String now = ServeLoadBench.resource("/queries/" + q + ".rq");
                String before = ServeLoadBench.resource("/bench/queries-cross-graph/" + q + ".rq");
                boolean whole = sizes.containsKey(q);
                int rounds = whole && o.page() == 0 ? Math.max(1, o.rounds() / 10) : o.rounds();
                int beforeRounds = whole ? Math.max(1, Math.min(rounds, o.rounds() / 10)) : rounds;
                long[] tn = new long[rounds];
                long[] tb = new long[o.before() ? beforeRounds : 0];
                long rows = 0;
                for (int i = 0; i < rounds; i++) {
                    Map<String, String> p = new LinkedHashMap<>();
                    if (q.equals("meetings-of-person") && !names.isEmpty()) p.put("name", names.get(random.nextInt(names.size())));
                    if (q.equals("meetings-at-place") && !places.isEmpty()) p.put("place", places.get(random.nextInt(places.size())));
                    if (whole && o.page() > 0) {
                        int pages = Math.max(1, (sizes.get(q) + o.page() - 1) / o.page());
                        p.put("offset", Integer.toString(i % 2 == 0 ? 0 : random.nextInt(pages) * o.page()));
                        p.put("limit", Integer.toString(o.page()));
                    }
                    sample.putIfAbsent(q, p);
                    long[] r = time(store, now, p);
                    tn[i] = r[0];
                    rows += r[1];
                    if (i < tb.length) tb[i] = time(store, before, p)[0];
                }
                Arrays.sort(tn);
                Arrays.sort(tb);
                out.printf(Locale.ROOT, "| %s | %.0f | %.1f | %.1f | %s | %s | %s |%n", q, (double) rows / rounds,
                        ms(tn, 50), ms(tn, 90), tb.length == 0 ? "" : fmt(ms(tb, 50)), tb.length == 0 ? "" : fmt(ms(tb, 90)),
                        tb.length == 0 ? "" : String.format(Locale.ROOT, "%.1f×", ms(tb, 50) / Math.max(0.001, ms(tn, 50))));
            }
            String floorQuery = floorQuery(store);
            long[] floor = new long[o.rounds()];
            for (int i = 0; i < floor.length; i++) floor[i] = time(store, floorQuery, Map.of())[0];
            Arrays.sort(floor);
            out.printf(Locale.ROOT, "floor (ASK of one quad of the meetings graph): p50 %.2f ms%n", ms(floor, 50));
            if (o.breakdown()) breakdown(store, o, sample, floorQuery, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An ASK of one quad that is in the store: the cheapest lookup there is. */
    private static String floorQuery(Store store) {
        List<String> m = ServeLoadBench.column(store, "SELECT ?m WHERE { GRAPH ?g { ?m a ng:Meeting } } LIMIT 1");
        if (m.isEmpty()) return "ASK { GRAPH ?g { ?s ?p ?o } }";
        return "ASK { GRAPH <" + store.iris().meetingsGraph() + "> { <" + m.get(0)
                + "> a <https://w3id.org/newsgraph/ns#Meeting> } }";
    }

    /**
     * Medians of each stage in-process ({@link QueryTiming}), then the latency of the same request over HTTP to the
     * embedded Fuseki (one client, JSON results), so that HTTP and Fuseki's part is the difference.
     */
    private static void breakdown(Store store, Options o, Map<String, Map<String, String>> sample, String floorQuery,
                                  PrintStream out) {
        Map<String, Map<String, String>> cases = new LinkedHashMap<>(sample);
        cases.put("floor: one-triple ASK", Map.of());
        int rounds = Math.max(5, o.rounds());
        out.printf(Locale.ROOT, "%nwhere the time goes (medians of %d runs, milliseconds; one client, one request at a time)%n", rounds);
        out.println("| query | rows | parse | plan | TDB2 execution | JSON serialization | in-process total | HTTP request | HTTP and Fuseki |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try (NewsgraphServer server = NewsgraphServer.builder(store.datasetGraph()).port(0).build().start()) {
            URI endpoint = URI.create(server.sparqlUrl());
            for (Map.Entry<String, Map<String, String>> c : cases.entrySet()) {
                boolean floor = c.getKey().startsWith("floor");
                String text = floor ? floorQuery : ServeLoadBench.resource("/queries/" + c.getKey() + ".rq");
                QueryParameters.Bound bound = QueryParameters.bind(text, c.getValue());
                String inlined = c.getValue().isEmpty() ? text : QueryParameters.inline(text, c.getValue());
                long[][] stages = new long[5][rounds];
                long[] overHttp = new long[rounds];
                long rows = 0;
                for (int i = 0; i < rounds; i++) {
                    if (floor) {
                        long t0 = System.nanoTime();
                        store.query(text, Store.ResultFormat.JSON, OutputStream0.INSTANCE);
                        stages[4][i] = System.nanoTime() - t0;
                    } else {
                        QueryTiming.Breakdown b = QueryTiming.run(store, bound.sparql(), bound.literals());
                        stages[0][i] = b.parse();
                        stages[1][i] = b.plan();
                        stages[2][i] = b.execute();
                        stages[3][i] = b.serialize();
                        stages[4][i] = b.total();
                        rows = b.rows();
                    }
                    overHttp[i] = post(http, endpoint, inlined);
                }
                for (long[] s : stages) Arrays.sort(s);
                Arrays.sort(overHttp);
                double inProcess = ms(stages[4], 50);
                out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %.2f | %.2f | %.2f |%n", c.getKey(),
                        floor ? "" : Long.toString(rows), floor ? "" : fmt2(ms(stages[0], 50)), floor ? "" : fmt2(ms(stages[1], 50)),
                        floor ? "" : fmt2(ms(stages[2], 50)), floor ? "" : fmt2(ms(stages[3], 50)), inProcess,
                        ms(overHttp, 50), ms(overHttp, 50) - inProcess);
            }
        }
    }

    private static long post(HttpClient http, URI endpoint, String query) {
        HttpRequest req = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(300))
                .header("Accept", "application/sparql-results+json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        long t0 = System.nanoTime();
        try {
            HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) throw new IllegalStateException("HTTP " + r.statusCode() + " for a canned query");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        return System.nanoTime() - t0;
    }

    /** A sink for answers whose bytes are not needed. */
    private static final class OutputStream0 extends java.io.OutputStream {
        static final OutputStream0 INSTANCE = new OutputStream0();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }

    /** Nanoseconds to run and read the whole answer (bound as the CLI binds --param), and its rows. */
    private static long[] time(Store store, String query, Map<String, String> params) {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        long t0 = System.nanoTime();
        QueryParameters.Bound b = QueryParameters.bind(query, params);
        store.query(b.sparql(), b.literals(), Store.ResultFormat.CSV, sink);
        long ns = System.nanoTime() - t0;
        long lines = sink.toString(StandardCharsets.UTF_8).lines().count() - 1;
        return new long[] {ns, Math.max(0, lines)};
    }

    private static String fmt(double ms) {
        return String.format(Locale.ROOT, "%.1f", ms);
    }

    private static String fmt2(double ms) {
        return String.format(Locale.ROOT, "%.2f", ms);
    }

    private static double ms(long[] sorted, int pct) {
        if (sorted.length == 0) return 0;
        int i = (int) Math.ceil(pct / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }
}
