package org.newsgraph.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A small forgiving HTML tokenizer that turns a page into lines of visible body text. Page furniture
 * that markup identifies (navigation, headers, footers, asides, forms, figures, elements whose class,
 * id or role names a menu, share bar, comment section and so on) is skipped as whole subtrees.
 * Never throws on malformed input: unclosed tags and quotes end at the end of the text, stray end tags
 * are ignored, and an end tag closes any unclosed elements opened inside its element.
 */
final class HtmlLines {
    /** Elements whose content is raw text, skipped up to their end tag. */
    private static final Set<String> RAW_TEXT = Set.of(
            "script", "style", "noscript", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext");
    /** Elements skipped with their whole subtree. */
    private static final Set<String> SKIP = Set.of(
            "nav", "header", "footer", "aside", "form", "button", "figure", "figcaption", "template", "svg",
            "math", "select", "dialog", "menu", "object", "canvas", "video", "audio", "picture", "map", "head",
            "label", "input", "fieldset");
    private static final Set<String> VOID = Set.of(
            "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
            "track", "wbr", "keygen", "command", "basefont", "frame", "isindex");
    /** Elements that end a line where they start and where they end. */
    private static final Set<String> BLOCK = Set.of(
            "address", "article", "aside", "blockquote", "body", "br", "caption", "center", "dd", "details",
            "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
            "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol", "p",
            "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "td", "th", "tr", "ul", "option",
            "legend", "listing", "frameset", "head", "title", "iframe", "video", "audio", "picture",
            "button", "select", "textarea", "input", "label");
    /** class / id tokens that mark furniture; matched on word parts split at '-', '_' and case changes. */
    private static final Pattern FURNITURE_ATTR = Pattern.compile(
            "(?:^|[-_\\s])(?:menu|menus|nav|navbar|navigation|share|sharing|sharebar|social|socials|related|"
            + "newsletter|newsletters|subscribe|subscription|advert|advertisement|adverts|ad|ads|adslot|adunit|"
            + "dfp|sponsor|sponsored|promo|promos|cookie|cookies|consent|gdpr|comment|comments|disqus|"
            + "footer|breadcrumb|breadcrumbs|byline|author|caption|credit|credits|sidebar|widget|toolbar|popup|"
            + "modal|overlay|signup|login|masthead|tags|taglist|keywords|recommended|recommendations|"
            + "trending|popular|most-read|mostread|outbrain|taboola|print|skip|skiplink|visually-hidden|"
            + "sr-only|screen-reader-text|hidden|teaser|teasers|more-stories|read-more|readmore|see-also|"
            + "latest|pagination|pager|gallery|slideshow|carousel|video-player|player|audio-player|listen|"
            + "tts|rating|reactions|bookmark|follow|copyright|disclaimer)(?:$|[-_\\s\\d])");
    private static final Set<String> FURNITURE_ROLES = Set.of(
            "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog",
            "alertdialog", "toolbar", "button", "form", "tablist", "alert", "status", "doc-credit", "figure");

    private final String html;
    private final int n;
    private final LineCollector out = new LineCollector();
    private final List<Frame> stack = new ArrayList<>();
    private final int[] cp = new int[1];
    private int skipping;
    private int headings;
    private int items;
    private int pre;
    private int articles;
    private int mains;
    private int nextRegion;
    private int article = -1;
    private int main = -1;

    /** Class tokens that describe a state of the element rather than what it is ("has-comments"). */
    private static final Pattern MODIFIER = Pattern.compile(
            "^(?:has|with|without|no|show|hide|enable|enabled|disable|disabled|allow|can|is|js|u|l|supports|"
            + "theme|layout|template|page|single|post-type|type|format)[-_].*");

    private final boolean attributeRules;

    private record Frame(String name, boolean skip, boolean heading, boolean item, boolean pre,
                         boolean article, boolean main) {
    }

    private HtmlLines(String html, boolean attributeRules) {
        this.html = html;
        this.n = html.length();
        this.attributeRules = attributeRules;
    }

    /**
     * Lines of visible text. With {@code attributeRules} off, only element names and explicit hiding decide
     * what is skipped (the fallback when class names swallowed the whole page).
     */
    static List<Line> extract(String html, boolean attributeRules) {
        HtmlLines h = new HtmlLines(html, attributeRules);
        h.run();
        return h.out.finish(html.length());
    }

    private void run() {
        int i = 0;
        while (i < n) {
            char c = html.charAt(i);
            if (c == '<') {
                i = markup(i);
            } else if (c == '&') {
                int used = CharRefs.decode(html, i, cp);
                if (used == 0) {
                    text('&', i, i + 1);
                    i++;
                } else {
                    int end = i + used;
                    if (Character.isBmpCodePoint(cp[0])) {
                        text((char) cp[0], i, end);
                    } else {
                        text(Character.highSurrogate(cp[0]), i, end);
                        text(Character.lowSurrogate(cp[0]), i, end);
                    }
                    i = end;
                }
            } else {
                if (pre > 0 && (c == '\n' || c == '\r')) {
                    if (c == '\r' && i + 1 < n && html.charAt(i + 1) == '\n') i++;
                    if (skipping == 0) out.breakLine(i);
                } else {
                    text(c, i, i + 1);
                }
                i++;
            }
        }
    }

    private void text(char c, int off, int end) {
        if (skipping > 0) return;
        if (out.empty() && !LineCollector.isSpace(c))
            out.context(headings > 0 ? Line.HEADING : items > 0 ? Line.ITEM : Line.TEXT, article, main);
        out.add(c, off, end);
    }

    /** Handles the markup starting at '&lt;' at {@code i}; returns the position after it. */
    private int markup(int i) {
        if (i + 1 >= n) {
            text('<', i, i + 1);
            return i + 1;
        }
        char next = html.charAt(i + 1);
        if (next == '!') {
            if (html.startsWith("<!--", i)) {
                int end = html.indexOf("-->", i + 4);
                return end < 0 ? n : end + 3;
            }
            if (html.regionMatches(true, i, "<![CDATA[", 0, 9)) {
                int end = html.indexOf("]]>", i + 9);
                int stop = end < 0 ? n : end;
                for (int k = i + 9; k < stop; k++) text(html.charAt(k), k, k + 1);
                return end < 0 ? n : end + 3;
            }
            return afterGt(i + 2);
        }
        if (next == '?') return afterGt(i + 2);
        if (next == '/') {
            if (i + 2 < n && isLetter(html.charAt(i + 2))) {
                int j = i + 2;
                while (j < n && isNameChar(html.charAt(j))) j++;
                String name = html.substring(i + 2, j).toLowerCase(Locale.ROOT);
                endTag(name, i);
                return afterGt(j);
            }
            if (i + 2 < n && html.charAt(i + 2) == '>') return i + 3;
            return afterGt(i + 2); // bogus comment
        }
        if (!isLetter(next)) {
            text('<', i, i + 1);
            return i + 1;
        }
        return startTag(i);
    }

    private int afterGt(int from) {
        int end = html.indexOf('>', from);
        return end < 0 ? n : end + 1;
    }

    private int startTag(int lt) {
        int j = lt + 1;
        while (j < n && isNameChar(html.charAt(j))) j++;
        String name = html.substring(lt + 1, j).toLowerCase(Locale.ROOT);
        String cls = null;
        String id = null;
        String role = null;
        boolean hidden = false;
        boolean articleBody = false;
        boolean selfClosing = false;
        while (j < n) {
            char c = html.charAt(j);
            if (c == '>') {
                j++;
                break;
            }
            if (c == '/' ) {
                selfClosing = j + 1 < n && html.charAt(j + 1) == '>';
                j++;
                continue;
            }
            if (Character.isWhitespace(c)) {
                j++;
                continue;
            }
            int ns = j;
            while (j < n) {
                char a = html.charAt(j);
                if (a == '=' || a == '>' || a == '/' || Character.isWhitespace(a)) break;
                j++;
            }
            if (j == ns) j++; // a lone '=' or similar: skip it
            String attr = html.substring(ns, j).toLowerCase(Locale.ROOT);
            int k = j;
            while (k < n && Character.isWhitespace(html.charAt(k))) k++;
            String value = "";
            if (k < n && html.charAt(k) == '=') {
                k++;
                while (k < n && Character.isWhitespace(html.charAt(k))) k++;
                if (k < n && (html.charAt(k) == '"' || html.charAt(k) == '\'')) {
                    char q = html.charAt(k);
                    int close = html.indexOf(q, k + 1);
                    if (close < 0 || containsEndTag(k + 1, close)) {
                        // an unterminated quote: end the tag at the next '>' rather than swallow the page
                        int gt = html.indexOf('>', k + 1);
                        value = html.substring(k + 1, gt < 0 ? n : gt);
                        j = gt < 0 ? n : gt;
                    } else {
                        value = html.substring(k + 1, close);
                        j = close + 1;
                    }
                } else {
                    int vs = k;
                    while (k < n && !Character.isWhitespace(html.charAt(k)) && html.charAt(k) != '>') k++;
                    value = html.substring(vs, k);
                    j = k;
                }
            }
            switch (attr) {
                case "class" -> cls = value;
                case "id" -> id = value;
                case "role" -> role = value.trim().toLowerCase(Locale.ROOT);
                case "hidden" -> hidden = true;
                case "aria-hidden" -> hidden |= value.trim().equalsIgnoreCase("true");
                case "style" -> hidden |= value.toLowerCase(Locale.ROOT).replace(" ", "").contains("display:none");
                case "itemprop" -> articleBody = value.toLowerCase(Locale.ROOT).contains("articlebody");
                default -> { }
            }
        }
        return startElement(name, lt, j, cls, id, role, hidden, articleBody, selfClosing);
    }

    /** Opens an element; returns where scanning continues (past the content of raw-text elements). */
    private int startElement(String name, int lt, int after, String cls, String id, String role,
                              boolean hidden, boolean articleBody, boolean selfClosing) {
        if (BLOCK.contains(name) && skipping == 0) out.breakLine(lt);
        if (VOID.contains(name)) return after;
        if (RAW_TEXT.contains(name) && !selfClosing) return skipRawText(name, after);
        if (selfClosing) return after;
        boolean isMain = name.equals("main") || "main".equals(role);
        boolean isArticle = name.equals("article") || articleBody;
        boolean skip;
        if (isMain || isArticle || name.equals("body") || name.equals("html")) {
            // containers of the story: their classes describe the page, not furniture
            skip = hidden && !name.equals("html") && !name.equals("body");
        } else {
            skip = hidden || skipTag(name) || (role != null && FURNITURE_ROLES.contains(role))
                    || (attributeRules && (furnitureAttr(cls) || furnitureAttr(id)));
        }
        boolean heading = name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6';
        boolean item = name.equals("li") || name.equals("dd") || name.equals("dt");
        boolean isPre = name.equals("pre") || name.equals("listing");
        if (stack.size() > 4000 && !skip && !isMain && !isArticle && !heading && !item && !isPre) return after;
        Frame f = new Frame(name, skip, heading, item, isPre, isArticle, isMain);
        stack.add(f);
        if (skip) skipping++;
        if (heading) headings++;
        if (item) items++;
        if (isPre) pre++;
        if (isArticle && articles++ == 0) article = nextRegion++;
        if (isMain && mains++ == 0) main = nextRegion++;
        return after;
    }

    private boolean skipTag(String name) {
        if (!SKIP.contains(name)) return false;
        // a header inside the story holds its headline; one outside it is the site's masthead
        return !(name.equals("header") && (articles > 0 || mains > 0));
    }

    private static boolean furnitureAttr(String v) {
        if (v == null || v.isEmpty()) return false;
        for (String token : splitCamel(v).split("\\s+")) {
            if (!token.isEmpty() && !MODIFIER.matcher(token).matches() && FURNITURE_ATTR.matcher(token).find())
                return true;
        }
        return false;
    }

    /** "shareBar" becomes "share-bar" so that camel-case class names match word by word. */
    private static String splitCamel(String v) {
        StringBuilder b = null;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(v.charAt(i - 1))) {
                if (b == null) b = new StringBuilder(v.length() + 4).append(v, 0, i);
                b.append('-');
            }
            if (b != null) b.append(c);
        }
        return (b == null ? v : b.toString()).toLowerCase(Locale.ROOT);
    }

    private int skipRawText(String name, int from) {
        int j = from;
        while (j < n) {
            int lt = html.indexOf("</", j);
            if (lt < 0) break;
            int e = lt + 2 + name.length();
            if (html.regionMatches(true, lt + 2, name, 0, name.length())
                    && (e >= n || !isNameChar(html.charAt(e)))) {
                if (BLOCK.contains(name) && skipping == 0) out.breakLine(lt);
                return afterGt(e);
            }
            j = lt + 2;
        }
        return n;
    }

    private void endTag(String name, int lt) {
        if (BLOCK.contains(name) && skipping == 0) out.breakLine(lt);
        for (int k = stack.size() - 1; k >= 0; k--) {
            if (stack.get(k).name.equals(name)) {
                while (stack.size() > k) pop(stack.remove(stack.size() - 1));
                break;
            }
        }
        if (BLOCK.contains(name) && skipping == 0) out.breakLine(lt);
    }

    private void pop(Frame f) {
        if (f.skip) skipping--;
        if (f.heading) headings--;
        if (f.item) items--;
        if (f.pre) pre--;
        if (f.article && --articles == 0) article = -1;
        if (f.main && --mains == 0) main = -1;
    }

    private boolean containsEndTag(int from, int to) {
        for (int k = from; k + 1 < to; k++) if (html.charAt(k) == '<' && html.charAt(k + 1) == '/') return true;
        return false;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isNameChar(char c) {
        return isLetter(c) || (c >= '0' && c <= '9') || c == '-' || c == ':' || c == '_' || c == '.';
    }
}
