package org.newsgraph.article;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a news page says about itself in its markup: headline, canonical URL, outlet and publication
 * date, from the usual meta tags (Open Graph, article:published_time, schema.org itemprop, &lt;time datetime&gt;).
 */
record HtmlMeta(String title, String url, String source, String published) {
    private static final Pattern META = Pattern.compile("<meta\\s+[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTR = Pattern.compile("([a-zA-Z:-]+)\\s*=\\s*(\"([^\"]*)\"|'([^']*)')");
    private static final Pattern TITLE = Pattern.compile("<title[^>]*>([^<]*)</title>", Pattern.CASE_INSENSITIVE);
    private static final Pattern CANONICAL = Pattern.compile("<link\\s+[^>]*rel\\s*=\\s*[\"']canonical[\"'][^>]*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TIME = Pattern.compile("<time\\s+[^>]*datetime\\s*=\\s*[\"']([^\"']+)[\"']",
            Pattern.CASE_INSENSITIVE);

    static HtmlMeta of(String html) {
        String head = html.length() > 200_000 ? html.substring(0, 200_000) : html;
        String title = null, url = null, source = null, published = null;
        Matcher m = META.matcher(head);
        while (m.find()) {
            String key = null, content = null;
            Matcher a = ATTR.matcher(m.group());
            while (a.find()) {
                String name = a.group(1).toLowerCase(Locale.ROOT);
                String value = a.group(3) != null ? a.group(3) : a.group(4);
                if (name.equals("property") || name.equals("name") || name.equals("itemprop")) key = value.toLowerCase(Locale.ROOT);
                else if (name.equals("content")) content = value;
            }
            if (key == null || content == null || content.isBlank()) continue;
            switch (key) {
                case "og:title", "twitter:title" -> title = title == null ? content : title;
                case "og:url" -> url = url == null ? content : url;
                case "og:site_name", "publisher" -> source = source == null ? content : source;
                case "article:published_time", "datepublished", "pubdate", "date", "dc.date", "dcterms.created" ->
                        published = published == null ? isoDate(content) : published;
                default -> {
                }
            }
        }
        if (title == null) {
            Matcher t = TITLE.matcher(head);
            if (t.find() && !t.group(1).isBlank()) title = t.group(1).strip();
        }
        if (url == null) {
            Matcher c = CANONICAL.matcher(head);
            if (c.find()) {
                Matcher href = Pattern.compile("href\\s*=\\s*[\"']([^\"']+)[\"']", Pattern.CASE_INSENSITIVE).matcher(c.group());
                if (href.find()) url = href.group(1);
            }
        }
        if (published == null) {
            Matcher t = TIME.matcher(head);
            if (t.find()) published = isoDate(t.group(1));
        }
        return new HtmlMeta(title, url, source, published);
    }

    /** An ISO date or date-time as given, or null when it is neither. */
    private static String isoDate(String s) {
        String v = s.strip();
        try {
            if (v.length() > 10) OffsetDateTime.parse(v);
            else LocalDate.parse(v);
            return v;
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(v.substring(0, Math.min(10, v.length()))).toString();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
