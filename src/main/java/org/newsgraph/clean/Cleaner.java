package org.newsgraph.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.newsgraph.article.Article;

/**
 * Turns article text (plain or HTML) into body text without page furniture, one block per line, with
 * every character mapped back to the original text. Stateless and thread-safe.
 *
 * <p>HTML is parsed with jsoup, as browsers parse it. Kept characters map to the character they came from (a decoded
 * HTML character reference maps to its '&amp;'; a collapsed whitespace run maps to its first character). The '\n' between two lines maps to
 * the original line terminator (plain text) or to the '&lt;' of the tag that ended the block (HTML).
 */
public final class Cleaner {
    private static final Cleaner INSTANCE = new Cleaner();
    /** Below this many letters an HTML page is re-read without class/id rules, which may have hidden the story. */
    private static final int MIN_HTML_LETTERS = 200;
    /** A main/article element is preferred when it holds at least this share of the page's text. */
    private static final double REGION_SHARE = 0.3;

    private Cleaner() {
    }

    public static Cleaner create() {
        return INSTANCE;
    }

    /** Cleans an article, reading its text as HTML when the article says so or the text is plainly a page. */
    public CleanText clean(Article article) {
        Objects.requireNonNull(article, "article");
        return article.html() || looksLikePage(article.text()) ? cleanHtml(article.text()) : cleanText(article.text());
    }

    public CleanText cleanText(String text) {
        Objects.requireNonNull(text, "text");
        return join(Furniture.filter(plainLines(text)));
    }

    public CleanText cleanHtml(String html) {
        Objects.requireNonNull(html, "html");
        org.jsoup.nodes.Document doc = HtmlLines.parse(html);
        List<Line> lines = preferStory(HtmlLines.extract(html, doc, true));
        if (letters(lines) < MIN_HTML_LETTERS) {
            List<Line> all = preferStory(HtmlLines.extract(html, doc, false));
            if (letters(all) > letters(lines) * 2) lines = all;
        }
        return join(Furniture.filter(lines));
    }

    static List<Line> plainLines(String text) {
        LineCollector c = new LineCollector();
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char ch = text.charAt(i);
            if (ch == '\n' || ch == '\u2028' || ch == '\u2029' || ch == '\u0085') {
                c.breakLine(i);
            } else if (ch == '\r') {
                if (i + 1 < n && text.charAt(i + 1) == '\n') continue;
                c.breakLine(i);
            } else {
                c.add(ch, i, i + 1);
            }
        }
        return c.finish(n);
    }

    /** Keeps only the main element and, within it, the dominant article element, when they hold the story. */
    private static List<Line> preferStory(List<Line> lines) {
        int total = letters(lines);
        if (total == 0) return lines;
        int inMain = 0;
        for (Line l : lines) if (l.main >= 0) inMain += l.text.length();
        if (inMain >= REGION_SHARE * total && inMain < total) {
            List<Line> kept = new ArrayList<>();
            for (Line l : lines) if (l.main >= 0) kept.add(l);
            lines = kept;
            total = letters(lines);
        }
        java.util.Map<Integer, Integer> perArticle = new java.util.HashMap<>();
        for (Line l : lines) if (l.article >= 0) perArticle.merge(l.article, l.text.length(), Integer::sum);
        int best = -1;
        int bestSize = 0;
        for (var e : perArticle.entrySet()) {
            if (e.getValue() > bestSize) {
                best = e.getKey();
                bestSize = e.getValue();
            }
        }
        if (best >= 0 && bestSize >= REGION_SHARE * total && bestSize < total) {
            List<Line> kept = new ArrayList<>();
            for (Line l : lines) if (l.article == best) kept.add(l);
            lines = kept;
        }
        return lines;
    }

    private static int letters(List<Line> lines) {
        int n = 0;
        for (Line l : lines) n += l.text.length();
        return n;
    }

    private static CleanText join(List<Line> lines) {
        int size = 0;
        for (Line l : lines) size += l.text.length() + 1;
        if (size > 0) size--;
        char[] chars = new char[size];
        int[] map = new int[size + 1];
        int p = 0;
        for (int k = 0; k < lines.size(); k++) {
            Line l = lines.get(k);
            if (k > 0) {
                chars[p] = '\n';
                map[p++] = lines.get(k - 1).breakOffset;
            }
            l.text.getChars(0, l.text.length(), chars, p);
            System.arraycopy(l.map, 0, map, p, l.map.length);
            p += l.text.length();
        }
        map[size] = lines.isEmpty() ? 0 : lines.get(lines.size() - 1).endOffset;
        return new CleanText(new String(chars), map);
    }

    private static boolean looksLikePage(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
        return text.regionMatches(true, i, "<!doctype html", 0, 14) || text.regionMatches(true, i, "<html", 0, 5);
    }
}
