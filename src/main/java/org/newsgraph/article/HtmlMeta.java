package org.newsgraph.article;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a news page says about itself in its markup: headline, canonical URL, outlet, authors and publication date.
 * Read, most trusted first, from schema.org JSON-LD ({@code <script type="application/ld+json">}: an Article, a
 * NewsArticle and the like, also inside {@code @graph}), Open Graph and {@code article:*} meta tags, other meta tags
 * ({@code itemprop}, Dublin Core, Parse.ly), {@code <time datetime>}, {@code <title>} and the canonical link. Entities
 * come decoded (jsoup parses the page), and the site's name is taken off the headline ("X | Daily Planet" is "X").
 */
record HtmlMeta(String title, String url, String source, String published, List<String> authors) {

    HtmlMeta {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /** schema.org types whose datePublished and headline are the page's own (not a related item's). */
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "reportagenewsarticle",
            "analysisnewsarticle", "backgroundnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "blogposting",
            "liveblogposting", "socialmediaposting", "webpage", "itempage", "report", "scholarlyarticle", "techarticle");
    /** Meta tags that give the publication time, most trusted first. */
    private static final List<String> PUBLISHED_META = List.of("article:published_time", "datepublished", "og:published_time",
            "pubdate", "publishdate", "publish-date", "date", "dc.date", "dc.date.issued", "dcterms.created",
            "dcterms.issued", "parsely-pub-date", "sailthru.date", "cxenseparse:recs:publishtime");
    /** Separators between a headline and the site's name in a {@code <title>}. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:\\||-|–|—|::|·|•|»)\\s+");

    static HtmlMeta of(String html) {
        return of(Jsoup.parse(html));
    }

    static HtmlMeta of(Document doc) {
        Found jsonLd = new Found();
        for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
            try {
                readJsonLd(Json.parse(script.data().strip()), jsonLd, 0);
            } catch (JsonParseException | ClassCastException e) {
                // a broken block: the other metadata still counts
            }
        }
        Map<String, String> meta = new java.util.HashMap<>();
        for (Element m : doc.select("meta[content]")) {
            String key = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
            String content = m.attr("content").strip();
            if (key.isBlank() || content.isEmpty()) continue;
            meta.putIfAbsent(key.strip().toLowerCase(Locale.ROOT), content);
        }

        String source = first(meta.get("og:site_name"), jsonLd.publisher, meta.get("application-name"),
                meta.get("publisher"), meta.get("twitter:site") != null && !meta.get("twitter:site").startsWith("@")
                        ? meta.get("twitter:site") : null);

        String published = isoDate(jsonLd.published);
        for (int k = 0; published == null && k < PUBLISHED_META.size(); k++) published = isoDate(meta.get(PUBLISHED_META.get(k)));
        if (published == null) published = timeElement(doc);

        String title = first(jsonLd.headline, meta.get("og:title"), meta.get("twitter:title"), meta.get("headline"),
                doc.title().isBlank() ? null : doc.title());
        if (title != null) title = withoutSiteName(title.strip(), source);

        String url = first(meta.get("og:url"), canonical(doc), jsonLd.url);
        List<String> authors = !jsonLd.authors.isEmpty() ? jsonLd.authors
                : meta.get("author") != null ? List.of(meta.get("author"))
                : meta.get("article:author") != null && !meta.get("article:author").startsWith("http")
                        ? List.of(meta.get("article:author")) : List.of();
        return new HtmlMeta(title, url, source, published, authors);
    }

    /** What the page's JSON-LD says about the page's own article (the first such node wins). */
    private static final class Found {
        String headline;
        String published;
        String url;
        String publisher;
        final List<String> authors = new ArrayList<>();
        boolean article;
    }

    @SuppressWarnings("unchecked")
    private static void readJsonLd(Object node, Found found, int depth) {
        if (depth > 8 || node == null) return;
        if (node instanceof List<?> list) {
            for (Object o : list) readJsonLd(o, found, depth + 1);
            return;
        }
        if (!(node instanceof Map<?, ?> raw)) return;
        Map<String, Object> m = (Map<String, Object>) raw;
        if (m.get("@graph") != null) readJsonLd(m.get("@graph"), found, depth + 1);
        if (!isArticle(m.get("@type"))) return;
        boolean page = isOnly(m.get("@type"), "webpage");
        // an Article beats the WebPage around it: take the WebPage's values only while no Article was seen
        if (found.article && page) return;
        if (!page && !found.article) {
            found.article = true;
            found.headline = null;
            found.published = null;
            found.url = null;
        }
        found.headline = first(found.headline, text(m.get("headline")), text(m.get("name")));
        found.published = first(found.published, text(m.get("datePublished")), text(m.get("dateCreated")));
        found.url = first(found.url, text(m.get("url")), text(m.get("mainEntityOfPage")));
        found.publisher = first(found.publisher, text(m.get("publisher")));
        if (found.authors.isEmpty()) {
            Object a = m.get("author");
            for (Object one : a instanceof List<?> l ? l : a == null ? List.of() : List.of(a)) {
                String name = text(one);
                if (name != null && !name.startsWith("http")) found.authors.add(name);
            }
        }
    }

    private static boolean isArticle(Object type) {
        for (Object t : type instanceof List<?> l ? l : List.of(type == null ? "" : type)) {
            if (t instanceof String s && ARTICLE_TYPES.contains(local(s))) return true;
        }
        return false;
    }

    private static boolean isOnly(Object type, String name) {
        for (Object t : type instanceof List<?> l ? l : List.of(type == null ? "" : type)) {
            if (!(t instanceof String s) || !local(s).endsWith(name)) return false;
        }
        return true;
    }

    /** "https://schema.org/NewsArticle" and "schema:NewsArticle" are "newsarticle". */
    private static String local(String type) {
        int cut = Math.max(type.lastIndexOf('/'), type.lastIndexOf(':'));
        return type.substring(cut + 1).toLowerCase(Locale.ROOT);
    }

    /** A string, or the name (else the @id or url) of an object: publishers and authors come as either. */
    @SuppressWarnings("unchecked")
    private static String text(Object v) {
        if (v instanceof List<?> l) return l.isEmpty() ? null : text(l.get(0));
        if (v instanceof String s) {
            String t = org.jsoup.parser.Parser.unescapeEntities(s, false).strip(); // JSON-LD strings may hold entities too
            return t.isEmpty() ? null : t;
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> o = (Map<String, Object>) m;
            return first(text(o.get("name")), text(o.get("@id")), text(o.get("url")));
        }
        return null;
    }

    private static String canonical(Document doc) {
        Element link = doc.selectFirst("link[rel~=(?i)^canonical$][href]");
        return link == null ? null : link.attr("href").strip();
    }

    /** A {@code <time datetime>}: the one marked as the publication time, else the first that is a date. */
    private static String timeElement(Document doc) {
        for (String q : List.of("time[itemprop~=(?i)datePublished][datetime]", "time[pubdate][datetime]",
                "time[class~=(?i)publish][datetime]", "time[datetime]")) {
            for (Element t : doc.select(q)) {
                String d = isoDate(t.attr("datetime"));
                if (d != null) return d;
            }
        }
        return null;
    }

    /**
     * The headline without the site's name that pages append or prepend: "X | Daily Planet" and "Daily Planet – X"
     * are "X". The part after the last '|' also goes when it is short and no site name is known.
     */
    static String withoutSiteName(String title, String site) {
        String[] parts = SEPARATOR.split(title);
        if (parts.length < 2) return title;
        String siteKey = site == null ? null : key(site);
        if (siteKey != null && !siteKey.isEmpty()) {
            if (key(parts[parts.length - 1]).equals(siteKey)) return joinUpTo(title, parts.length - 1);
            if (key(parts[0]).equals(siteKey)) return title.substring(title.indexOf(parts[1], parts[0].length())).strip();
        }
        int bar = title.lastIndexOf(" | ");
        if (bar > 0) {
            String tail = title.substring(bar + 3).strip();
            String head = title.substring(0, bar).strip();
            if (tail.split("\\s+").length <= 4 && head.split("\\s+").length >= 3) return head;
        }
        return title;
    }

    /** The title up to (not including) its {@code n}-th part, n ≥ 1. */
    private static String joinUpTo(String title, int n) {
        java.util.regex.Matcher m = SEPARATOR.matcher(title);
        int cut = title.length();
        for (int k = 0; k < n && m.find(); k++) cut = m.start();
        return title.substring(0, cut).strip();
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T v : values) if (v != null) return v;
        return null;
    }

    /**
     * An ISO date or date-time as the graph takes it (a date-time with its offset, else the date), or null when the
     * text is neither. "2026-03-05T14:20:00+0100" and "2026-03-05 14:20" are read as browsers and CMSs write them.
     */
    static String isoDate(String s) {
        if (s == null) return null;
        String v = s.strip();
        if (v.isEmpty()) return null;
        // +0100 to +01:00; a space between date and time to 'T'
        String norm = v.replaceFirst("^(\\d{4}-\\d{2}-\\d{2}) (\\d{2}:\\d{2})", "$1T$2")
                .replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2");
        try {
            if (norm.length() > 10) {
                try {
                    OffsetDateTime.parse(norm);
                    return norm;
                } catch (DateTimeParseException e) {
                    return LocalDateTime.parse(norm).toLocalDate().toString();
                }
            }
            return LocalDate.parse(norm).toString();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(norm.substring(0, Math.min(10, norm.length()))).toString();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
