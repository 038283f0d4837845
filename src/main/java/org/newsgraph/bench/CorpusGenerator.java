package org.newsgraph.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.article.ReadResult;
import org.newsgraph.resolve.Entity;

/**
 * A deterministic benchmark corpus made from template articles by substituting people, places,
 * organizations and dates.
 *
 * <p>Articles come in <em>stories</em>: each story picks a template and one substitution (a cast and a date
 * shift) and is told by two to six outlets, so the same meeting is reported several times and merging has
 * work to do. Casts are drawn from small pools, with a few prominent people who appear in many stories,
 * so participants also recur across stories. Sizes vary: outlets drop some paragraphs and some append
 * background paragraphs from other templates. Dates shift by whole weeks so that weekday mentions stay
 * true to the shifted publication date.
 *
 * <pre>{@code
 * CorpusGenerator g = CorpusGenerator.of(templates, analyzer::entities, 42);
 * List<Article> corpus = g.generate(2000);
 * }</pre>
 */
public final class CorpusGenerator {

    public static final long DEFAULT_SEED = 20_240_601L;
    public static final String SAMPLES = "/samples/articles.jsonl";

    private static final String[] FIRST = {
            "Ilse", "Tomasz", "Amina", "Rafael", "Keiko", "Oduya", "Marit", "Dariusz", "Lucia", "Henrik",
            "Sefa", "Anouk", "Bram", "Yara", "Teodor", "Nadia", "Emeka", "Liv", "Casimir", "Farah",
            "Goran", "Ines", "Kwame", "Maren", "Pavel", "Rosalind", "Soren", "Talia", "Viktor", "Zeynep"};
    private static final String[] LAST = {
            "Varnholt", "Okonkwo", "Brandveld", "Mirescu", "Tanaka-Hale", "Quillon", "Estrava", "Lindqvale",
            "Abernathy", "Koszta", "Delacroix-Mbeki", "Haverkamp", "Ruskin", "Obradovic", "Sallinen", "Mendez-Roa",
            "Pietrowski", "Achterberg", "Nwosu", "Castellan", "Drummond", "Feldhaus", "Gravina", "Ishikawa",
            "Jorvik", "Kallas-Dunn", "Moreau", "Novakova", "Ortega", "Petrakis", "Rasmusen", "Szabo",
            "Thornbury", "Udeh", "Valdivia", "Wexford", "Yilmazer", "Zamora", "Balogh", "Crane"};
    private static final String[] PLACES = {
            "Lagos", "Lima", "Hanoi", "Tbilisi", "Montevideo", "Quito", "Dakar", "Almaty", "Ljubljana", "Riga",
            "Vilnius", "Bratislava", "Zagreb", "Sofia", "Bucharest", "Windhoek", "Lusaka", "Harare", "Maputo",
            "Kigali", "Manila", "Jakarta", "Bangkok", "Seoul", "Ottawa", "Canberra", "Wellington", "Reykjavik",
            "Copenhagen", "Vienna", "Prague", "Budapest", "Athens", "Valletta", "Tunis", "Rabat", "Accra",
            "Santiago", "Bogota", "Panama City"};
    private static final String[] ORGS = {
            "Northern Grain Council", "Halvorsen Shipping", "Blue Delta Energy", "Kestrel Rail", "Orbis Water Trust",
            "Meridian Ports Authority", "Saltmarsh Capital", "Coastal Fisheries Board", "Varda Steel",
            "Helix Pharmaceuticals", "Tern Airways", "Lumen Grid", "Granite Bay Mining", "Atlas Textile Union",
            "Copperleaf Foods", "Sable Logistics", "Ridgeway Cement", "Polar Telecom", "Juniper Seeds Cooperative",
            "Eastbank Development Fund"};
    private static final String[] OUTLETS = {
            "Harbour Line News", "Meridian Wire", "The Daily Ledger", "Continental Post", "Riverside Courier",
            "Morning Signal", "Global Desk", "The Evening Chronicle"};

    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b(January|February|March|April|May|June|July|August|September|October|November|December) "
                    + "(\\d{1,2})(, (\\d{4}))?\\b");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b(\\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December)"
                    + "( (\\d{4}))?\\b");

    /** A template article with the surface names of what it mentions, by kind. */
    public record Template(Article article, List<String> persons, List<String> places, List<String> orgs) {
        public Template {
            Objects.requireNonNull(article, "article");
            persons = List.copyOf(persons);
            places = List.copyOf(places);
            orgs = List.copyOf(orgs);
        }

        /** The names an analysis found in the article (labels and the other names the article uses). */
        public static Template of(Article article, List<Entity> entities) {
            List<String> persons = new ArrayList<>(), places = new ArrayList<>(), orgs = new ArrayList<>();
            for (Entity e : entities) {
                List<String> target = switch (e.type()) {
                    case PERSON -> persons;
                    case PLACE -> places;
                    default -> orgs;
                };
                List<String> names = new ArrayList<>();
                names.add(e.label());
                names.addAll(e.altLabels());
                for (String n : names) {
                    if (usable(n) && article.text().contains(n) && !target.contains(n)) target.add(n);
                }
            }
            return new Template(article, persons, places, orgs);
        }

        private static boolean usable(String name) {
            return name.length() >= 3 && Character.isUpperCase(name.charAt(0));
        }
    }

    private final List<Template> templates;
    private final long seed;
    private final List<String> people;

    private CorpusGenerator(List<Template> templates, long seed) {
        if (templates.isEmpty()) throw new IllegalArgumentException("at least one template is required");
        this.templates = List.copyOf(templates);
        this.seed = seed;
        // A fixed pool of invented people: first and last names paired by a stride so pairs do not repeat.
        List<String> pool = new ArrayList<>();
        for (int i = 0; i < 120; i++) pool.add(FIRST[i % FIRST.length] + " " + LAST[(i * 7 + i / FIRST.length) % LAST.length]);
        this.people = List.copyOf(pool);
    }

    public static CorpusGenerator of(List<Template> templates, long seed) {
        return new CorpusGenerator(templates, seed);
    }

    /** Templates from the given articles, with names found by {@code entities} (for example an analyzer). */
    public static CorpusGenerator of(List<Article> articles, Function<Article, List<Entity>> entities, long seed) {
        return new CorpusGenerator(articles.stream().map(a -> Template.of(a, entities.apply(a))).toList(), seed);
    }

    /** The bundled samples, and the articles of {@code extra} files that exist (e.g. {@code eval/articles.jsonl}). */
    public static List<Article> templateArticles(List<Path> extra) {
        List<Article> out = new ArrayList<>();
        try (InputStream in = CorpusGenerator.class.getResourceAsStream(SAMPLES)) {
            if (in == null) throw new IllegalStateException("samples not on the class path: " + SAMPLES);
            Path tmp = Files.createTempFile("newsgraph-samples", ".jsonl");
            try {
                Files.write(tmp, in.readAllBytes());
                out.addAll(read(List.of(tmp)));
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Path> present = extra.stream().filter(Files::isRegularFile).toList();
        if (!present.isEmpty()) out.addAll(read(present));
        return out.stream().filter(a -> !a.html()).toList();
    }

    private static List<Article> read(List<Path> files) {
        return ArticleReader.create().readAll(files).stream().filter(ReadResult::isOk).map(ReadResult::article).toList();
    }

    /** {@code n} articles, the same for the same templates, seed and n. */
    public List<Article> generate(int n) {
        if (n < 0) throw new IllegalArgumentException("n must not be negative");
        List<Article> out = new ArrayList<>(n);
        int story = 0;
        while (out.size() < n) {
            Random rng = new Random(seed * 1_000_003L + story);
            Template t = templates.get(rng.nextInt(templates.size()));
            Map<String, String> cast = cast(t, rng);
            int weeks = rng.nextInt(104) - 52;
            int tellings = 2 + rng.nextInt(5);
            List<Template> background = new ArrayList<>();
            List<Map<String, String>> backgroundCasts = new ArrayList<>();
            for (int b = 0; b < 3; b++) {
                Template bt = templates.get(rng.nextInt(templates.size()));
                background.add(bt);
                backgroundCasts.add(cast(bt, rng));
            }
            for (int k = 0; k < tellings && out.size() < n; k++) {
                out.add(telling(out.size(), story, k, t, cast, weeks, background, backgroundCasts, rng));
            }
            story++;
        }
        return out;
    }

    private Map<String, String> cast(Template t, Random rng) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String p : t.persons()) {
            if (m.containsKey(p)) continue;
            // Half the roles go to the twelve prominent people, so that the same pairs meet in many stories.
            String who = people.get(rng.nextBoolean() ? rng.nextInt(12) : rng.nextInt(people.size()));
            if (m.containsValue(who)) who = people.get(rng.nextInt(people.size()));
            m.put(p, who);
            String[] from = p.split(" "), to = who.split(" ");
            // Later references use the surname alone.
            if (from.length > 1) m.putIfAbsent(from[from.length - 1], to[to.length - 1]);
        }
        for (String p : t.places()) {
            String to = PLACES[rng.nextInt(PLACES.length)];
            m.putIfAbsent(p, to);
            m.putIfAbsent(p.toUpperCase(Locale.ROOT), to.toUpperCase(Locale.ROOT));
        }
        for (String o : t.orgs()) m.putIfAbsent(o, ORGS[rng.nextInt(ORGS.length)]);
        return m;
    }

    private Article telling(int index, int story, int k, Template t, Map<String, String> cast, int weeks,
                            List<Template> background, List<Map<String, String>> backgroundCasts, Random rng) {
        Article a = t.article();
        String published = shiftPublished(a.published(), weeks, k);
        List<String> lines = new ArrayList<>(List.of(a.text().split("\n", -1)));
        // Outlets cut differently: drop some later paragraphs.
        for (int i = lines.size() - 1; i >= 3; i--) {
            if (rng.nextInt(5) == 0) lines.remove(i);
        }
        StringBuilder text = new StringBuilder(substitute(String.join("\n", lines), cast, a.published(), weeks));
        int extra = rng.nextInt(10) < 4 ? 1 + rng.nextInt(3) : 0;
        for (int b = 0; b < extra; b++) {
            Template bt = background.get(b);
            String body = bt.article().text();
            int nl = body.indexOf('\n');
            // Background paragraphs without the other template's headline line.
            String rest = nl >= 0 ? body.substring(nl + 1) : body;
            text.append("\n").append(substitute(rest, backgroundCasts.get(b), bt.article().published(), weeks));
        }
        String title = a.title() == null ? null : substitute(a.title(), cast, a.published(), weeks);
        String outlet = OUTLETS[(story + k) % OUTLETS.length];
        String id = String.format(Locale.ROOT, "bench-%05d", index);
        return new Article(id, "https://example.org/bench/" + id, title, published, outlet, text.toString(), false,
                "generated:" + id);
    }

    /** Shifts by whole weeks; later tellings of a story come out the same day or a day later. */
    private static String shiftPublished(String published, int weeks, int telling) {
        if (published == null) return null;
        String day = published.substring(0, 10);
        LocalDate d = LocalDate.parse(day).plusWeeks(weeks);
        if (telling > 0 && telling % 3 == 0) d = d.plusDays(1);
        return d + published.substring(10);
    }

    static String substitute(String text, Map<String, String> cast, String published, int weeks) {
        String s = replaceNames(text, cast);
        if (published == null || weeks == 0) return s;
        int year = LocalDate.parse(published.substring(0, 10)).getYear();
        s = shiftDates(s, MONTH_DAY, year, weeks, false);
        return shiftDates(s, DAY_MONTH, year, weeks, true);
    }

    private static String replaceNames(String text, Map<String, String> cast) {
        if (cast.isEmpty()) return text;
        String alternation = cast.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()
                        .thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote).collect(Collectors.joining("|"));
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])(" + alternation + ")(?![\\p{L}\\p{N}])").matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) m.appendReplacement(sb, Matcher.quoteReplacement(cast.get(m.group(1))));
        m.appendTail(sb);
        return sb.toString();
    }

    private static String shiftDates(String text, Pattern p, int year, int weeks, boolean dayFirst) {
        Matcher m = p.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String monthName = dayFirst ? m.group(2) : m.group(1);
            int day = Integer.parseInt(dayFirst ? m.group(1) : m.group(2));
            String y = m.group(4);
            String replacement = m.group();
            try {
                LocalDate d = LocalDate.of(y != null ? Integer.parseInt(y) : year,
                        Month.valueOf(monthName.toUpperCase(Locale.ROOT)), day).plusWeeks(weeks);
                String month = d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
                String yr = y != null ? (dayFirst ? " " : ", ") + d.getYear() : "";
                replacement = dayFirst ? d.getDayOfMonth() + " " + month + yr : month + " " + d.getDayOfMonth() + yr;
            } catch (DateTimeException | NumberFormatException e) {
                // not a calendar date ("May 40"): leave it
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Writes articles as JSONL, one object a line, in the input format the article reader accepts. */
    public static void writeJsonl(List<Article> articles, Path file) {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Article a : articles) {
                w.write("{\"id\": " + json(a.id()) + ", \"url\": " + json(a.url()) + ", \"title\": " + json(a.title())
                        + ", \"published\": " + json(a.published()) + ", \"source\": " + json(a.source())
                        + ", \"text\": " + json(a.text()) + "}");
                w.newLine();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    static String json(String s) {
        if (s == null) return "null";
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }
}
