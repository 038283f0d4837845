package org.newsgraph.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Line-level removal of page furniture by general features of the line: script, known interface phrases,
 * photo credits, link lists under a list header, and menu-like runs of short lines at either end.
 * When unsure a line stays: losing body text costs facts, keeping a menu item rarely does.
 */
final class Furniture {
    /** Whole-line interface phrases, matched on the lower-cased line stripped of surrounding symbols. */
    private static final Pattern UI = Pattern.compile(String.join("|",
            "share(?: (?:this|the))?(?: (?:article|story|post|page|link|video|on|via))?(?: (?:on|via|with) [\\p{L} ]{1,20})?",
            "share (?:and|&) follow|follow us(?: on [\\p{L} ]{1,20})?|follow(?: on [\\p{L} ]{1,20})?|followers?",
            "tweet|pin it|e-?mail(?: this)?(?: (?:article|story|page))?|copy(?: the)? link|link copied|copied",
            "print(?: this)?(?: (?:article|story|page))?|facebook|twitter|x|whatsapp|telegram|linkedin|reddit|pinterest",
            "vk|vkontakte|instagram|youtube|tiktok|flipboard|messenger|viber|threads|bluesky|mastodon|rss(?: feeds?)?",
            "subscribe(?: (?:now|today|here|for free|free))?|subscribe to (?:our |the )?[\\p{L} ]{1,30}",
            "sign up(?: (?:now|today|here|for free))?|sign up (?:for|to) [\\p{L} ]{0,30}",
            "(?:our |free |daily |weekly )*newsletters?|get (?:our|the) newsletter",
            "log ?in|log ?out|sign ?in|sign ?out|register|my account|create (?:an |a free )?account",
            "advertisement|advertising|advert|ads?|sponsored(?: (?:content|post|links?))?|promoted(?: (?:content|stories))?",
            "paid (?:post|content)|partner content|(?:story|article) continues below(?: this)?(?: (?:advertisement|ad))?",
            "continue reading(?: (?:below|the (?:main )?story))?|scroll (?:down )?to continue(?: (?:with content|reading))?",
            "remove ads?|ad-free|advertisement - scroll to continue",
            "skip to (?:the )?(?:main )?(?:content|navigation|article|search|footer|menu)|skip (?:navigation|nav)",
            "jump to (?:main )?content|go to (?:main )?content",
            "read more|read also|also read|read next|read the (?:full )?(?:article|story)|read full (?:article|story)",
            "read this next|see also|see more|view more|show more|show less|load more|more|less|expand|collapse",
            "open|close|closed|dismiss|ok|okay|got it|accept|accept all|decline|reject all|cancel",
            "next|previous|prev|back|next (?:article|story|page)|previous (?:article|story|page)",
            "back to top|to top|top|go to top|scroll to top|up",
            "comments?|no comments(?: yet)?|(?:view|show|hide|load|read) comments|leave a (?:comment|reply)",
            "post a comment|add (?:a |your )?comment|write a comment|join the (?:conversation|discussion)",
            "comments are closed|reply|replies|report(?: (?:an )?(?:error|typo|mistake))?|found (?:a |an )?(?:typo|error|mistake)",
            "listen(?: to (?:this|the) (?:article|story|text))?|listen now|play|pause|play (?:audio|video)",
            "voice the text|text to speech|audio version|(?:\\d+ )?min(?:ute)?s? read|reading time(?: \\d+ min(?:ute)?s?)?",
            "font size|text size|select important|highlight important|on|off|enable|disable|(?:dark|light|night) mode",
            "toggle (?:navigation|menu|search)|menu|main menu|navigation|search|search for|home|homepage|home page",
            "sections|all sections|topics|tags?|categories|category|filed under|contact(?: us)?|about(?: us)?",
            "privacy(?: (?:policy|notice|settings))?|cookies?(?: (?:policy|settings|preferences))?",
            "terms(?: of (?:use|service))?(?: and conditions)?|terms & conditions|editorial (?:policy|standards)",
            "accessibility(?: statement)?|site ?map|archives?|help|faq|feedback|careers|jobs|advertise(?: with us)?",
            "corrections|download (?:the |our )?app|get the app|app store|google play",
            "live|live broadcast|live updates|live blog|live now|watch(?: (?:live|now|video))?|videos?|photos?",
            "(?:photo )?gallery|images?|audio|podcasts?|breaking|breaking news|main slide|slide \\d+ of \\d+",
            "(?:beginning|start|end) of (?:the )?article|loading|please wait",
            "like|likes|views?|print version|mobile version|full version|desktop version|english version"));

    /** Headers of link lists: the header and the list below it go. */
    private static final Pattern LIST_HEADER = Pattern.compile(String.join("|",
            "latest(?: (?:news|stories|articles|headlines|updates|videos|posts))?|latest (?:from|in|on) [\\p{L}\\d .'&-]{1,40}",
            "related(?: (?:news|articles?|stories|story|content|posts|coverage|topics|reading|links|video))?",
            "you (?:may|might) (?:also )?(?:like|enjoy|be interested in|have missed)",
            "(?:we )?recommend(?:ed)?(?: (?:for you|stories|articles|reading))?",
            "(?:more|also) (?:from|in|on|about) [\\p{L}\\d .'&-]{1,40}",
            "more (?:news|stories|articles|headlines|coverage|top stories|to read)",
            "most (?:read|popular|viewed|shared|commented|emailed|watched)(?: (?:news|stories|articles|now|today|this week))?",
            "popular(?: (?:now|today|stories|news|articles|posts))?|trending(?: (?:now|news|stories|topics|articles))?",
            "top (?:stories|news|headlines|articles|picks|reads)|editor'?s'? picks?|editors' choice|must read",
            "don'?t miss|in other news|other news|in case you missed it|what to read next|further reading",
            "read more|read next|see also|also read|read also|more stories|more headlines|news ?feed|news in brief",
            "recent (?:posts|news|articles|stories)|other (?:stories|articles)|similar (?:news|articles|stories)",
            "(?:hot|today'?s|day'?s) (?:news|topics|stories)|all news|news of the day"));

    /** A link line such as "READ MORE: Some headline". */
    private static final Pattern LINK_PREFIX = Pattern.compile(
            "(?i)^(?:read more|read also|also read|see also|related(?: article| story| coverage)?|recommended|"
            + "watch|listen|more|explainer|opinion|analysis)\\s*[:|»›>]\\s*\\S.*");

    private static final Pattern CAPTION = Pattern.compile(
            "(?i)[(\\[]?\\s*(?:photo|photos|photograph|image|images|picture|pictured|illustration|graphic|video|"
            + "file photo|file image|cover photo|photo credit|image credit|image source|photo source|credit|credits|"
            + "caption)\\b\\s*(?::|by\\b|credit|/|—|–|\\||-\\s)");
    private static final Pattern CREDIT_MARK = Pattern.compile(
            "\\b(?:AP Photo|AP Images|AFP Photo|AFP via Getty|Getty Images|REUTERS/|Reuters/|EPA-EFE|EPA/|Xinhua/|"
            + "Shutterstock|iStock|Alamy Stock|Wikimedia Commons|Public Domain|Creative Commons|CC BY(?:-SA|-ND|-NC)*)"
            + "|(?i:\\((?:[^()]*\\b)?(?:photo by|photos by|photo:|photograph by|image by|image:|photo credit|image credit|"
            + "courtesy of|via getty)[^()]*\\))"
            + "|(?i:\\bphoto\\s*:\\s*\\S)");
    private static final Pattern BYLINE = Pattern.compile(
            "^(?:[Bb]y|BY|[Ww]ritten by|[Ss]tory by|[Ww]ords by)\\s+\\p{Lu}[\\p{L}.'’-]*"
            + "(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|and|&|de|da|van|von|der|al|bin|el|,))*(?:\\s*(?:,|\\||/|–|—|-|in)\\s*.*)?$");
    private static final Pattern CREDIT_LINE = Pattern.compile(
            "(?i)(?:(?:authors?|writer|reporter|correspondent|editor|translator|translation|source)\\s*:"
            + "|(?:edited|reporting|writing|editing|additional reporting|compiled|produced|photography|text|words|"
            + "translated|translation|machine translation|automatic translation)\\s+(?:by|from|with|into)\\b"
            + "|(?:this|the) (?:article|text|story|page|news) (?:was|has been|is|were) (?:machine[- ]|automatically |auto-)?translated"
            + "|(?:machine|automatic|auto)[- ]translat)");
    private static final Pattern TIMESTAMP = Pattern.compile(
            "(?i)^(?:published|updated|last updated|posted|first published|modified|last modified)\\b[\\s:]*.*\\d.*");
    private static final Pattern COPYRIGHT = Pattern.compile("(?i)^(?:©|\\(c\\)|copyright\\b)|\\ball rights reserved\\b");
    private static final Pattern COOKIE = Pattern.compile(
            "(?i)\\bcookies?\\b.*\\b(?:we use|uses|accept|consent|this (?:web)?site|your experience|browsing|privacy)\\b"
            + "|\\b(?:we use|uses|accept|consent to)\\b.*\\bcookies?\\b");

    private Furniture() {
    }

    /** The lines that are body text, in order. */
    static List<Line> filter(List<Line> lines) {
        int n = lines.size();
        Feat[] f = new Feat[n];
        int[] scriptCounts = new int[Script.values().length];
        for (int i = 0; i < n; i++) {
            f[i] = new Feat(lines.get(i));
            for (int s = 0; s < scriptCounts.length; s++) scriptCounts[s] += f[i].scripts[s];
        }
        int mainScript = 0;
        for (int s = 1; s < scriptCounts.length; s++) if (scriptCounts[s] > scriptCounts[mainScript]) mainScript = s;

        boolean[] drop = new boolean[n];
        for (int i = 0; i < n; i++) drop[i] = dropLine(lines.get(i), f[i], mainScript);

        // link lists under a header
        for (int i = 0; i < n; i++) {
            if (drop[i] || !f[i].listHeader) continue;
            drop[i] = true;
            int j = i + 1;
            while (j < n && (drop[j] || isListItem(lines.get(j), f[j]))) drop[j++] = true;
            i = j - 1;
        }

        // menu-like runs of short lines at the very start and the very end
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < n; i++) if (!drop[i]) kept.add(i);
        int run = 0;
        while (run < kept.size() && f[kept.get(run)].shortLine()) run++;
        if (run >= 3 && run < kept.size()) {
            for (int k = 0; k < run; k++) {
                int i = kept.get(k);
                if (f[i].words <= 3 || f[i].bullet) drop[i] = true; // keep headline-like lines
            }
        }
        int tail = 0;
        while (tail < kept.size() && f[kept.get(kept.size() - 1 - tail)].shortLine()) tail++;
        if (tail >= 3 && tail < kept.size()) {
            for (int k = 0; k < tail; k++) drop[kept.get(kept.size() - 1 - k)] = true;
        }

        List<Line> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) if (!drop[i]) out.add(lines.get(i));
        return out;
    }

    private static boolean dropLine(Line line, Feat f, int mainScript) {
        if (f.letters == 0) return true;
        if (f.scripts[mainScript] * 2 < f.letters) return true;
        if (f.ui) return true;
        String t = line.text;
        if (f.words > 60) return false;
        // cheap substring tests first: most body lines never reach a regular expression
        String lower = t.toLowerCase(Locale.ROOT);
        if (f.words <= 40 && (CAPTION.matcher(t).lookingAt() || (mayHaveCredit(lower) && CREDIT_MARK.matcher(t).find())))
            return true;
        if (f.words <= 30) {
            if ((t.charAt(0) == '©' || lower.startsWith("(c)") || lower.startsWith("copyright") || lower.contains("rights reserved"))
                    && COPYRIGHT.matcher(t).find()) return true;
            if (CREDIT_LINE.matcher(t).lookingAt() || LINK_PREFIX.matcher(t).matches()) return true;
        }
        if (f.words <= 12 && !f.terminal && (BYLINE.matcher(t).matches() || TIMESTAMP.matcher(t).matches())) return true;
        return lower.contains("cookie") && COOKIE.matcher(t).find();
    }

    private static boolean mayHaveCredit(String lower) {
        return lower.contains("photo") || lower.contains("image") || lower.contains("getty") || lower.contains("reuters/")
                || lower.contains("epa") || lower.contains("xinhua/") || lower.contains("shutterstock")
                || lower.contains("istock") || lower.contains("alamy") || lower.contains("wikimedia")
                || lower.contains("public domain") || lower.contains("creative commons") || lower.contains("cc by")
                || lower.contains("courtesy");
    }

    private static boolean isListItem(Line line, Feat f) {
        if (line.kind == Line.ITEM || f.bullet) return true;
        if (line.kind == Line.TEXT && f.words > 25) return false;
        return !f.terminal || (f.endsWithQuestion && f.words <= 15);
    }

    /** Writing systems, grouped the way a reader would tell them apart. */
    enum Script { LATIN, CYRILLIC, GREEK, ARABIC, HEBREW, CJK, HANGUL, DEVANAGARI, THAI, OTHER }

    private static Script scriptOf(int cp) {
        if (cp < 0x250) return Script.LATIN;
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return switch (s) {
            case LATIN -> Script.LATIN;
            case CYRILLIC -> Script.CYRILLIC;
            case GREEK -> Script.GREEK;
            case ARABIC -> Script.ARABIC;
            case HEBREW -> Script.HEBREW;
            case HAN, HIRAGANA, KATAKANA, BOPOMOFO -> Script.CJK;
            case HANGUL -> Script.HANGUL;
            case DEVANAGARI -> Script.DEVANAGARI;
            case THAI -> Script.THAI;
            default -> Script.OTHER;
        };
    }

    /** Features of one line, computed once. */
    private static final class Feat {
        final int[] scripts = new int[Script.values().length];
        int letters;
        int words;
        boolean terminal;
        boolean endsWithQuestion;
        boolean bullet;
        boolean ui;
        boolean listHeader;

        Feat(Line line) {
            String t = line.text;
            boolean inWord = false;
            for (int i = 0; i < t.length(); ) {
                int cp = t.codePointAt(i);
                i += Character.charCount(cp);
                if (Character.isLetter(cp)) {
                    letters++;
                    scripts[scriptOf(cp).ordinal()]++;
                }
                if (cp == ' ') {
                    inWord = false;
                } else if (!inWord && Character.isLetterOrDigit(cp)) {
                    inWord = true;
                    words++;
                }
            }
            int end = t.length() - 1;
            while (end >= 0 && isCloser(t.charAt(end))) end--;
            char last = end >= 0 ? t.charAt(end) : ' ';
            terminal = last == '.' || last == '!' || last == '?' || last == '…' || last == ':' || last == ';'
                    || last == '。' || last == '！' || last == '？' || last == '؟';
            endsWithQuestion = last == '?' || last == '؟';
            char first = t.charAt(0);
            bullet = t.length() > 1 && (first == '•' || first == '·' || first == '▪' || first == '►' || first == '▸'
                    || first == '›' || first == '»' || ((first == '-' || first == '–' || first == '—' || first == '*')
                    && t.charAt(1) == ' '));
            if (words <= 12) {
                String key = key(t);
                ui = UI.matcher(key).matches();
                listHeader = LIST_HEADER.matcher(key).matches();
                if (listHeader) ui = false;
            }
        }

        /** Short and without sentence-final punctuation: a menu entry, a heading or a headline. */
        boolean shortLine() {
            return words < 8 && !terminal;
        }

        private static boolean isCloser(char c) {
            return c == '"' || c == '\'' || c == '”' || c == '’' || c == '»' || c == ')' || c == ']' || c == '›'
                    || c == '“' || c == '«';
        }

        /** Lower case, typographic apostrophes folded, surrounding symbols, digits and counts removed. */
        private static String key(String t) {
            int s = 0;
            int e = t.length();
            while (s < e && !Character.isLetter(t.charAt(s))) s++;
            while (e > s && !Character.isLetter(t.charAt(e - 1))) e--;
            StringBuilder b = new StringBuilder(e - s);
            boolean space = false;
            for (int i = s; i < e; i++) {
                char c = t.charAt(i);
                if (c == '’' || c == '‘' || c == 'ʼ') c = '\'';
                if (c == ' ') {
                    space = true;
                    continue;
                }
                if (space && b.length() > 0) b.append(' ');
                space = false;
                b.append(Character.toLowerCase(c));
            }
            return b.toString().toLowerCase(Locale.ROOT);
        }
    }
}
