package org.newsgraph.extract.date;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.DateValue;
import org.newsgraph.extract.Precision;

/**
 * Finds temporal expressions in news sentences and normalizes them against the publication date.
 *
 * <p>Expressions with a year are absolute. Weekdays, month-days without a year, months, "yesterday" and the like
 * are resolved against {@link DateContext#anchor()}, in the direction the clause's tense points; "a day later" and
 * the like against {@link DateContext#previous()} (only when that has day precision). Without an anchor, relative
 * expressions are returned unresolved: the tagger never falls back to today's date.
 *
 * <p>Thread-safe: all patterns are compiled once, matchers are per call.
 */
public final class DateTagger {

    // ---------------------------------------------------------------- vocabulary

    private static final String MONTH_FULL =
            "January|February|March|April|May|June|July|August|September|October|November|December";
    private static final String MONTH_ABBR = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
    /** A month before or after a day number: full name, or abbreviation with or without its dot. */
    private static final String MON = "(?:" + MONTH_FULL + "|(?:" + MONTH_ABBR + ")(?:\\.|\\b))";
    /** A month standing without a day: full name, or abbreviation with its dot. */
    private static final String MON_ALONE = "(?:" + MONTH_FULL + "|(?:" + MONTH_ABBR + ")\\.)";
    private static final String WD_FULL = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
    /** Weekday abbreviations that are safe on their own; "Sat." and "Sun." only next to a date. */
    private static final String WD_ABBR = "Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri";
    private static final String WD_BEFORE_DATE = "(?:(?:" + WD_FULL + ")\\b|(?:" + WD_ABBR + "|Sat|Sun)\\.)";
    private static final String PART = "(?i:early|late|mid-|mid|the end of|the beginning of|the start of"
            + "|the middle of|the first half of|the second half of|the (?:first|second|third|fourth|last) week of)";
    private static final String NUMW = "(?i:a few|a couple of|several|few|an|a|one|two|three|four|five|six|seven"
            + "|eight|nine|ten|eleven|twelve)";

    private static String day(String g) {
        return "(?<![0-9.,$£€])(?<" + g + ">3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![0-9%\\p{L}])(?![.,:][0-9])";
    }

    private static final String DAY_NC =
            "(?<![0-9.,$£€])(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![0-9%\\p{L}])(?![.,:][0-9])";

    private static String year(String g) {
        return "(?<![0-9$£€])(?<" + g + ">(?:1[89]|20)[0-9]{2})(?![0-9%\\p{L}])(?![.,][0-9])";
    }

    private static final String YEAR_NC = "(?<![0-9$£€])(?:1[89]|20)[0-9]{2}(?![0-9%\\p{L}])";

    // ---------------------------------------------------------------- rules, in tie-break order

    /** Trigger words: a rule is tried only where one of its trigger words stands, starting up to a few words before. */
    private static final int T_NUM = 1, T_MONTH = 2, T_WEEKDAY = 4, T_DEIXIS = 8, T_SPAN = 16, T_VAGUE = 32, T_SEASON = 64;

    private enum Kind {
        ISO(T_NUM, 0, "(?<![0-9])(?<y>[12][0-9]{3})-(?<mo>[01][0-9])-(?<d>[0-3][0-9])(?![0-9])"),
        MD_RANGE(T_MONTH, 3, "\\b(?:(?i:from|between)\\s+)?(?:" + WD_BEFORE_DATE + ",?\\s+)?" + MON + "\\s+"
                + DAY_NC + "\\s*(?:[-–—]|(?i:to|through|until|till|and)\\b)\\s*(?:" + WD_BEFORE_DATE + ",?\\s+)?(?:"
                + MON + "\\s+)?" + DAY_NC + "(?:,?\\s+" + YEAR_NC + ")?"),
        DM_RANGE(T_NUM, 1, "(?:\\b(?i:from|between)\\s+)?" + DAY_NC
                + "\\s*(?:[-–—]|(?i:to|and)\\b)\\s*" + DAY_NC + "\\s+(?:(?i:of)\\s+)?" + MON + "(?:,?\\s+" + YEAR_NC + ")?"),
        YEAR_RANGE(T_NUM, 1, "(?:\\b(?i:from|between)\\s+)?" + YEAR_NC
                + "\\s*(?:[-–—/]|(?i:to|through|and|until)\\b)\\s*(?:(?:1[89]|20)[0-9]{2}|[0-9]{2})(?![0-9%])"),
        WD_RANGE(T_WEEKDAY, 1, "\\b(?:(?i:from|between)\\s+)?(?:" + WD_FULL + ")\\s*(?:[-–—]|(?i:to|through|until|till|and|or)\\b)"
                + "\\s*(?:" + WD_FULL + ")\\b"),
        MD(T_MONTH, 3, "(?:\\b(?<prep>(?i:on|since|by|until|till|from|before|after|through))\\s+)?(?:(?<wdp>" + WD_BEFORE_DATE
                + ")(?:,\\s*|\\s+))?(?<m>" + MON + ")\\s+" + day("d") + "(?:(?:,\\s*|\\s+)" + year("y") + ")?"),
        DM(T_NUM, 3, "(?:\\b(?<prep>(?i:on|since|by|until|till|from|before|after|through))\\s+)?(?:(?<wdp>" + WD_BEFORE_DATE
                + "),?\\s+)?(?:\\b(?i:the)\\s+)?" + day("d") + "\\s+(?:(?i:of)\\s+)?(?<m>" + MON + ")(?:,?\\s+" + year("y") + ")?"),
        MONTH_YEAR(T_MONTH, 7, "(?:\\b(?<prep>(?i:in|during|since|by|until|till|from|before|after|through|throughout|for))\\s+)?"
                + "(?:(?<part>" + PART + ")\\s*)?(?<m>" + MON_ALONE + "),?\\s+" + year("y")),
        SEASON_YEAR(T_SEASON, 3, "(?:\\b(?<prep>(?i:in|during|since|by|until|through|throughout))\\s+)?(?:\\b(?i:the)\\s+)?"
                + "\\b(?<s>(?i:spring|summer|autumn|fall|winter))\\s+(?:(?i:of)\\s+)?" + year("y")),
        YEAR_NAME(T_NUM, 2, "\\b(?<name>[A-Z][A-Za-z&’'.-]*)\\s+(?:(?<of>of)\\s+)?" + year("y")),
        YEAR(T_NUM, 6, "(?:\\b(?<prep>(?i:in|during|since|by|until|till|from|before|after|through|throughout|for|of))\\s+(?:(?<part>"
                + PART + ")\\s*)?|\\b(?<part2>(?i:early|late|mid-|mid))\\s*)" + year("y")),
        MONTH_ALONE(T_MONTH, 8, "(?:\\b(?<prep>(?i:in|during|since|by|until|till|from|before|after|through|throughout|for))\\s+)?"
                + "(?:(?<part>" + PART + ")\\s*)?(?:(?<mod>(?i:last|next|this past|this coming|this|past|coming))\\s+)?"
                + "\\b(?<m>" + MONTH_FULL + ")\\b"),
        DEICTIC(T_DEIXIS, 4, "\\b(?:(?<part>(?i:early|late|earlier|later))\\s+)?(?<w>(?i:the day before yesterday|the day after tomorrow"
                + "|today|tonight|yesterday|tomorrow|last night|this morning|this afternoon|this evening))"
                + "(?:\\s+(?<tod>(?i:morning|afternoon|evening|night)))?\\b"),
        PREV_PHRASE(T_DEIXIS | T_SPAN, 3, "(?:\\b(?<prep>(?i:on|by|since|until))\\s+)?\\b(?<w>(?i:the day before|the day after|the previous day"
                + "|the next day|the following day|the same day|the prior day|the preceding day|the night before"
                + "|the previous night|the previous evening|the following morning|the next morning|the following evening"
                + "|that same day|that day|the same evening))\\b"),
        PREV_OFFSET(T_SPAN, 3, "\\b(?<n>" + NUMW + "|[0-9]{1,2})\\s+(?<unit>(?i:days?|weeks?))\\s+"
                + "(?<dir>(?i:earlier|later|before|after|prior|previously))\\b"),
        AGO(T_SPAN, 3, "\\b(?<n>" + NUMW + "|[0-9]{1,2})\\s+(?<unit>(?i:days?|weeks?|months?|years?))\\s+(?i:ago)\\b"),
        PERIOD(T_SPAN, 7, "\\b(?:(?<part>(?i:earlier|later|early|late|(?:the\\s+)?end of|(?:the\\s+)?start of|(?:the\\s+)?beginning of"
                + "|(?:the\\s+)?middle of))\\s+)?(?:(?<prep>(?i:in|during|over|by|since|until|throughout|for|at))\\s+)?"
                + "(?<the>(?i:the)\\s+)?(?<mod>(?i:last|this past|this coming|this|next|past|coming|previous|following|current))"
                + "\\s+(?<unit>(?i:week|weekend|month|year|fortnight))(?![\\p{L}-])"),
        VAGUE(T_SPAN | T_VAGUE, 5, "\\b(?i:recently|lately|in recent (?:days|weeks|months|years)|in the (?:coming|next|past|last|previous"
                + "|following) (?:few |several |two |three )?(?:days|weeks|months|years)|(?:over|at|during|on) the weekend"
                + "|days (?:earlier|later)|weeks (?:earlier|later)|in the near future)\\b"),
        WEEKDAY(T_WEEKDAY, 4, "(?:\\b(?<prep>(?i:late on|early on|on|overnight|early|late|since|by|until|till|before|after|from))\\s+)?"
                + "(?:\\b(?<mod>(?i:last|next|this past|this coming|this|past|coming))\\s+)?(?:(?<wd>" + WD_FULL + ")\\b|(?<wda>"
                + WD_ABBR + ")\\.)(?:\\s+(?<tod>(?i:morning|afternoon|evening|night)))?(?!\\p{L})");

        final int trigger;
        final int lookBack;
        final Pattern pattern;

        Kind(int trigger, int lookBack, String regex) {
            this.trigger = trigger;
            this.lookBack = lookBack;
            this.pattern = Pattern.compile(regex);
        }
    }

    /** Prepositions kept in a mention's span; other prepositions only steer resolution. */
    private static final Set<String> KEEP_PREP = Set.of("on", "in", "during", "over", "at", "overnight", "early",
            "late", "late on", "early on");
    /** Words before a year that are not part of a name. */
    private static final Set<String> NOT_NAME = Set.of("In", "Since", "By", "Until", "During", "From", "Before",
            "After", "Through", "For", "Of", "The", "And", "Or", "But", "Early", "Late", "Mid", "On", "At", "Spring",
            "Summer", "Autumn", "Fall", "Winter", "Between", "Throughout", "To", "Till", "End", "Mid-", "As", "Than",
            "Around", "About", "Circa", "Last", "Next", "This");
    /** Names that contain a weekday but are not a date in the week of the article. */
    private static final Set<String> WEEKDAY_NAME_PREFIX = Set.of("Good", "Black", "Cyber", "Super", "Ash", "Holy",
            "Maundy", "Easter", "Palm", "Bloody", "Giving", "Fat", "Shrove", "Whit", "Low");
    private static final Set<String> DETERMINER = Set.of("the", "a", "an", "his", "her", "their", "its", "this", "that",
            "these", "those", "our", "my", "your");

    private static final Map<String, Integer> EXACT_WORDS = new HashMap<>();
    private static final Map<String, Integer> LOWER_WORDS = new HashMap<>();

    static {
        for (String m : (MONTH_FULL + "|" + MONTH_ABBR).split("\\|"))
            EXACT_WORDS.put(m, T_MONTH);
        for (String w : (WD_FULL + "|" + WD_ABBR + "|Sat|Sun").split("\\|"))
            EXACT_WORDS.put(w, T_WEEKDAY);
        for (String w : "today tonight yesterday tomorrow night morning evening afternoon".split(" "))
            LOWER_WORDS.put(w, T_DEIXIS);
        for (String w : "day days week weeks month months year years fortnight weekend".split(" "))
            LOWER_WORDS.put(w, T_SPAN);
        for (String w : "recently lately recent future".split(" "))
            LOWER_WORDS.put(w, T_VAGUE);
        for (String w : "spring summer autumn fall winter".split(" "))
            LOWER_WORDS.put(w, T_SEASON);
    }

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12));

    // ---------------------------------------------------------------- tense

    private static final Set<String> FUTURE_WORDS = Set.of("will", "shall", "would", "could", "might", "may",
            "upcoming", "tomorrow", "ll");
    /** "is scheduled to", "are set to", "'s expected to". */
    private static final Set<String> BE_NOW = Set.of("is", "are", "am", "s");
    private static final Set<String> PLANNED = Set.of("scheduled", "set", "expected", "due", "slated", "poised",
            "planning", "going", "likely", "preparing", "supposed", "planned", "meant");
    /** Verbs of intention: "plans to meet", "agreed to meet" put the meeting after the saying. */
    private static final Set<String> INTEND = Set.of("plan", "plans", "planning", "intend", "intends", "aim", "aims",
            "hope", "hopes", "hoping", "expect", "expects", "expecting", "want", "wants", "seek", "seeks", "agreed",
            "agree", "agrees", "promised", "vowed", "pledged");
    /** Headline style without a verb "to be": "talks set to resume Monday". */
    private static final Set<String> PLANNED_BARE = Set.of("set", "slated", "poised", "scheduled", "expected", "due");
    private static final Set<String> PERFECT = Set.of("was", "were", "had", "been", "has", "have");
    private static final Set<String> ADVERB = Set.of("also", "now", "still", "not", "originally", "initially", "reportedly");
    private static final Set<String> NEXT_UNIT = Set.of("week", "month", "year", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday");
    private static final Set<String> PAST_WORDS = Set.of("was", "were", "had", "did", "met", "held", "said", "told",
            "took", "spoke", "visited", "signed", "agreed", "came", "went", "made", "gave", "saw", "left", "began",
            "arrived", "ended", "hosted", "discussed", "announced", "talked", "called", "reported", "sat", "flew",
            "ran", "won", "lost", "got", "ago", "yesterday", "earlier", "previously", "struck", "fought", "brought",
            "sent", "wrote", "found", "kept", "led", "paid", "rose", "fell", "chose", "drew", "stood", "thought");
    private static final Set<String> ED_NOT_PAST = Set.of("need", "speed", "seed", "feed", "bed", "red", "shed", "breed",
            "proceed", "exceed", "succeed", "indeed", "embed", "hundred", "based", "related", "limited", "advanced",
            "detailed", "united", "armed", "alleged", "interested", "concerned", "experienced", "qualified", "wed",
            "planned", "scheduled", "expected", "proposed", "anticipated", "intended", "rumored", "rumoured",
            "postponed", "unprecedented", "renewed", "heightened", "increased", "sustained", "continued", "expanded",
            "reduced", "bred", "greed", "deed", "weed", "reed", "tweed", "creed", "steed", "heed");
    private static final Set<String> PRESENT_WORDS = Set.of("is", "are", "am", "meets", "holds", "hosts", "visits",
            "begins", "opens", "starts", "arrives", "travels", "says", "gathers", "convenes", "continues", "today",
            "tonight", "now");
    /** Words that open a new clause for the purpose of tense. */
    private static final Set<String> CLAUSE_WORDS = Set.of("and", "but", "while", "whereas", "although", "though",
            "before", "after", "when", "as");

    // ---------------------------------------------------------------- dateline

    private static final String PLACE_WORD = "[A-Z][A-Za-z.'’-]*";
    private static final Pattern DATELINE = Pattern.compile("(?m)^[ \\t]*(?:(?<place>" + PLACE_WORD + "(?:[ \\t]+"
            + PLACE_WORD + "){0,3}(?:,[ \\t]*" + PLACE_WORD + "(?:[ \\t]+" + PLACE_WORD + "){0,2})?)[ \\t]*,[ \\t]*)?"
            + "(?:" + WD_BEFORE_DATE + ",?[ \\t]+)?(?:(?<m>" + MON + ")[ \\t]+" + day("d") + "|" + day("d2") + "[ \\t]+(?<m2>"
            + MON + "))(?:,?[ \\t]+" + year("y") + ")?[ \\t]*(?:\\((?<agency>[A-Za-z][A-Za-z .&-]{0,39})\\)"
            + "|/(?<agency2>[A-Za-z][A-Za-z .&-]{0,29})/)?[ \\t]*(?<dash>--|[-–—:])?");
    /** A dateline sits in the first lines, possibly after some page furniture. */
    private static final int DATELINE_WINDOW = 600;

    private static final DateTagger INSTANCE = new DateTagger();

    private DateTagger() {
    }

    public static DateTagger create() {
        return INSTANCE;
    }

    // ---------------------------------------------------------------- public API

    /** All temporal expressions in one sentence, resolved against ctx, with the tense of each one's clause. */
    public List<DateMention> tag(String sentence, DateContext ctx) {
        return tag(sentence, ctx, null);
    }

    /** As {@link #tag(String, DateContext)}, with the given tense for every expression (null: from the text). */
    public List<DateMention> tag(String sentence, DateContext ctx, Tense tense) {
        if (sentence == null || sentence.isEmpty())
            return List.of();
        if (ctx == null)
            ctx = DateContext.none();
        Tokens tok = Tokens.of(sentence);
        if (tok.anyTrigger == 0)
            return List.of();
        List<Cand> cands = candidates(sentence, tok);
        if (cands.isEmpty())
            return List.of();
        List<Cand> chosen = select(cands);
        List<DateMention> out = new ArrayList<>(chosen.size());
        DateValue previous = ctx.previous();
        Clauses clauses = null;
        for (Cand c : chosen) {
            Tense t = tense;
            if (t == null && needsTense(c)) {
                if (clauses == null)
                    clauses = new Clauses(sentence, tok, chosen);
                t = clauses.tenseAt(c.start);
            }
            DateMention dm = resolve(c, sentence, ctx.anchor(), previous, t == null ? Tense.UNKNOWN : t);
            if (dm.value() != null && dm.value().precision() == Precision.DAY)
                previous = dm.value();
            out.add(dm);
        }
        return out;
    }

    private static final Pattern RANGE_SPLIT = Pattern.compile("\\s*(?:[-–—/]|\\b(?i:to|through|until|till|and|or)\\b)\\s*");

    /**
     * The first day of a range of days ("on Thursday and Friday", "July 8-11"): the day an event over several days
     * opens, with rule {@code range-start}; empty when the range's first part is no day by itself ("8-11 July").
     */
    public Optional<DateValue> rangeStart(DateMention range, DateContext ctx, Tense tense) {
        if (range.value() != null || !"range".equals(range.rule())) return Optional.empty();
        String[] parts = RANGE_SPLIT.split(range.text(), 2);
        if (parts.length < 2 || parts[0].isBlank()) return Optional.empty();
        for (DateMention m : tag(parts[0], ctx, tense)) {
            DateValue v = m.value();
            if (v != null && v.precision() == Precision.DAY)
                return Optional.of(new DateValue(v.lexical(), Precision.DAY, range.text(), v.anchor(), "range-start"));
        }
        return Optional.empty();
    }

    /** Tense of a sentence or clause: future markers win over past verbs, past over present. */
    public static Tense tenseOf(String sentence) {
        if (sentence == null || sentence.isEmpty())
            return Tense.UNKNOWN;
        Tokens tok = Tokens.of(sentence);
        return tenseOf(sentence, tok, 0, tok.n);
    }

    /** The dateline at the head of an article, when there is one. */
    public static Optional<Dateline> dateline(String articleText) {
        if (articleText == null || articleText.isEmpty())
            return Optional.empty();
        Matcher m = DATELINE.matcher(articleText);
        m.region(0, Math.min(articleText.length(), DATELINE_WINDOW + 200));
        while (m.find()) {
            if (m.start() > DATELINE_WINDOW)
                break;
            String agency = m.group("agency") != null ? m.group("agency") : m.group("agency2");
            String place = m.group("place");
            String y = m.group("y");
            boolean dash = m.group("dash") != null;
            if (agency == null && !(dash && (place != null || y != null)))
                continue;
            String mon = m.group("m") != null ? m.group("m") : m.group("m2");
            String d = m.group("d") != null ? m.group("d") : m.group("d2");
            try {
                int start = m.start() + leadingBlanks(articleText, m.start(), m.end());
                return Optional.of(new Dateline(place == null ? null : place.strip(), y == null ? null : Integer.valueOf(y),
                        monthNumber(mon), Integer.parseInt(d), start, trimEnd(articleText, m.end())));
            } catch (IllegalArgumentException e) {
                // "Feb. 30": not a dateline
            }
        }
        return Optional.empty();
    }

    /**
     * The anchor for an article: the dateline's date when it lies within a week of the publication date (the
     * dateline says when the story was filed, which is what its weekdays refer to), else the publication date,
     * else a dateline that carries a year; null when none is known.
     */
    public static LocalDate anchorFor(LocalDate published, String articleText) {
        Optional<Dateline> dl = dateline(articleText);
        if (published == null)
            return dl.flatMap(Dateline::date).orElse(null);
        Optional<LocalDate> near = dl.flatMap(d -> d.dateNear(published));
        if (near.isPresent() && Math.abs(near.get().toEpochDay() - published.toEpochDay()) <= 7)
            return near.get();
        return published;
    }

    // ---------------------------------------------------------------- scanning

    /** Word and number tokens of a sentence, with the trigger categories of each. */
    private static final class Tokens {
        int n;
        int[] start = new int[32];
        int[] end = new int[32];
        int[] trig = new int[32];
        int anyTrigger;

        static Tokens of(String s) {
            Tokens t = new Tokens();
            int len = s.length();
            int i = 0;
            while (i < len) {
                char ch = s.charAt(i);
                if (ch >= '0' && ch <= '9') {
                    int j = i + 1;
                    while (j < len && s.charAt(j) >= '0' && s.charAt(j) <= '9')
                        j++;
                    t.add(i, j, T_NUM);
                    i = j;
                } else if (Character.isLetter(ch)) {
                    int j = i + 1;
                    while (j < len && Character.isLetter(s.charAt(j)))
                        j++;
                    t.add(i, j, lookup(s, i, j));
                    i = j;
                } else
                    i++;
            }
            return t;
        }

        private static int lookup(String s, int i, int j) {
            int len = j - i;
            if (len < 3 || len > 9)
                return 0;
            String w = s.substring(i, j);
            if (Character.isUpperCase(w.charAt(0))) {
                Integer e = EXACT_WORDS.get(w);
                if (e != null)
                    return e;
                w = w.toLowerCase(Locale.ROOT);
            }
            Integer l = LOWER_WORDS.get(w);
            return l == null ? 0 : l;
        }

        private void add(int s, int e, int t) {
            if (n == start.length) {
                start = java.util.Arrays.copyOf(start, n * 2);
                end = java.util.Arrays.copyOf(end, n * 2);
                trig = java.util.Arrays.copyOf(trig, n * 2);
            }
            start[n] = s;
            end[n] = e;
            trig[n] = t;
            anyTrigger |= t;
            n++;
        }

        String lower(String s, int i) {
            return s.substring(start[i], end[i]).toLowerCase(Locale.ROOT);
        }
    }

    private static final Kind[] KINDS = Kind.values();
    /** Words that can open an expression before its trigger word ("by the end of 2027", "on Tuesday, July 8"). */
    private static final Set<String> OPENERS = Set.of("on", "in", "during", "since", "by", "until", "till", "from",
            "before", "after", "through", "throughout", "for", "of", "the", "early", "late", "mid", "last", "next",
            "this", "past", "coming", "overnight", "earlier", "later", "end", "start", "beginning", "middle", "over",
            "at", "between", "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "few", "several", "that");

    private static boolean opens(String s, Tokens tok, int i) {
        int t = tok.trig[i];
        if ((t & (T_NUM | T_WEEKDAY | T_MONTH)) != 0 || Character.isUpperCase(s.charAt(tok.start[i])))
            return true;
        int len = tok.end[i] - tok.start[i];
        return len <= 10 && OPENERS.contains(tok.lower(s, i));
    }

    /** Tries each rule where one of its trigger words stands, starting at that word or a few words before it. */
    private static List<Cand> candidates(String s, Tokens tok) {
        List<Cand> cands = new ArrayList<>();
        Matcher[] matchers = new Matcher[KINDS.length];
        java.util.Set<Integer> tried = new java.util.HashSet<>();
        for (int i = 0; i < tok.n; i++) {
            int t = tok.trig[i];
            if (t == 0)
                continue;
            for (Kind k : KINDS) {
                if ((k.trigger & t) == 0)
                    continue;
                for (int back = Math.min(k.lookBack, i); back >= 0; back--) {
                    int from = tok.start[i - back];
                    if (back > 0 && !opens(s, tok, i - back) || !tried.add(from * KINDS.length + k.ordinal()))
                        continue;
                    Matcher m = matchers[k.ordinal()];
                    if (m == null) {
                        m = k.pattern.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
                        matchers[k.ordinal()] = m;
                    }
                    m.region(from, s.length());
                    if (!m.lookingAt() || m.end() <= tok.start[i])
                        continue;
                    Cand c = parse(k, m, s);
                    if (c != null && c.end > c.start)
                        cands.add(c);
                }
            }
        }
        return cands;
    }

    /** Longest candidates first, ties to the earlier rule; overlapping ones are dropped. */
    private static List<Cand> select(List<Cand> cands) {
        cands.sort(Comparator.comparingInt((Cand c) -> c.start - c.end).thenComparingInt(c -> c.kind.ordinal())
                .thenComparingInt(c -> c.start));
        List<Cand> chosen = new ArrayList<>();
        for (Cand c : cands) {
            boolean free = true;
            for (Cand o : chosen)
                if (c.start < o.end && o.start < c.end) {
                    free = false;
                    break;
                }
            if (free)
                chosen.add(c);
        }
        chosen.sort(Comparator.comparingInt(c -> c.start));
        return chosen;
    }

    /** A match's parts; which fields are set depends on the kind. */
    private static final class Cand {
        final Kind kind;
        int start;
        int end;
        int year;
        int month;
        int day;
        DayOfWeek weekday;
        String prep;
        String mod;
        String part;
        String unit;
        String word;
        String dir;
        int n;
        boolean the;
        String nullRule;

        Cand(Kind kind, int start, int end) {
            this.kind = kind;
            this.start = start;
            this.end = end;
        }
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static Cand parse(Kind k, Matcher m, String s) {
        Cand c = new Cand(k, m.start(), trimEnd(s, m.end()));
        switch (k) {
            case MD_RANGE, DM_RANGE, YEAR_RANGE, WD_RANGE -> c.nullRule = "range";
            case ISO -> {
                c.year = Integer.parseInt(m.group("y"));
                c.month = Integer.parseInt(m.group("mo"));
                c.day = Integer.parseInt(m.group("d"));
            }
            case MD, DM -> {
                keepPrep(c, m, s);
                c.month = monthNumber(m.group("m"));
                c.day = Integer.parseInt(m.group("d"));
                if (m.group("wdp") != null)
                    c.weekday = weekdayOf(m.group("wdp"));
                if (m.group("y") != null)
                    c.year = Integer.parseInt(m.group("y"));
            }
            case MONTH_YEAR -> {
                keepPrep(c, m, s);
                c.month = monthNumber(m.group("m"));
                c.year = Integer.parseInt(m.group("y"));
                c.part = lower(m.group("part"));
            }
            case SEASON_YEAR -> {
                keepPrep(c, m, s);
                c.year = Integer.parseInt(m.group("y"));
            }
            case YEAR_NAME -> {
                if (NOT_NAME.contains(m.group("name")) || EXACT_WORDS.containsKey(stripDot(m.group("name")))
                        || atSentenceStart(s, m.start()) && m.group("of") == null)
                    return null;
                c.nullRule = "year-in-name";
            }
            case YEAR -> {
                String prep = lower(m.group("prep"));
                // "Act of 2025": a year after a capitalised word and "of" belongs to a name (handled above)
                if ("of".equals(prep) && m.group("part") == null && capitalisedBefore(s, m.start()))
                    return null;
                keepPrep(c, m, s);
                c.year = Integer.parseInt(m.group("y"));
                c.part = lower(m.group("part") != null ? m.group("part") : m.group("part2"));
            }
            case MONTH_ALONE -> {
                c.prep = lower(m.group("prep"));
                c.part = lower(m.group("part"));
                c.mod = lower(m.group("mod"));
                String mon = m.group("m");
                boolean qualified = c.part != null || c.mod != null;
                if (mon.equals("May")) {
                    boolean safePrep = c.prep != null && Set.of("in", "during", "since", "until", "till").contains(c.prep);
                    if (!qualified && !safePrep || followedBy(s, m.end("m"), "'s") || followedBy(s, m.end("m"), "’s"))
                        return null;
                } else if (!qualified && c.prep == null
                        && (capitalisedBefore(s, m.start("m")) || capitalisedAfter(s, m.end("m"))))
                    return null;
                keepPrep(c, m, s);
                c.month = monthNumber(mon);
            }
            case DEICTIC -> {
                c.word = lower(m.group("w"));
                c.part = lower(m.group("tod"));
            }
            case PREV_PHRASE -> {
                keepPrep(c, m, s);
                c.word = lower(m.group("w"));
                if ((c.word.endsWith("before") || c.word.endsWith("after")) && startsNounPhrase(s, m.end()))
                    c.nullRule = "from-event";
            }
            case PREV_OFFSET -> {
                c.n = number(m.group("n"));
                c.unit = lower(m.group("unit"));
                c.dir = lower(m.group("dir"));
                if (c.n < 0)
                    c.nullRule = "vague";
                else if ((c.dir.equals("before") || c.dir.equals("after")) && startsNounPhrase(s, m.end()))
                    c.nullRule = "from-event";
            }
            case AGO -> {
                c.n = number(m.group("n"));
                c.unit = lower(m.group("unit"));
                if (c.n < 0 || c.unit.startsWith("week"))
                    c.nullRule = "vague";
            }
            case PERIOD -> {
                keepPrep(c, m, s);
                if (m.group("part") != null)
                    c.start = m.start("part");
                c.part = lower(m.group("part"));
                c.the = m.group("the") != null;
                c.mod = lower(m.group("mod"));
                c.unit = lower(m.group("unit"));
            }
            case VAGUE -> c.nullRule = lower(m.group()).contains("weekend") ? "weekend" : "vague";
            case WEEKDAY -> {
                if (m.group("prep") == null && m.group("mod") == null
                        && WEEKDAY_NAME_PREFIX.contains(wordBefore(s, m.start())))
                    return null;
                keepPrep(c, m, s);
                c.mod = lower(m.group("mod"));
                c.weekday = weekdayOf(m.group("wd") != null ? m.group("wd") : m.group("wda"));
                c.part = lower(m.group("tod"));
            }
        }
        return c;
    }

    /** Records the preposition and moves the start past it unless it belongs in the span. */
    private static void keepPrep(Cand c, Matcher m, String s) {
        String prep = m.group("prep");
        if (prep == null)
            return;
        c.prep = lower(prep);
        if (!KEEP_PREP.contains(c.prep)) {
            int i = m.end("prep");
            while (i < s.length() && Character.isWhitespace(s.charAt(i)))
                i++;
            c.start = i;
        }
    }

    private static int trimEnd(String s, int end) {
        while (end > 0 && Character.isWhitespace(s.charAt(end - 1)))
            end--;
        return end;
    }

    private static int leadingBlanks(String s, int from, int to) {
        int i = from;
        while (i < to && (s.charAt(i) == ' ' || s.charAt(i) == '\t'))
            i++;
        return i - from;
    }

    private static String stripDot(String w) {
        return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    }

    private static boolean followedBy(String s, int i, String what) {
        return s.startsWith(what, i);
    }

    private static boolean atSentenceStart(String s, int i) {
        for (int j = i - 1; j >= 0; j--) {
            char ch = s.charAt(j);
            if (Character.isLetterOrDigit(ch))
                return false;
        }
        return true;
    }

    private static String wordBefore(String s, int i) {
        int j = i - 1;
        while (j >= 0 && s.charAt(j) == ' ')
            j--;
        int end = j + 1;
        while (j >= 0 && Character.isLetter(s.charAt(j)))
            j--;
        return s.substring(j + 1, end);
    }

    private static boolean capitalisedBefore(String s, int i) {
        String w = wordBefore(s, i);
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !NOT_NAME.contains(w);
    }

    private static boolean capitalisedAfter(String s, int i) {
        if (i >= s.length() || s.charAt(i) != ' ')
            return false;
        int j = i;
        while (j < s.length() && s.charAt(j) == ' ')
            j++;
        return j < s.length() && Character.isUpperCase(s.charAt(j));
    }

    /** "two days before the vote": counted from an event named next, not from the previous date. */
    private static boolean startsNounPhrase(String s, int i) {
        int j = i;
        while (j < s.length() && s.charAt(j) == ' ')
            j++;
        int k = j;
        while (k < s.length() && (Character.isLetter(s.charAt(k)) || s.charAt(k) == '\'' || s.charAt(k) == '’'))
            k++;
        if (k == j || j == i)
            return false;
        String w = s.substring(j, k);
        return DETERMINER.contains(w.toLowerCase(Locale.ROOT)) || Character.isUpperCase(w.charAt(0));
    }

    private static int number(String n) {
        String l = lower(n);
        if (Character.isDigit(l.charAt(0)))
            return Integer.parseInt(l);
        Integer v = NUMBERS.get(l);
        return v == null ? -1 : v;
    }

    static int monthNumber(String m) {
        String k = stripDot(m);
        return switch (k.substring(0, 3)) {
            case "Jan" -> 1;
            case "Feb" -> 2;
            case "Mar" -> 3;
            case "Apr" -> 4;
            case "May" -> 5;
            case "Jun" -> 6;
            case "Jul" -> 7;
            case "Aug" -> 8;
            case "Sep" -> 9;
            case "Oct" -> 10;
            case "Nov" -> 11;
            case "Dec" -> 12;
            default -> throw new IllegalArgumentException("month " + m);
        };
    }

    private static DayOfWeek weekdayOf(String w) {
        return switch (w.substring(0, 3)) {
            case "Mon" -> DayOfWeek.MONDAY;
            case "Tue" -> DayOfWeek.TUESDAY;
            case "Wed" -> DayOfWeek.WEDNESDAY;
            case "Thu" -> DayOfWeek.THURSDAY;
            case "Fri" -> DayOfWeek.FRIDAY;
            case "Sat" -> DayOfWeek.SATURDAY;
            case "Sun" -> DayOfWeek.SUNDAY;
            default -> throw new IllegalArgumentException("weekday " + w);
        };
    }

    // ---------------------------------------------------------------- tense of a clause

    private static boolean needsTense(Cand c) {
        return c.nullRule == null && switch (c.kind) {
            case WEEKDAY -> c.mod == null || c.mod.equals("this");
            case MD, DM -> c.year == 0;
            case MONTH_ALONE -> c.mod == null;
            default -> false;
        };
    }

    private static boolean clausePunct(char ch) {
        return ch == ',' || ch == ';' || ch == ':' || ch == '—' || ch == '–' || ch == '(' || ch == ')' || ch == '"'
                || ch == '“' || ch == '”';
    }

    /**
     * A sentence cut into clauses at punctuation and conjunctions (not inside a mention: "July 10, 2025"); the tense
     * of a clause without tense markers is borrowed from the nearest clause that has them, left first.
     */
    private static final class Clauses {
        final String s;
        final Tokens tok;
        final int[] firstToken;
        final Tense[] tense;
        final int count;

        Clauses(String s, Tokens tok, List<Cand> chosen) {
            this.s = s;
            this.tok = tok;
            int[] first = new int[tok.n + 1];
            int c = 0;
            first[c++] = 0;
            for (int i = 1; i < tok.n; i++) {
                boolean cut = false;
                for (int j = tok.end[i - 1]; j < tok.start[i] && !cut; j++)
                    cut = clausePunct(s.charAt(j)) && !inside(j, chosen);
                if (!cut && CLAUSE_WORDS.contains(tok.lower(s, i)) && !inside(tok.start[i], chosen))
                    cut = true;
                if (cut)
                    first[c++] = i;
            }
            this.count = c;
            this.firstToken = first;
            first[c] = tok.n;
            this.tense = new Tense[c];
        }

        private static boolean inside(int pos, List<Cand> chosen) {
            for (Cand c : chosen)
                if (pos >= c.start && pos < c.end)
                    return true;
            return false;
        }

        private Tense of(int c) {
            if (tense[c] == null)
                tense[c] = tenseOf(s, tok, firstToken[c], firstToken[c + 1]);
            return tense[c];
        }

        Tense tenseAt(int pos) {
            int c = 0;
            while (c + 1 < count && tok.start[firstToken[c + 1]] <= pos)
                c++;
            Tense t = of(c);
            for (int k = c - 1; t == Tense.UNKNOWN && k >= 0; k--)
                t = of(k);
            for (int k = c + 1; t == Tense.UNKNOWN && k < count; k++)
                t = of(k);
            return t;
        }
    }

    /** Tense from the words of tokens [from, to): future markers, then "was scheduled to", then past, then present. */
    private static Tense tenseOf(String s, Tokens tok, int from, int to) {
        int n = to - from;
        String[] w = new String[n];
        for (int i = 0; i < n; i++)
            w[i] = tok.lower(s, from + i);
        boolean planned = false;
        for (int i = 0; i < n; i++) {
            String x = w[i];
            boolean afterApostrophe = tok.start[from + i] > 0
                    && (s.charAt(tok.start[from + i] - 1) == '\'' || s.charAt(tok.start[from + i] - 1) == '’');
            if (FUTURE_WORDS.contains(x) && (!x.equals("ll") || afterApostrophe)
                    && (!x.equals("may") || s.charAt(tok.start[from + i]) == 'm'))
                return Tense.FUTURE;
            if (x.equals("won") && i + 1 < n && w[i + 1].equals("t") && afterApostropheAt(s, tok, from + i + 1))
                return Tense.FUTURE;
            if (x.equals("next") && i + 1 < n && NEXT_UNIT.contains(w[i + 1]))
                return Tense.FUTURE;
            if (INTEND.contains(x) && i + 1 < n && w[i + 1].equals("to"))
                return Tense.FUTURE;
            if (PLANNED_BARE.contains(x) && i + 1 < n && w[i + 1].equals("to") && i > 0 && !PERFECT.contains(w[i - 1])
                    && !BE_NOW.contains(w[i - 1]) && !ADVERB.contains(w[i - 1]) && !x.equals("due"))
                return Tense.FUTURE;
            if ((x.equals("coming") && i >= 2 && w[i - 1].equals("the") && w[i - 2].equals("in"))
                    || (x.equals("later") && i + 1 < n && w[i + 1].equals("this")))
                return Tense.FUTURE;
            boolean be = BE_NOW.contains(x) && (!x.equals("s") || afterApostrophe);
            boolean was = x.equals("was") || x.equals("were");
            if (be || was) {
                int j = i + 1;
                while (j < n && ADVERB.contains(w[j]))
                    j++;
                boolean toFollows = j + 1 < n && PLANNED.contains(w[j]) && w[j + 1].equals("to");
                if (be && (toFollows || j < n && w[j].equals("to")))
                    return Tense.FUTURE;
                if (was && toFollows)
                    planned = true;
            }
        }
        if (planned)
            return Tense.UNKNOWN;
        for (int i = 0; i < n; i++) {
            String x = w[i];
            if (PAST_WORDS.contains(x))
                return Tense.PAST;
            if (x.equals("last") && i + 1 < n && (w[i + 1].equals("night") || NEXT_UNIT.contains(w[i + 1])))
                return Tense.PAST;
            // regular past tense, lower case in the text so that names ("United", "Ahmed") do not count
            if (x.length() >= 4 && x.endsWith("ed") && Character.isLowerCase(s.charAt(tok.start[from + i]))
                    && !ED_NOT_PAST.contains(x))
                return Tense.PAST;
        }
        for (int i = 0; i < n; i++)
            if (PRESENT_WORDS.contains(w[i]))
                return Tense.PRESENT;
        return Tense.UNKNOWN;
    }

    private static boolean afterApostropheAt(String s, Tokens tok, int i) {
        int p = tok.start[i] - 1;
        return p >= 0 && (s.charAt(p) == '\'' || s.charAt(p) == '’');
    }

    // ---------------------------------------------------------------- resolution

    private static DateMention resolve(Cand c, String s, LocalDate anchor, DateValue previous, Tense tense) {
        String text = s.substring(c.start, c.end);
        if (c.nullRule != null)
            return new DateMention(c.start, c.end, text, null, c.nullRule);
        Resolved r;
        try {
            r = switch (c.kind) {
                case ISO, MD, DM -> monthDay(c, anchor, tense);
                case MONTH_YEAR -> new Resolved(YearMonth.of(c.year, c.month).toString(), Precision.MONTH, null,
                        "month-year");
                case SEASON_YEAR -> new Resolved(Integer.toString(c.year), Precision.YEAR, null, "season-year");
                case YEAR -> new Resolved(Integer.toString(c.year), Precision.YEAR, null, "year");
                case MONTH_ALONE -> month(c, anchor, tense);
                case DEICTIC -> deictic(c, anchor);
                case PREV_PHRASE, PREV_OFFSET -> fromPrevious(c, previous);
                case AGO -> ago(c, anchor);
                case PERIOD -> period(c, anchor, previous);
                case WEEKDAY -> weekday(c, anchor, tense);
                default -> throw new IllegalStateException(c.kind.name());
            };
        } catch (DateTimeException e) {
            r = Resolved.none("invalid");
        }
        if (r.lexical == null)
            return new DateMention(c.start, c.end, text, null, r.rule);
        DateValue v = new DateValue(r.lexical, r.precision, text, r.anchor == null ? null : r.anchor.toString(), r.rule);
        return new DateMention(c.start, c.end, text, v, r.rule);
    }

    private record Resolved(String lexical, Precision precision, LocalDate anchor, String rule) {
        static Resolved day(LocalDate d, LocalDate anchor, String rule) {
            return new Resolved(d.toString(), Precision.DAY, anchor, rule);
        }

        static Resolved none(String why) {
            return new Resolved(null, null, null, why);
        }
    }

    private static Resolved monthDay(Cand c, LocalDate anchor, Tense tense) {
        if (c.year != 0)
            return Resolved.day(LocalDate.of(c.year, c.month, c.day), null, c.kind == Kind.ISO ? "iso" : "month-day-year");
        if (anchor == null)
            return Resolved.none("no-anchor");
        if (c.weekday != null) {
            // "Tuesday, July 8": the year in which that day is a Tuesday, nearest the anchor
            LocalDate best = null;
            for (int yy = anchor.getYear() - 1; yy <= anchor.getYear() + 1; yy++) {
                LocalDate x = safeDate(yy, c.month, c.day);
                if (x != null && x.getDayOfWeek() == c.weekday && (best == null
                        || Math.abs(x.toEpochDay() - anchor.toEpochDay()) < Math.abs(best.toEpochDay() - anchor.toEpochDay())))
                    best = x;
            }
            if (best != null && Math.abs(best.toEpochDay() - anchor.toEpochDay()) <= 183)
                return Resolved.day(best, anchor, "month-day-weekday");
        }
        Tense t = "since".equals(c.prep) ? Tense.PAST : tense;
        int y = anchor.getYear();
        LocalDate d = safeDate(y, c.month, c.day);
        switch (t) {
            case PAST -> {
                // a past event dated a few days after publication is last year's (time zones allow a little slack)
                if (d == null || d.isAfter(anchor.plusDays(3)))
                    d = safeDate(y - 1, c.month, c.day);
            }
            case FUTURE -> {
                if (d == null || d.isBefore(anchor.minusDays(14)))
                    d = safeDate(y + 1, c.month, c.day);
            }
            default -> {
                LocalDate best = null;
                for (int yy = y - 1; yy <= y + 1; yy++) {
                    LocalDate x = safeDate(yy, c.month, c.day);
                    if (x != null && (best == null || Math.abs(x.toEpochDay() - anchor.toEpochDay())
                            < Math.abs(best.toEpochDay() - anchor.toEpochDay())))
                        best = x;
                }
                d = best;
            }
        }
        return d == null ? Resolved.none("invalid") : Resolved.day(d, anchor, "month-day");
    }

    private static LocalDate safeDate(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Resolved month(Cand c, LocalDate anchor, Tense tense) {
        if (anchor == null)
            return Resolved.none("no-anchor");
        YearMonth now = YearMonth.from(anchor);
        YearMonth ym = YearMonth.of(anchor.getYear(), c.month);
        String rule = "month";
        if (c.mod != null) {
            switch (c.mod) {
                case "last", "past", "this past" -> {
                    if (!ym.isBefore(now))
                        ym = ym.minusYears(1);
                    rule = "month-last";
                }
                case "next", "coming", "this coming" -> {
                    if (!ym.isAfter(now))
                        ym = ym.plusYears(1);
                    rule = "month-next";
                }
                default -> rule = "month-this";
            }
        } else {
            Tense t = "since".equals(c.prep) ? Tense.PAST : tense;
            // unknown and present keep the anchor's year: news mostly looks back within the year
            if (t == Tense.PAST && ym.isAfter(now))
                ym = ym.minusYears(1);
            else if (t == Tense.FUTURE && ym.isBefore(now))
                ym = ym.plusYears(1);
        }
        return new Resolved(ym.toString(), Precision.MONTH, anchor, rule);
    }

    private static Resolved deictic(Cand c, LocalDate anchor) {
        if (anchor == null)
            return Resolved.none("no-anchor");
        return switch (c.word) {
            case "today", "tonight", "this morning", "this afternoon", "this evening" -> Resolved.day(anchor, anchor, "today");
            case "yesterday", "last night" -> Resolved.day(anchor.minusDays(1), anchor, "yesterday");
            case "tomorrow" -> Resolved.day(anchor.plusDays(1), anchor, "tomorrow");
            case "the day before yesterday" -> Resolved.day(anchor.minusDays(2), anchor, "day-before-yesterday");
            case "the day after tomorrow" -> Resolved.day(anchor.plusDays(2), anchor, "day-after-tomorrow");
            default -> throw new IllegalStateException(c.word);
        };
    }

    private static Resolved fromPrevious(Cand c, DateValue previous) {
        if (previous == null || previous.precision() != Precision.DAY)
            return Resolved.none("no-previous");
        LocalDate p = LocalDate.parse(previous.lexical());
        int delta;
        if (c.kind == Kind.PREV_OFFSET) {
            int days = c.n * (c.unit.startsWith("week") ? 7 : 1);
            delta = switch (c.dir) {
                case "later", "after" -> days;
                default -> -days;
            };
        } else {
            String w = c.word;
            if (w.contains("before") || w.contains("previous") || w.contains("prior") || w.contains("preceding"))
                delta = -1;
            else if (w.contains("after") || w.contains("next") || w.contains("following"))
                delta = 1;
            else
                delta = 0;
        }
        return Resolved.day(p.plusDays(delta), p, "previous-offset");
    }

    private static Resolved ago(Cand c, LocalDate anchor) {
        if (anchor == null)
            return Resolved.none("no-anchor");
        if (c.unit.startsWith("day"))
            return Resolved.day(anchor.minusDays(c.n), anchor, "days-ago");
        if (c.unit.startsWith("month"))
            return new Resolved(YearMonth.from(anchor).minusMonths(c.n).toString(), Precision.MONTH, anchor, "months-ago");
        return new Resolved(Integer.toString(anchor.getYear() - c.n), Precision.YEAR, anchor, "years-ago");
    }

    private static Resolved period(Cand c, LocalDate anchor, DateValue previous) {
        boolean monthOrYear = c.unit.equals("month") || c.unit.equals("year");
        if (!monthOrYear)
            return Resolved.none(c.unit.equals("weekend") ? "weekend" : "week");
        if (c.the) {
            // "the following year" counts from the previous date; "the past year" is a stretch of time
            if (previous != null && (c.mod.equals("previous") || c.mod.equals("following")))
                return relativeToPrevious(c, previous);
            if (!c.mod.equals("current"))
                return Resolved.none("vague");
        }
        int step = switch (c.mod) {
            case "last" -> -1;
            case "next" -> 1;
            case "this", "current" -> 0;
            default -> Integer.MIN_VALUE;
        };
        if (step == Integer.MIN_VALUE)
            return Resolved.none("vague");
        if (anchor == null)
            return Resolved.none("no-anchor");
        String rule = (c.part != null ? c.unit + "-part" : "relative-" + c.unit);
        if (c.unit.equals("month"))
            return new Resolved(YearMonth.from(anchor).plusMonths(step).toString(), Precision.MONTH, anchor, rule);
        return new Resolved(Integer.toString(anchor.getYear() + step), Precision.YEAR, anchor, rule);
    }

    private static Resolved relativeToPrevious(Cand c, DateValue previous) {
        int step = c.mod.equals("previous") ? -1 : 1;
        String lex = previous.lexical();
        if (c.unit.equals("year"))
            return new Resolved(Integer.toString(Integer.parseInt(lex.substring(0, 4)) + step), Precision.YEAR, null,
                    "previous-offset");
        if (previous.precision() == Precision.YEAR)
            return Resolved.none("no-previous");
        YearMonth ym = YearMonth.parse(lex.substring(0, 7)).plusMonths(step);
        return new Resolved(ym.toString(), Precision.MONTH, null, "previous-offset");
    }

    private static Resolved weekday(Cand c, LocalDate anchor, Tense tense) {
        if (anchor == null)
            return Resolved.none("no-anchor");
        int back = Math.floorMod(anchor.getDayOfWeek().getValue() - c.weekday.getValue(), 7);
        int fwd = Math.floorMod(c.weekday.getValue() - anchor.getDayOfWeek().getValue(), 7);
        String mod = c.mod;
        if (mod != null) {
            switch (mod) {
                case "last", "past", "this past" -> {
                    return Resolved.day(anchor.minusDays(back == 0 ? 7 : back), anchor, "weekday-last");
                }
                case "next", "coming", "this coming" -> {
                    return Resolved.day(anchor.plusDays(fwd == 0 ? 7 : fwd), anchor, "weekday-next");
                }
                default -> {
                    // "this Thursday" looks ahead unless the clause speaks of the past
                    if (tense == Tense.PAST)
                        return Resolved.day(anchor.minusDays(back), anchor, "weekday-past");
                    return Resolved.day(anchor.plusDays(fwd), anchor, "weekday-future");
                }
            }
        }
        Tense t = "since".equals(c.prep) ? Tense.PAST : tense;
        return switch (t) {
            case PAST -> Resolved.day(anchor.minusDays(back), anchor, "weekday-past");
            case FUTURE, PRESENT -> Resolved.day(anchor.plusDays(fwd), anchor, "weekday-future");
            case UNKNOWN -> back <= fwd ? Resolved.day(anchor.minusDays(back), anchor, "weekday-nearest")
                    : Resolved.day(anchor.plusDays(fwd), anchor, "weekday-nearest");
        };
    }
}
