package org.newsgraph.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.newsgraph.annotate.Annotation;
import org.newsgraph.annotate.Annotator;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.article.Article;
import org.newsgraph.article.Budget;
import org.newsgraph.article.Limits;
import org.newsgraph.article.OverBudgetException;
import org.newsgraph.clean.CleanText;
import org.newsgraph.clean.Cleaner;
import org.newsgraph.extract.Clusters;
import org.newsgraph.extract.DateFinder;
import org.newsgraph.extract.Evidence;
import org.newsgraph.extract.MeetingFinder;
import org.newsgraph.extract.MeetingFrame;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.MentionFinder;
import org.newsgraph.extract.DateValue;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.date.Anchors;
import org.newsgraph.extract.date.DateContext;
import org.newsgraph.extract.date.DateMention;
import org.newsgraph.extract.date.DateTagger;
import org.newsgraph.extract.date.Tense;
import org.newsgraph.resolve.ArticleFacts;
import org.newsgraph.resolve.Entity;
import org.newsgraph.resolve.EntityResolver;
import org.newsgraph.resolve.KbGazetteer;
import org.newsgraph.resolve.MeetingReport;
import org.newsgraph.resolve.kb.KnowledgeBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Article in, facts out: clean, annotate, extract, resolve. Thread-safe; load once, share.
 */
public final class Analyzer {
    private static final Logger log = LoggerFactory.getLogger(Analyzer.class);

    private final Limits limits;
    private final Cleaner cleaner;
    private final Annotator annotator;
    private final MentionFinder mentions;
    private final MeetingFinder meetings;
    private final EntityResolver resolver;
    private final DateTagger dates;

    private Analyzer(Limits limits, Cleaner cleaner, Annotator annotator, KnowledgeBase kb, DateTagger dates) {
        this.limits = limits;
        this.cleaner = cleaner;
        this.annotator = annotator;
        KbGazetteer gazetteer = new KbGazetteer(kb);
        this.mentions = new MentionFinder(gazetteer);
        this.meetings = new MeetingFinder(dateFinder(dates), gazetteer);
        this.resolver = new EntityResolver(kb, gazetteer);
        this.dates = dates;
    }

    /** Loads models and the knowledge base from the classpath; articles get the default {@link Limits}. */
    public static Analyzer load() {
        return load(Limits.DEFAULT);
    }

    /** Loads models and the knowledge base; {@link #analyze(Article)} keeps articles within these limits. */
    public static Analyzer load(Limits limits) {
        return new Analyzer(Objects.requireNonNull(limits, "limits"), Cleaner.create(), Annotator.load(),
                KnowledgeBase.load(), DateTagger.create());
    }

    public Limits limits() {
        return limits;
    }

    private static DateFinder dateFinder(DateTagger tagger) {
        return (sentence, anchor, previous, future) -> {
            List<DateFinder.Found> out = new ArrayList<>();
            DateContext ctx = new DateContext(anchor, previous);
            List<DateMention> found = future ? tagger.tag(sentence, ctx, Tense.FUTURE) : tagger.tag(sentence, ctx);
            for (DateMention m : found) {
                // a meeting over several days ("hosted him on Thursday and Friday") is dated by its first day
                DateValue v = m.value() != null ? m.value()
                        : tagger.rangeStart(m, ctx, future ? Tense.FUTURE : DateTagger.tenseOf(sentence)).orElse(null);
                out.add(new DateFinder.Found(m.start(), m.end(), v));
            }
            return out;
        };
    }

    /**
     * Why the graph says what it says: per sentence, the names found (type, how) and the meeting frames
     * (participants, status, mode, date with its rule, place). For {@code newsgraph explain}.
     */
    public List<String> explain(Article article) {
        CleanText clean = cleaner.clean(article);
        Annotation ann = annotator.annotate(clean.text());
        List<Mention> found = mentions.find(ann);
        Clusters clusters = Clusters.of(found);
        Optional<Anchors.Anchor> anchored = anchor(article, clean.text());
        LocalDate anchor = anchored.map(Anchors.Anchor::date).orElse(null);
        List<MeetingFrame> frames = withAnchorSource(meetings.find(ann, clusters, anchor), anchored);
        List<String> out = new ArrayList<>();
        out.add("article " + article.id() + "  anchor " + anchor + anchored.map(x -> " (" + x.source() + ")").orElse(""));
        for (int si = 0; si < ann.sentences().size(); si++) {
            Sentence s = ann.sentences().get(si);
            out.add("");
            out.add("[" + si + "] " + clean.text().substring(s.start(), s.end()).replaceAll("\\s+", " "));
            StringBuilder names = new StringBuilder();
            for (int mi = 0; mi < found.size(); mi++) {
                Mention m = found.get(mi);
                if (m.sentence() != si) continue;
                names.append("  ").append(m.name()).append(" <").append(m.type()).append(" c").append(clusters.clusterOf(mi))
                        .append(' ').append(m.origin()).append(m.title() != null ? " title=" + m.title() : "").append('>');
            }
            if (names.length() > 0) out.add("    names:" + names);
            for (MeetingFrame f : frames) {
                if (f.sentence() != si) continue;
                List<String> ps = new ArrayList<>();
                for (int c : f.participants()) ps.add(clusterName(clusters, c));
                out.add("    MEETING " + ps + " " + f.status() + " " + f.mode() + " date="
                        + (f.date() == null ? "-" : f.date().lexical() + " (" + f.date().rule() + ": " + f.date().expression() + ")")
                        + " place=" + (f.place() >= 0 ? clusterName(clusters, f.place()) : "-")
                        + String.format(java.util.Locale.ROOT, " conf=%.2f", f.confidence()));
            }
        }
        return out;
    }

    private Optional<Anchors.Anchor> anchor(Article article, String text) {
        return Anchors.of(article.publishedDate().orElse(null), article.url(), text, dates);
    }

    /** Dates resolved against an anchor other than the publication date name that anchor in their rule. */
    private static List<MeetingFrame> withAnchorSource(List<MeetingFrame> frames, Optional<Anchors.Anchor> anchor) {
        if (anchor.isEmpty() || anchor.get().source().equals(Anchors.PUBLISHED)) return frames;
        List<MeetingFrame> out = new ArrayList<>(frames.size());
        for (MeetingFrame f : frames) {
            DateValue d = f.date();
            if (d != null && d.anchor() != null && d.rule() != null && !d.rule().contains("anchor:"))
                f = new MeetingFrame(f.participants(), f.place(), new DateValue(d.lexical(), d.precision(), d.expression(),
                        d.anchor(), d.rule() + ", anchor: " + anchor.get().source()), f.status(), f.mode(), f.sentence(), f.confidence());
            out.add(f);
        }
        return out;
    }

    private static String clusterName(Clusters clusters, int c) {
        String best = null;
        for (int mi : clusters.members(c)) {
            String n = clusters.mentions().get(mi).lookupName();
            if (best == null || n.length() > best.length()) best = n;
        }
        return best;
    }

    /**
     * The facts of one article within this analyzer's limits; deterministic for a given article. What was cut to
     * keep within them is logged as a warning.
     *
     * @throws OverBudgetException when the article takes longer than the limits' time-out
     */
    public ArticleFacts analyze(Article article) {
        Budget budget = Budget.start(limits, describe(article));
        ArticleFacts facts = analyze(article, budget);
        for (String note : budget.notes()) log.warn("{}: {}: {}", article.origin(), describe(article), note);
        return facts;
    }

    /** How messages name an article: {@code article 'id'}. */
    public static String describe(Article article) {
        return "article '" + article.id() + "'";
    }

    /**
     * The facts of one article within the budget's limits; what was cut is noted in the budget.
     *
     * @throws OverBudgetException when the budget's time is up
     */
    public ArticleFacts analyze(Article article, Budget budget) {
        Limits lim = budget.limits();
        CleanText clean = cleaner.clean(article);
        budget.check();
        String text = clean.text();
        if (text.length() > lim.maxArticleChars()) {
            int cut = cutText(text, lim.maxArticleChars());
            budget.leftOut(String.format(Locale.ROOT, "text over %,d characters: analysed up to character %,d of %,d"
                    + " (original offset %,d), the rest is left out", lim.maxArticleChars(), cut, text.length(),
                    clean.originalEnd(cut)));
            text = text.substring(0, cut);
        }
        Annotation ann = annotator.annotate(text, budget);
        budget.check();
        List<Mention> found = mentions.find(ann);
        budget.check();
        Capped capped = capMentions(ann, found, lim, budget);
        found = capped.kept();
        // the sentences whose names were left out are left out as a whole: meetings there could only be misread
        if (capped.cutAt() >= 0) ann = ann.withSentences(capped.cutAt());
        Clusters clusters = Clusters.of(found);
        String analysed = text;
        Optional<Anchors.Anchor> anchored = anchor(article, analysed);
        LocalDate anchor = anchored.map(Anchors.Anchor::date).orElse(null);
        List<MeetingFrame> frames = capFrames(withAnchorSource(meetings.find(ann, clusters, anchor), anchored), lim, budget);
        budget.check();
        EntityResolver.Resolution r = resolver.resolve(clusters);
        List<MeetingReport> reports = new ArrayList<>();
        for (MeetingFrame f : frames) {
            List<Entity> parts = new ArrayList<>();
            for (int c : f.participants()) {
                Entity e = r.byCluster().get(c);
                if (e != null && !parts.contains(e)) parts.add(e);
            }
            if (parts.size() < 2) continue;
            Entity place = f.place() >= 0 ? r.byCluster().get(f.place()) : null;
            // "at the White House": the meeting was in the city the venue sits in; a venue of unknown seat is a place itself
            if (place != null && place.type() != EntityType.PLACE) {
                Entity venue = place;
                place = resolver.seatOf(venue).orElseGet(() -> new Entity(EntityType.PLACE, venue.key(), venue.label(),
                        venue.altLabels(), null, venue.wikidata(), venue.country()));
            } else if (place != null) {
                place = resolver.seatOf(place).orElse(place); // the venue typed a place ("at the White House")
            }
            Sentence s = ann.sentences().get(f.sentence());
            Evidence ev = new Evidence(clean.text().substring(s.start(), s.end()),
                    clean.originalStart(s.start()), clean.originalEnd(s.end()));
            reports.add(new MeetingReport(parts, place, f.date(), f.status(), f.mode(), ev, f.confidence()));
        }
        return new ArticleFacts(article, r.entities(), reports);
    }

    /** Where to end the analysed text: at a line end before the limit, else at a space, else at the limit. */
    static int cutText(String text, int max) {
        int nl = text.lastIndexOf('\n', max);
        if (nl > max / 2) return nl;
        for (int k = max; k > max / 2; k--) if (Character.isWhitespace(text.charAt(k - 1))) return k;
        return Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    }

    /**
     * Keeps at most {@code maxMentionsPerSentence} names per sentence (the first ones), and names of whole
     * sentences up to {@code maxMentionsPerArticle}: the sentence that would go over it and the rest are left out.
     */
    static Capped capMentions(Annotation ann, List<Mention> found, Limits lim, Budget budget) {
        List<Mention> out = new ArrayList<>(Math.min(found.size(), lim.maxMentionsPerArticle()));
        int sentence = -1, inSentence = 0, dropped = 0, sentencesCapped = 0, cutAt = -1;
        for (int k = 0; k < found.size(); k++) {
            Mention m = found.get(k);
            if (m.sentence() != sentence) {
                sentence = m.sentence();
                inSentence = 0;
                int end = k;
                while (end < found.size() && found.get(end).sentence() == sentence) end++;
                int kept = Math.min(end - k, lim.maxMentionsPerSentence());
                if (end - k > kept) sentencesCapped++;
                if (out.size() + kept > lim.maxMentionsPerArticle()) {
                    budget.leftOut(String.format(Locale.ROOT, "over %,d names: analysed the first %,d sentences (up to"
                            + " character %,d), the rest is left out", lim.maxMentionsPerArticle(), sentence,
                            ann.sentences().get(sentence).start()));
                    cutAt = sentence;
                    break;
                }
            }
            if (inSentence++ < lim.maxMentionsPerSentence()) out.add(m);
            else dropped++;
        }
        if (dropped > 0) {
            budget.leftOut(String.format(Locale.ROOT, "%,d %s over %,d names: the first %,d kept, %,d left out",
                    sentencesCapped, sentencesCapped == 1 ? "sentence" : "sentences", lim.maxMentionsPerSentence(),
                    lim.maxMentionsPerSentence(), dropped));
        }
        return new Capped(out, cutAt);
    }

    /** The names kept, and the first sentence left out as a whole (-1: none). */
    record Capped(List<Mention> kept, int cutAt) {
    }

    /** Keeps at most {@code maxMeetingsPerSentence} meeting candidates per sentence and {@code maxMeetingsPerArticle} in all. */
    static List<MeetingFrame> capFrames(List<MeetingFrame> frames, Limits lim, Budget budget) {
        if (frames.size() <= lim.maxMeetingsPerSentence() && frames.size() <= lim.maxMeetingsPerArticle()) return frames;
        List<MeetingFrame> out = new ArrayList<>();
        java.util.Map<Integer, Integer> perSentence = new java.util.HashMap<>();
        int dropped = 0;
        for (MeetingFrame f : frames) {
            int n = perSentence.merge(f.sentence(), 1, Integer::sum);
            if (n <= lim.maxMeetingsPerSentence() && out.size() < lim.maxMeetingsPerArticle()) out.add(f);
            else dropped++;
        }
        if (dropped > 0) {
            budget.leftOut(String.format(Locale.ROOT, "%,d meeting candidates over the caps (%,d per sentence, %,d per"
                    + " article) left out", dropped, lim.maxMeetingsPerSentence(), lim.maxMeetingsPerArticle()));
        }
        return out;
    }
}
