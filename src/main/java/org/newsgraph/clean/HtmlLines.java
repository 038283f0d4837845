package org.newsgraph.clean;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;

/**
 * Turns a page, parsed by jsoup as browsers parse it (with source positions), into lines of visible body text.
 * Page furniture that markup identifies (navigation, headers, footers, asides, forms, figures, elements whose
 * class, id or role names a menu, share bar, comment section and so on) is skipped as whole subtrees. Every
 * character keeps the offset of its source in the page: a decoded character reference maps to its '&amp;', a
 * line break to the '&lt;' of the tag that ended the block.
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

    /** Class tokens that describe a state of the element rather than what it is ("has-comments"). */
    private static final Pattern MODIFIER = Pattern.compile(
            "^(?:has|with|without|no|show|hide|enable|enabled|disable|disabled|allow|can|is|js|u|l|supports|"
            + "theme|layout|template|page|single|post-type|type|format)[-_].*");

    /** A character reference as the tokenizer reads one (named ones may lack their ';'). */
    private static final Pattern REF = Pattern.compile("&(?:#[xX][0-9a-fA-F]+;?|#[0-9]+;?|[A-Za-z][A-Za-z0-9]*;?)");

    private final String html;
    private final boolean attributeRules;
    private final LineCollector out = new LineCollector();
    private int headings;
    private int items;
    private int pre;
    private int articles;
    private int mains;
    private int nextRegion;
    private int article = -1;
    private int main = -1;
    /** The furthest source offset seen, for nodes that jsoup made up (implied elements have no source). */
    private int last;

    private HtmlLines(String html, boolean attributeRules) {
        this.html = html;
        this.attributeRules = attributeRules;
    }

    /** Parses a page as a browser would, keeping each node's source range. */
    static Document parse(String html) {
        return Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
    }

    /** Lines of visible text of a page. */
    static List<Line> extract(String html, boolean attributeRules) {
        return extract(html, parse(html), attributeRules);
    }

    /**
     * Lines of visible text of {@code doc}, the parse of {@code html}. With {@code attributeRules} off, only element
     * names and explicit hiding decide what is skipped (the fallback when class names swallowed the whole page).
     */
    static List<Line> extract(String html, Document doc, boolean attributeRules) {
        HtmlLines h = new HtmlLines(html, attributeRules);
        doc.filter(h.new Walk());
        return h.out.finish(html.length());
    }

    private final class Walk implements NodeFilter {
        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                text(t);
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e) || node instanceof Document) return FilterResult.CONTINUE;
            String name = e.normalName();
            int start = start(e);
            if (BLOCK.contains(name)) out.breakLine(start);
            if (VOID.contains(name)) return FilterResult.SKIP_ENTIRELY;
            if (RAW_TEXT.contains(name)) return FilterResult.SKIP_ENTIRELY;
            String role = e.hasAttr("role") ? e.attr("role").trim().toLowerCase(Locale.ROOT) : null;
            boolean hidden = e.hasAttr("hidden") || e.attr("aria-hidden").trim().equalsIgnoreCase("true")
                    || e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "").contains("display:none");
            boolean articleBody = e.attr("itemprop").toLowerCase(Locale.ROOT).contains("articlebody");
            boolean isMain = name.equals("main") || "main".equals(role);
            boolean isArticle = name.equals("article") || articleBody;
            boolean skip;
            if (isMain || isArticle || name.equals("body") || name.equals("html")) {
                // containers of the story: their classes describe the page, not furniture
                skip = hidden && !name.equals("html") && !name.equals("body");
            } else {
                skip = hidden || skipTag(name) || (role != null && FURNITURE_ROLES.contains(role))
                        || (attributeRules && (furnitureAttr(e.attr("class")) || furnitureAttr(e.attr("id"))));
            }
            if (skip) return FilterResult.SKIP_ENTIRELY;
            if (isHeading(name)) headings++;
            if (isItem(name)) items++;
            if (isPre(name)) pre++;
            if (isArticle && articles++ == 0) article = nextRegion++;
            if (isMain && mains++ == 0) main = nextRegion++;
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element e) || node instanceof Document) return FilterResult.CONTINUE;
            String name = e.normalName();
            if (BLOCK.contains(name)) out.breakLine(end(e));
            if (isHeading(name)) headings--;
            if (isItem(name)) items--;
            if (isPre(name)) pre--;
            boolean isArticle = name.equals("article") || e.attr("itemprop").toLowerCase(Locale.ROOT).contains("articlebody");
            boolean isMain = name.equals("main") || "main".equalsIgnoreCase(e.attr("role").trim());
            if (isArticle && --articles == 0) article = -1;
            if (isMain && --mains == 0) main = -1;
            return FilterResult.CONTINUE;
        }
    }

    private static boolean isHeading(String name) {
        return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6';
    }

    private static boolean isItem(String name) {
        return name.equals("li") || name.equals("dd") || name.equals("dt");
    }

    private static boolean isPre(String name) {
        return name.equals("pre") || name.equals("listing");
    }

    /** Where an element's start tag is in the source (for an implied element, the furthest point read so far). */
    private int start(Element e) {
        Range r = e.sourceRange();
        if (r.isTracked() && !r.isImplicit()) last = Math.max(last, r.startPos());
        return r.isTracked() && !r.isImplicit() ? r.startPos() : last;
    }

    /** Where an element's end tag is (where an implied end is, if it has none). */
    private int end(Element e) {
        Range r = e.endSourceRange();
        if (r.isTracked()) {
            last = Math.max(last, r.startPos());
            return r.startPos();
        }
        return last;
    }

    /** Adds a text node's characters, each mapped to its source: decoded references to their '&amp;'. */
    private void text(TextNode t) {
        String text = t.getWholeText();
        Range r = t.sourceRange();
        if (!r.isTracked()) {
            for (int j = 0; j < text.length(); j++) emit(text.charAt(j), last, last);
            return;
        }
        int s = r.startPos();
        int e = Math.min(r.endPos(), html.length());
        boolean cdata = t instanceof CDataNode; // as written: no references in it
        if (cdata && html.startsWith("<![CDATA[", s)) s += 9;
        int i = s;
        int j = 0;
        Matcher m = REF.matcher(html);
        while (j < text.length()) {
            if (i >= e) {
                emit(text.charAt(j++), Math.max(s, e - 1), e);
                continue;
            }
            char c = html.charAt(i);
            if (c == '&' && !cdata) {
                m.region(i, e);
                if (m.lookingAt()) {
                    String token = m.group();
                    String decoded = Parser.unescapeEntities(token, false);
                    if (!decoded.equals(token)) {
                        // "&notit;" reads as "¬it;": the decoded head comes from the reference, the rest is as written
                        int k = 0;
                        while (k < decoded.length() - 1 && k < token.length() - 1
                                && decoded.charAt(decoded.length() - 1 - k) == token.charAt(token.length() - 1 - k)) k++;
                        String head = decoded.substring(0, decoded.length() - k);
                        int used = token.length() - k;
                        if (text.startsWith(head, j)) {
                            for (int h = 0; h < head.length(); h++) emit(head.charAt(h), i, i + used);
                            j += head.length();
                            i += used;
                            continue;
                        }
                    }
                }
            }
            if (c == text.charAt(j) || (c == '\0' && text.charAt(j) == '\uFFFD')) {
                emit(text.charAt(j++), i, i + 1);
            }
            i++; // a source character the parser dropped (or one it made into another): skip it
        }
        last = Math.max(last, e);
    }

    private void emit(char c, int off, int end) {
        if (pre > 0 && (c == '\n' || c == '\r')) {
            out.breakLine(off);
            return;
        }
        if (out.empty() && !LineCollector.isSpace(c))
            out.context(headings > 0 ? Line.HEADING : items > 0 ? Line.ITEM : Line.TEXT, article, main);
        out.add(c, off, end);
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

}
