package org.newsgraph.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.newsgraph.pipeline.IngestSummary;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.serve.NewsgraphServer;
import org.newsgraph.store.QueryParameters;
import org.newsgraph.store.Store;
import org.newsgraph.store.ValidationResult;

/**
 * Load on {@code serve}: a store of at least a million triples (built from {@link ServeCorpus}, or reused),
 * served read-only on loopback by the embedded Fuseki, and {@code clients} concurrent HTTP clients sending the
 * canned queries (parameters filled from the data) for a fixed time or number of requests. Reports throughput
 * and latency percentiles per query, counts failures, and checks afterwards that the store is intact.
 *
 * <pre>{@code
 * ServeLoadBench.Report r = ServeLoadBench.run(new ServeLoadBench.Options(dir, 8, 60, 14_000, 0), System.err);
 * r.print(System.out);
 * }</pre>
 */
public final class ServeLoadBench {

    /** The canned queries, as shipped in the jar, and the parameter each one takes from the data (or none). */
    static final Map<String, String> QUERIES = new LinkedHashMap<>();

    /** The explorer's requests (with {@code explorer}), and the values each one takes from the data (or none). */
    static final Map<String, String> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put("search", "search");
        PAGES.put("person-page", "person");
        PAGES.put("meeting-page", "meeting");
        PAGES.put("index-page", null);
        QUERIES.put("who-met-whom.rq", null);
        QUERIES.put("meetings-of-person.rq", "name");
        QUERIES.put("meetings-at-place.rq", "place");
        QUERIES.put("meetings-not-held.rq", null);
        QUERIES.put("meeting-evidence.rq", null);
    }

    private static final long MIN_TRIPLES = 1_000_000L;

    /**
     * @param store      the store folder: reused when it holds triples, else built there (null: a temporary folder)
     * @param clients    concurrent clients
     * @param seconds    how long to send requests
     * @param articles   corpus size when the store is built
     * @param maxRequests stop after this many requests in all (0: only the time limit)
     * @param page       rows per answer of the queries without a parameter, as a client paging through them asks
     *                   for the first page ({@code --param limit=N}); 0: whole answers
     * @param explorer   also ask for the explorer's pages among the queries: a name search (JSON), a person's page,
     *                   a meeting's page and the index's first page (HTML), as a browser without a cached copy does
     */
    public record Options(Path store, int clients, int seconds, int articles, long maxRequests, int page, boolean explorer) {
        /** Whole answers (no paging). */
        public Options(Path store, int clients, int seconds, int articles, long maxRequests) {
            this(store, clients, seconds, articles, maxRequests, 0, false);
        }

        public Options {
            if (page < 0) throw new IllegalArgumentException("page must not be negative");
            if (clients < 1 || clients > 256) throw new IllegalArgumentException("clients must be 1..256");
            if (seconds < 1 || seconds > 3600) throw new IllegalArgumentException("seconds must be 1..3600");
            if (articles < 1) throw new IllegalArgumentException("articles must be at least 1");
            if (maxRequests < 0) throw new IllegalArgumentException("maxRequests must not be negative");
        }
    }

    /** Figures for one query (or "all"): latencies in milliseconds. */
    public record QueryStats(String query, long requests, long failed, double perSecond, double p50, double p90,
                             double p99, double max, double meanKb) {
    }

    public record Report(long triples, int articles, double buildSeconds, int clients, double seconds,
                         List<QueryStats> perQuery, QueryStats overall, long triplesAfter,
                         ValidationResult validationBefore, ValidationResult validation, List<String> failures) {
        public Report {
            perQuery = List.copyOf(perQuery);
            failures = List.copyOf(failures);
        }

        /** Same triple count, and SHACL validation gives the same answer as before the load. */
        public boolean intact() {
            return triples == triplesAfter && validation.conforms() == validationBefore.conforms()
                    && validation.violations().equals(validationBefore.violations());
        }

        public void print(PrintStream out) {
            out.printf(Locale.ROOT, "store: %,d triples, %,d articles%s%n", triples, articles,
                    buildSeconds > 0 ? String.format(Locale.ROOT, " (built in %.0f s)", buildSeconds) : " (reused)");
            out.printf(Locale.ROOT, "load: %d clients for %.1f s%n%n", clients, seconds);
            out.println("| query | requests | failed | req/s | p50 ms | p90 ms | p99 ms | max ms | mean KB |");
            out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
            for (QueryStats q : perQuery) row(out, q);
            row(out, overall);
            out.printf(Locale.ROOT, "%nafter: %,d triples (%s), validate: %s (%s)%n", triplesAfter,
                    triplesAfter == triples ? "unchanged" : "CHANGED", validation.conforms() ? "conforms"
                            : "does not conform, " + validation.violations().size() + " results",
                    validation.violations().equals(validationBefore.violations()) ? "same as before the load" : "CHANGED by the load");
            failures.stream().limit(5).forEach(f -> out.println("failure: " + f));
        }

        private static void row(PrintStream out, QueryStats q) {
            out.printf(Locale.ROOT, "| %s | %d | %d | %.2f | %.1f | %.1f | %.1f | %.1f | %.1f |%n", q.query(), q.requests(),
                    q.failed(), q.perSecond(), q.p50(), q.p90(), q.p99(), q.max(), q.meanKb());
        }
    }

    private ServeLoadBench() {
    }

    public static Report run(Options o, PrintStream log) {
        Objects.requireNonNull(o, "options");
        Path dir = o.store();
        try {
            if (dir == null) dir = Files.createTempDirectory("newsgraph-serve-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Store store = Store.open(dir)) {
            long size = store.size();
            double buildSeconds = 0;
            if (size == 0) {
                long t0 = System.nanoTime();
                build(store, dir, o.articles(), log);
                buildSeconds = (System.nanoTime() - t0) / 1e9;
                size = store.size();
            } else {
                log.printf(Locale.ROOT, "reusing %s: %,d triples%n", dir, size);
            }
            if (size < MIN_TRIPLES) {
                log.printf(Locale.ROOT, "note: %,d triples, fewer than %,d: give more --articles%n", size, MIN_TRIPLES);
            }
            int articles = store.articleIds().size();
            Map<String, List<String>> values = new LinkedHashMap<>();
            values.put("name", column(store, "SELECT DISTINCT ?v WHERE { ?m a ng:Meeting ; ng:participant ?p ."
                    + " ?p a ng:Person ; rdfs:label ?v } ORDER BY ?v"));
            values.put("place", column(store, "SELECT DISTINCT ?v WHERE { ?m a ng:Meeting ; ng:location ?l ."
                    + " ?l rdfs:label ?v } ORDER BY ?v"));
            log.printf(Locale.ROOT, "parameters from the data: %d person names, %d place names%n",
                    values.get("name").size(), values.get("place").size());

            Map<String, String> texts = new LinkedHashMap<>();
            for (String q : QUERIES.keySet()) texts.put(q, resource("/queries/" + q));
            if (o.explorer()) {
                // what a reader types: a name in lower case, or the surname alone
                List<String> typed = new ArrayList<>();
                for (String n : values.get("name")) {
                    typed.add(typed.size() % 2 == 0 ? n.toLowerCase(Locale.ROOT) : n.substring(n.lastIndexOf(' ') + 1));
                }
                values.put("search", typed);
                values.put("person", column(store, "SELECT DISTINCT ?v WHERE { GRAPH ?g { ?m a ng:Meeting ; ng:participant ?v }"
                        + " GRAPH ?h { ?v a ng:Person } } ORDER BY ?v"));
                values.put("meeting", column(store, "SELECT ?v WHERE { GRAPH ?g { ?v a ng:Meeting } } ORDER BY ?v LIMIT 5000"));
                for (String p : PAGES.keySet()) texts.put(p, null);
            }

            log.println("validating the store before the load ...");
            ValidationResult before = store.validate();
            Load load;
            try (NewsgraphServer server = NewsgraphServer.builder(store.datasetGraph()).port(0).build().start()) {
                log.println("serving " + server.sparqlUrl() + "; " + o.clients() + " clients for " + o.seconds() + " s");
                load = load(server, texts, values, o);
            }
            long after = store.size();
            log.println("validating the store after the load ...");
            ValidationResult v = store.validate();
            return load.report(List.copyOf(texts.keySet()), size, articles, buildSeconds, o.clients(), after, before, v);
        }
    }

    private static void build(Store store, Path dir, int articles, PrintStream log) {
        log.printf(Locale.ROOT, "building a store of %,d generated articles in %s%n", articles, dir);
        ServeCorpus corpus = ServeCorpus.fromSamples();
        try {
            Path file = Files.createTempFile("newsgraph-serve-corpus", ".jsonl");
            try {
                corpus.write(file, articles);
                IngestSummary s = Pipeline.builder().store(store).batchSize(512).build().run(List.of(file));
                log.println(s.describe());
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one column of a SELECT over the store (prefixes ng: and rdfs: given), as strings. */
    static List<String> column(Store store, String select) {
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

    static String resource(String name) {
        try (InputStream in = ServeLoadBench.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("not on the class path: " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Latencies (ns) and failures per query, filled by the clients. */
    private record Load(Map<String, List<long[]>> samples, Map<String, AtomicLong> failed, List<String> failures,
                        double seconds) {

        Report report(List<String> kinds, long triples, int articles, double buildSeconds, int clients, long after,
                      ValidationResult before, ValidationResult v) {
            List<QueryStats> per = new ArrayList<>();
            List<long[]> all = new ArrayList<>();
            long allFailed = 0;
            for (String q : kinds) {
                List<long[]> s = samples.getOrDefault(q, List.of());
                all.addAll(s);
                long f = failed.getOrDefault(q, new AtomicLong()).get();
                allFailed += f;
                per.add(stats(q.replace(".rq", ""), s, f));
            }
            return new Report(triples, articles, buildSeconds, clients, seconds, per, stats("all", all, allFailed),
                    after, before, v, failures);
        }

        private QueryStats stats(String name, List<long[]> s, long f) {
            long[] ns = s.stream().mapToLong(x -> x[0]).sorted().toArray();
            double kb = s.stream().mapToLong(x -> x[1]).average().orElse(0) / 1024.0;
            return new QueryStats(name, ns.length + f, f, (ns.length + f) / seconds, pct(ns, 50), pct(ns, 90), pct(ns, 99),
                    ns.length == 0 ? 0 : ns[ns.length - 1] / 1e6, kb);
        }

        private static double pct(long[] sorted, int p) {
            if (sorted.length == 0) return 0;
            int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
        }
    }

    private static Load load(NewsgraphServer server, Map<String, String> texts, Map<String, List<String>> values, Options o) {
        URI endpoint = URI.create(server.sparqlUrl());
        if (!endpoint.getHost().equals("localhost") && !endpoint.getHost().startsWith("127.")) {
            throw new IllegalStateException("the load goes to loopback only: " + server.sparqlUrl());
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Map<String, List<long[]>> samples = new ConcurrentHashMap<>();
        Map<String, AtomicLong> failed = new ConcurrentHashMap<>();
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        List<String> names = new ArrayList<>(texts.keySet());
        AtomicLong sent = new AtomicLong();
        long start = System.nanoTime();
        long deadline = start + TimeUnit.SECONDS.toNanos(o.seconds());
        ExecutorService clients = Executors.newFixedThreadPool(o.clients());
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < o.clients(); c++) {
            Random random = new Random(1000 + c);
            int offset = c;
            running.add(clients.submit(() -> {
                for (long i = offset; System.nanoTime() < deadline; i++) {
                    if (o.maxRequests() > 0 && sent.incrementAndGet() > o.maxRequests()) break;
                    String q = names.get((int) (i % names.size()));
                    HttpRequest req;
                    if (PAGES.containsKey(q)) {
                        req = pageRequest(server, q, values.get(PAGES.get(q)), random);
                    } else {
                        String param = QUERIES.get(q);
                        String text = texts.get(q);
                        if (param != null && !values.get(param).isEmpty()) {
                            List<String> vs = values.get(param);
                            text = QueryParameters.inline(text, Map.of(param, vs.get(random.nextInt(vs.size()))));
                        } else if (param == null && o.page() > 0) {
                            text = QueryParameters.inline(text, Map.of("limit", Integer.toString(o.page())));
                        }
                        req = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(300))
                                .header("Accept", "application/sparql-results+json")
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(text, StandardCharsets.UTF_8)))
                                .build();
                    }
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                        long t = System.nanoTime() - t0;
                        if (r.statusCode() == 200 && (PAGES.containsKey(q) || contains(r.body(), "\"results\""))) {
                            samples.computeIfAbsent(q, k -> java.util.Collections.synchronizedList(new ArrayList<>()))
                                    .add(new long[] {t, r.body().length});
                        } else {
                            failed.computeIfAbsent(q, k -> new AtomicLong()).incrementAndGet();
                            failures.add(q + ": HTTP " + r.statusCode());
                        }
                    } catch (IOException e) {
                        failed.computeIfAbsent(q, k -> new AtomicLong()).incrementAndGet();
                        failures.add(q + ": " + e);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                }
            }));
        }
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (Exception e) {
                failures.add("client: " + e);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        clients.shutdownNow();
        return new Load(samples, failed, failures, seconds);
    }

    /** A GET of the explorer: search as JSON, a person's or a meeting's page, or the index, as HTML. */
    private static HttpRequest pageRequest(NewsgraphServer server, String kind, List<String> values, Random random) {
        String value = values == null || values.isEmpty() ? null : values.get(random.nextInt(values.size()));
        String url = switch (kind) {
            case "search" -> server.rootUrl() + "search?format=json&q=" + URLEncoder.encode(value == null ? "a" : value, StandardCharsets.UTF_8);
            case "person-page", "meeting-page" -> value == null ? server.linkedDataUrl() : server.localUrl(value);
            default -> server.linkedDataUrl();
        };
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(300))
                .header("Accept", kind.equals("search") ? "application/json" : "text/html").GET().build();
    }

    private static boolean contains(byte[] body, String s) {
        byte[] n = s.getBytes(StandardCharsets.UTF_8);
        int limit = Math.min(body.length, 4096);
        outer:
        for (int i = 0; i + n.length <= limit; i++) {
            for (int j = 0; j < n.length; j++) if (body[i + j] != n[j]) continue outer;
            return true;
        }
        return Arrays.equals(n, body);
    }
}
