package org.newsgraph.bench;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.article.Json;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.store.Store;

/**
 * A deterministic corpus for load tests, made from the bundled sample articles: copy {@code k} of a sample
 * gets new person names (first and last names drawn from fixed pools by {@code k}), its places rotated among
 * the places the samples name, and its publication date moved by whole weeks (so weekdays stay true).
 * The people and places to rename are found by analysing the samples, not listed here.
 *
 * <pre>{@code
 * Path corpus = ServeCorpus.fromSamples().write(dir.resolve("corpus.jsonl"), 14_000);
 * }</pre>
 */
public final class ServeCorpus {

    public static final String SAMPLES = "/samples/articles.jsonl";

    private static final String[] FIRST = {
            "Ilse", "Tomasz", "Amina", "Rafael", "Keiko", "Oduya", "Marit", "Dariusz", "Lucia", "Henrik",
            "Sefa", "Anouk", "Bram", "Yara", "Teodor", "Nadia", "Emeka", "Liv", "Casimir", "Farah",
            "Goran", "Ines", "Kwame", "Maren", "Pavel", "Rosalind", "Soren", "Talia", "Viktor", "Zeynep",
            "Adaeze", "Birgit", "Cosmin", "Delphine", "Eamon", "Fenna", "Gideon", "Hana", "Ivo", "Jorunn"};
    private static final String[] LAST = {
            "Varnholt", "Okonkwo", "Brandveld", "Mirescu", "Quillon", "Estrava", "Lindqvale", "Abernathy",
            "Koszta", "Haverkamp", "Ruskin", "Obradovic", "Sallinen", "Pietrowski", "Achterberg", "Nwosu",
            "Castellan", "Drummond", "Feldhaus", "Gravina", "Ishikawa", "Jorvik", "Moreau", "Novakova",
            "Ortega", "Petrakis", "Rasmusen", "Szabo", "Thorne", "Ulvaeus", "Vasquez", "Wrenfield",
            "Yilmaz", "Zaharia", "Bellweather", "Corvino", "Danforth", "Egede", "Fairbairn", "Galloway"};
    private static final Pattern DAY = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(.*)$", Pattern.DOTALL);

    private final List<Map<String, Object>> templates;
    private final List<String> persons;
    private final List<String> places;

    private ServeCorpus(List<Map<String, Object>> templates, List<String> persons, List<String> places) {
        this.templates = List.copyOf(templates);
        // Longest first, so that "Ana Ruiz Soto" is replaced before "Ana Ruiz".
        Comparator<String> longestFirst = Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder());
        this.persons = persons.stream().sorted(longestFirst).toList();
        this.places = places.stream().sorted(longestFirst).toList();
        if (this.templates.isEmpty()) throw new IllegalArgumentException("no template articles");
    }

    /** Analyses the bundled samples to find the names to replace. */
    public static ServeCorpus fromSamples() {
        String jsonl;
        try (InputStream in = ServeCorpus.class.getResourceAsStream(SAMPLES)) {
            if (in == null) throw new IllegalStateException("samples not on the class path: " + SAMPLES);
            jsonl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Map<String, Object>> templates = new ArrayList<>();
        int line = 0;
        for (String l : jsonl.split("\n")) {
            line++;
            if (!l.isBlank()) templates.add(Json.parseObject(l, line));
        }
        try {
            Path tmp = Files.createTempFile("newsgraph-samples", ".jsonl");
            try (Store s = Store.inMemory()) {
                Files.writeString(tmp, jsonl);
                Pipeline.builder().store(s).threads(1).build().run(List.of(tmp));
                return new ServeCorpus(templates, labels(s, "Person"), labels(s, "Place"));
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> labels(Store s, String type) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        s.query("PREFIX ng: <https://w3id.org/newsgraph/ns#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>"
                + " SELECT DISTINCT ?l WHERE { ?e a ng:" + type + " ; rdfs:label ?l }", Store.ResultFormat.TSV, out);
        TreeSet<String> labels = new TreeSet<>();
        out.toString(StandardCharsets.UTF_8).lines().skip(1).forEach(l -> {
            // TSV writes terms: "label" or "label"@lang.
            int end = l.lastIndexOf('"');
            if (l.startsWith("\"") && end > 0) labels.add(l.substring(1, end).replace("\\\"", "\""));
        });
        return List.copyOf(labels);
    }

    public int templateCount() {
        return templates.size();
    }

    /** Writes {@code articles} articles as JSON lines and returns the file. */
    public Path write(Path file, int articles) {
        if (articles < 1) throw new IllegalArgumentException("articles must be at least 1");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int k = 0; k < articles; k++) {
                w.write(article(k));
                w.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Copy {@code k}: template {@code k mod n}, round {@code k / n}. */
    String article(int k) {
        Map<String, Object> t = templates.get(k % templates.size());
        int round = k / templates.size();
        Map<String, String> names = new LinkedHashMap<>();
        for (int j = 0; j < persons.size(); j++) {
            int idx = round * persons.size() + j;
            String first = FIRST[idx % FIRST.length];
            String last = LAST[(idx / FIRST.length + idx) % LAST.length];
            String old = persons.get(j);
            names.put(old, first + " " + last);
            String[] parts = old.split(" ");
            // Later mentions by surname alone.
            if (parts.length > 1) names.putIfAbsent(parts[parts.length - 1], last);
        }
        for (int j = 0; j < places.size(); j++) {
            names.put(places.get(j), places.get((j + round) % places.size()));
        }
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("id", t.get("id") + "-" + k);
        if (t.get("url") != null) a.put("url", t.get("url") + "-" + k);
        if (t.get("title") != null) a.put("title", replace((String) t.get("title"), names));
        if (t.get("published") != null) a.put("published", shift((String) t.get("published"), round));
        if (t.get("source") != null) a.put("source", t.get("source"));
        for (String body : List.of("text", "html")) {
            if (t.get(body) != null) a.put(body, replace((String) t.get(body), names));
        }
        StringBuilder sb = new StringBuilder("{");
        a.forEach((key, v) -> {
            if (sb.length() > 1) sb.append(", ");
            sb.append(CorpusGenerator.json(key)).append(": ").append(CorpusGenerator.json(String.valueOf(v)));
        });
        return sb.append('}').toString();
    }

    /** Replaces whole-word occurrences in one pass, so that a replacement is never replaced again. */
    private static String replace(String text, Map<String, String> names) {
        if (names.isEmpty()) return text;
        StringBuilder alt = new StringBuilder();
        for (String n : names.keySet()) {
            if (alt.length() > 0) alt.append('|');
            alt.append(Pattern.quote(n));
        }
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alt + ")(?![\\p{L}\\p{N}])").matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 32);
        while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(Objects.requireNonNull(names.get(m.group()))));
        m.appendTail(out);
        return out.toString();
    }

    private static String shift(String published, int weeks) {
        Matcher m = DAY.matcher(published);
        if (!m.matches()) return published;
        return LocalDate.parse(m.group(1)).minusWeeks(weeks % 520) + m.group(2);
    }

}
