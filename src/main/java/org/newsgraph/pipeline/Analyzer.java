package org.newsgraph.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.annotate.Annotation;
import org.newsgraph.annotate.Annotator;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.article.Article;
import org.newsgraph.clean.CleanText;
import org.newsgraph.clean.Cleaner;
import org.newsgraph.extract.Clusters;
import org.newsgraph.extract.DateFinder;
import org.newsgraph.extract.Evidence;
import org.newsgraph.extract.MeetingFinder;
import org.newsgraph.extract.MeetingFrame;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.MentionFinder;
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

/**
 * Article in, facts out: clean, annotate, extract, resolve. Thread-safe; load once, share.
 */
public final class Analyzer {
    private final Cleaner cleaner;
    private final Annotator annotator;
    private final MentionFinder mentions;
    private final MeetingFinder meetings;
    private final EntityResolver resolver;

    private Analyzer(Cleaner cleaner, Annotator annotator, KnowledgeBase kb, DateTagger dates) {
        this.cleaner = cleaner;
        this.annotator = annotator;
        KbGazetteer gazetteer = new KbGazetteer(kb);
        this.mentions = new MentionFinder(gazetteer);
        this.meetings = new MeetingFinder(dateFinder(dates), gazetteer);
        this.resolver = new EntityResolver(kb, gazetteer);
    }

    /** Loads models and the knowledge base from the classpath. */
    public static Analyzer load() {
        return new Analyzer(Cleaner.create(), Annotator.load(), KnowledgeBase.load(), DateTagger.create());
    }

    private static DateFinder dateFinder(DateTagger tagger) {
        return (sentence, anchor, previous, future) -> {
            List<DateFinder.Found> out = new ArrayList<>();
            DateContext ctx = new DateContext(anchor, previous);
            List<DateMention> found = future ? tagger.tag(sentence, ctx, Tense.FUTURE) : tagger.tag(sentence, ctx);
            for (DateMention m : found) out.add(new DateFinder.Found(m.start(), m.end(), m.value()));
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
        LocalDate anchor = article.publishedDate()
                .map(p -> DateTagger.anchorFor(p, clean.text()))
                .orElseGet(() -> DateTagger.dateline(clean.text()).flatMap(d -> d.date()).orElse(null));
        List<MeetingFrame> frames = meetings.find(ann, clusters, anchor);
        List<String> out = new ArrayList<>();
        out.add("article " + article.id() + "  anchor " + anchor);
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

    private static String clusterName(Clusters clusters, int c) {
        String best = null;
        for (int mi : clusters.members(c)) {
            String n = clusters.mentions().get(mi).lookupName();
            if (best == null || n.length() > best.length()) best = n;
        }
        return best;
    }

    /** The facts of one article; deterministic for a given article. */
    public ArticleFacts analyze(Article article) {
        CleanText clean = cleaner.clean(article);
        Annotation ann = annotator.annotate(clean.text());
        List<Mention> found = mentions.find(ann);
        Clusters clusters = Clusters.of(found);
        LocalDate anchor = article.publishedDate()
                .map(p -> DateTagger.anchorFor(p, clean.text()))
                .orElseGet(() -> DateTagger.dateline(clean.text()).flatMap(d -> d.date()).orElse(null));
        List<MeetingFrame> frames = meetings.find(ann, clusters, anchor);
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
            Sentence s = ann.sentences().get(f.sentence());
            Evidence ev = new Evidence(clean.text().substring(s.start(), s.end()),
                    clean.originalStart(s.start()), clean.originalEnd(s.end()));
            reports.add(new MeetingReport(parts, place, f.date(), f.status(), f.mode(), ev, f.confidence()));
        }
        return new ArticleFacts(article, r.entities(), reports);
    }
}
