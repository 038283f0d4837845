package org.newsgraph.annotate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.newsgraph.article.Budget;

/**
 * Sentences, tokens, UD part-of-speech tags and statistical names, with Apache OpenNLP.
 * Models are loaded once from the classpath and shared; the *ME classes are not thread-safe in
 * OpenNLP 2.5, so each thread gets its own instances. Safe to call from many threads.
 */
public final class Annotator {
    static final String SENT_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    /** The name finder this project trains and ships (see NerTrainer). */
    public static final String NER_MODEL = "/models/newsgraph-ner-en.bin";

    private final ThreadLocal<SentenceDetectorME> sentences;
    private final ThreadLocal<TokenizerME> tokenizer;
    private final ThreadLocal<POSTaggerME> tagger;
    private final ThreadLocal<NameFinderME> names;

    private Annotator(SentenceModel s, TokenizerModel t, POSModel p, TokenNameFinderModel n) {
        sentences = ThreadLocal.withInitial(() -> new SentenceDetectorME(s));
        tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(t));
        tagger = ThreadLocal.withInitial(() -> new POSTaggerME(p, POSTagFormat.UD));
        names = n == null ? null : ThreadLocal.withInitial(() -> new NameFinderME(n));
    }

    /** Loads the bundled models; the name finder is optional so that the pipeline runs before one is trained. */
    public static Annotator load() {
        return new Annotator(
                read(SENT_MODEL, SentenceModel::new),
                read(TOKEN_MODEL, TokenizerModel::new),
                read(POS_MODEL, POSModel::new),
                Annotator.class.getResource(NER_MODEL) == null ? null : read(NER_MODEL, TokenNameFinderModel::new));
    }

    /** Whether a statistical name finder is loaded. */
    public boolean hasNameFinder() {
        return names != null;
    }

    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M read(String resource, ModelReader<M> reader) {
        try (InputStream in = Annotator.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("model not on the classpath: " + resource);
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model " + resource, e);
        }
    }

    /** Annotates the whole text, whatever its sentences' length. */
    public Annotation annotate(String text) {
        return annotate(text, Budget.unlimited());
    }

    /**
     * Annotates within a budget: sentences over the budget's length caps are split before tagging (tagging is
     * quadratic in a sentence's length), and the clock is checked at each sentence.
     *
     * @throws org.newsgraph.article.OverBudgetException when the article's time is up
     */
    public Annotation annotate(String text, Budget budget) {
        POSTaggerME pos = tagger.get();
        NameFinderME nf = names == null ? null : names.get();
        List<Sentence> sents = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        List<NameSpan> found = new ArrayList<>();
        int[] splits = {0, 0}; // sentences split, pieces
        forEachSentence(text, budget, splits, (sStart, sEnd, sentText, tspans) -> {
            budget.check();
            String[] words = new String[tspans.length];
            for (int i = 0; i < tspans.length; i++) words[i] = tspans[i].getCoveredText(sentText).toString();
            String[] tags = pos.tag(words);
            int first = tokens.size();
            for (int i = 0; i < tspans.length; i++)
                tokens.add(new Token(sStart + tspans[i].getStart(), sStart + tspans[i].getEnd(), words[i], tags[i]));
            if (nf != null) {
                Span[] spans = nf.find(words);
                double[] probs = nf.probs(spans);
                for (int i = 0; i < spans.length; i++) {
                    String type = normalType(spans[i].getType());
                    if (type != null)
                        found.add(new NameSpan(first + spans[i].getStart(), first + spans[i].getEnd(), type, probs[i]));
                }
            }
            sents.add(new Sentence(sStart, sEnd, first, tokens.size()));
        });
        if (nf != null) nf.clearAdaptiveData();
        if (splits[0] > 0) {
            budget.note(String.format(Locale.ROOT, "%,d %s over %,d characters or %,d tokens split into %,d pieces", splits[0],
                    splits[0] == 1 ? "sentence" : "sentences", budget.limits().maxSentenceChars(),
                    budget.limits().maxSentenceTokens(), splits[1]));
        }
        budget.tokens(tokens.size());
        return new Annotation(text, sents, tokens, found);
    }

    /** The number of tokens {@link #annotate} finds in the text, without tagging or name finding. */
    public int countTokens(String text) {
        int[] count = {0};
        forEachSentence(text, Budget.unlimited(), new int[2], (sStart, sEnd, sentText, tspans) -> count[0] += tspans.length);
        return count[0];
    }

    private interface SentenceVisitor {
        void visit(int start, int end, String text, Span[] tokens);
    }

    /**
     * Sentences with their tokens; lines are blocks (paragraphs, headings, list items): no sentence crosses one.
     * A sentence over the budget's caps is cut into pieces: at the last space before {@code maxSentenceChars}
     * (or at that length when there is none), then into runs of {@code maxSentenceTokens} tokens.
     * {@code splits} counts the sentences split and the pieces they gave.
     */
    private void forEachSentence(String text, Budget budget, int[] splits, SentenceVisitor visitor) {
        SentenceDetectorME sd = sentences.get();
        TokenizerME tk = tokenizer.get();
        int maxChars = budget.limits().maxSentenceChars();
        int maxTokens = budget.limits().maxSentenceTokens();
        boolean wrapped = hardWrapped(text);
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.length();
            // a sentence broken over lines ("met with Prime Minister\nShinzo Abe ...") is one block
            while (lineEnd < text.length() && continues(text, lineStart, lineEnd, wrapped)) {
                int next = text.indexOf('\n', lineEnd + 1);
                lineEnd = next < 0 ? text.length() : next;
            }
            String line = text.substring(lineStart, lineEnd);
            if (!line.isBlank()) {
                for (Span s : splitAfterMonthDays(joinInitials(sd.sentPosDetect(line), line), line)) {
                    int sStart = lineStart + s.getStart();
                    int sEnd = lineStart + s.getEnd();
                    if (sEnd - sStart <= maxChars) {
                        String sentText = text.substring(sStart, sEnd);
                        Span[] tspans = refine(tk.tokenizePos(sentText), sentText);
                        if (tspans.length <= maxTokens) {
                            if (tspans.length > 0) visitor.visit(sStart, sEnd, sentText, tspans);
                        } else {
                            splits[0]++;
                            splits[1] += visitPieces(text, sStart, tspans, maxTokens, visitor);
                        }
                        continue;
                    }
                    splits[0]++;
                    int p = sStart;
                    while (p < sEnd) {
                        budget.check();
                        int cut = cutAt(text, p, Math.min(sEnd, p + maxChars), sEnd);
                        String piece = text.substring(p, cut);
                        Span[] tspans = refine(tk.tokenizePos(piece), piece);
                        splits[1] += visitPieces(text, p, tspans, maxTokens, visitor);
                        p = cut;
                        while (p < sEnd && Character.isWhitespace(text.charAt(p))) p++;
                    }
                }
            }
            lineStart = lineEnd + 1;
        }
    }

    /** Where to end a piece of [from, limit): after the last space, else at the limit (not inside a surrogate pair). */
    private static int cutAt(String text, int from, int limit, int end) {
        if (limit >= end) return end;
        for (int k = limit; k > from + 1; k--) {
            if (Character.isWhitespace(text.charAt(k - 1))) return k;
        }
        return Character.isHighSurrogate(text.charAt(limit - 1)) && limit - 1 > from ? limit - 1 : limit;
    }

    /** Visits tokens (relative to {@code start}) as sentences of at most {@code maxTokens} tokens; returns how many. */
    private static int visitPieces(String text, int start, Span[] tspans, int maxTokens, SentenceVisitor visitor) {
        int pieces = 0;
        for (int from = 0; from < tspans.length; from += maxTokens) {
            int to = Math.min(tspans.length, from + maxTokens);
            int pStart = start + tspans[from].getStart();
            int pEnd = start + tspans[to - 1].getEnd();
            Span[] part = new Span[to - from];
            int shift = tspans[from].getStart();
            for (int i = from; i < to; i++) part[i - from] = new Span(tspans[i].getStart() - shift, tspans[i].getEnd() - shift);
            visitor.visit(pStart, pEnd, text.substring(pStart, pEnd), part);
            pieces++;
        }
        return pieces;
    }

    /** Abbreviated titles before a name: "Gov. Ana Ruiz", "Sen. Paul Whitcombe", "Lt. Gen. Omar Haddad". */
    private static final java.util.regex.Pattern TITLE_ABBREVIATION = java.util.regex.Pattern.compile(
            "(?s)(.*[\\s(\"“])?(Gov|Sen|Rep|Lt|Gen|Col|Capt|Sgt|Adm|Maj|Cmdr|Supt|Insp|Rev|Fr|Hon|Amb|Pres|Atty|Gens|Reps|Sens|Govs|Mgr|Msgr|Cllr|Cdr|Brig)\\.");

    /** "on June 3. The talks": a day after its month ends a sentence, which the sentence model misses. */
    private static final java.util.regex.Pattern MONTH_DAY_END = java.util.regex.Pattern.compile(
            "\\b(?:January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.? \\d{1,2}\\.(\\s+)(?=[\\p{Lu}\"“])");

    private static Span[] splitAfterMonthDays(Span[] spans, String line) {
        List<Span> out = new ArrayList<>(spans.length);
        for (Span s : spans) {
            int from = s.getStart();
            java.util.regex.Matcher m = MONTH_DAY_END.matcher(line).region(s.getStart(), s.getEnd());
            while (m.find()) {
                out.add(new Span(from, m.start(1)));
                from = m.end(1);
            }
            out.add(from == s.getStart() ? s : new Span(from, s.getEnd()));
        }
        return out.toArray(new Span[0]);
    }

    /** "Michael R. Pompeo", "Gov. Ana Ruiz": a sentence that ends with a middle initial or a title goes on with the next one. */
    private static Span[] joinInitials(Span[] spans, String line) {
        List<Span> out = new ArrayList<>(spans.length);
        for (Span s : spans) {
            if (!out.isEmpty()) {
                Span prev = out.get(out.size() - 1);
                String p = line.substring(prev.getStart(), prev.getEnd());
                // "Michael R.", and "D. L." (two initials, spaced: "U.S." may end a sentence)
                if ((p.matches("(?s).*\\s\\p{Lu}\\p{L}+\\s\\p{Lu}\\.") || p.matches("(?s).*\\s\\p{Lu}\\.\\s\\p{Lu}\\.")
                        || TITLE_ABBREVIATION.matcher(p).matches())
                        && Character.isUpperCase(line.charAt(s.getStart()))) {
                    out.set(out.size() - 1, new Span(prev.getStart(), s.getEnd()));
                    continue;
                }
            }
            out.add(s);
        }
        return out.toArray(new Span[0]);
    }

    /**
     * Whether a text is hard-wrapped (wire copy, old pages, e-mail): at least three of its lines break a
     * sentence, ending without a stop before a line that goes on in lower case.
     */
    static boolean hardWrapped(String text) {
        String[] lines = text.split("\n", -1);
        int broken = 0;
        for (int i = 0; i + 1 < lines.length; i++) {
            String a = lines[i].strip(), b = lines[i + 1].strip();
            if (a.length() >= 30 && !b.isEmpty() && !endsSentence(a) && Character.isLowerCase(b.charAt(0))) broken++;
        }
        return broken >= 3;
    }

    /** Whether the line ending at {@code lineEnd} goes on in the next line. */
    private static boolean continues(String text, int lineStart, int lineEnd, boolean wrapped) {
        String line = text.substring(lineStart, lineEnd).strip();
        int nextEnd = text.indexOf('\n', lineEnd + 1);
        String next = text.substring(lineEnd + 1, nextEnd < 0 ? text.length() : nextEnd).strip();
        if (line.isEmpty() || next.isEmpty() || endsSentence(line)) return false;
        char first = next.charAt(0);
        if (Character.isLowerCase(first) && line.length() >= 30) return true;
        return wrapped && line.length() >= 40 && (Character.isLetterOrDigit(first) || first == '"' || first == '\u201C');
    }

    private static boolean endsSentence(String line) {
        char c = line.charAt(line.length() - 1);
        return ".!?:;\"\u201D\u2019')|".indexOf(c) >= 0;
    }

    /**
     * The UD tokenizer keeps possessives ("Lee’s") and dash compounds ("Lee–Park") whole, which hides
     * names from the tagger and the name finder: split them off.
     */
    static Span[] refine(Span[] spans, CharSequence text) {
        List<Span> out = new ArrayList<>(spans.length + 8);
        for (Span s : spans) {
            int start = s.getStart(), end = s.getEnd();
            // en and em dashes always separate; a plain hyphen is part of a word ("Jean-Claude", "face-to-face")
            int cut = start;
            for (int i = start + 1; i < end - 1; i++) {
                char c = text.charAt(i);
                if (c == '\u2013' || c == '\u2014') {
                    if (i > cut) out.add(new Span(cut, i));
                    out.add(new Span(i, i + 1));
                    cut = i + 1;
                }
            }
            start = cut;
            int len = end - start;
            if (len > 2 && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')
                    && isApostrophe(text.charAt(end - 2)) && Character.isLetterOrDigit(text.charAt(end - 3))) {
                out.add(new Span(start, end - 2));
                out.add(new Span(end - 2, end));
            } else if (len > 2 && isApostrophe(text.charAt(end - 1)) && text.charAt(end - 2) == 's') {
                out.add(new Span(start, end - 1));
                out.add(new Span(end - 1, end));
            } else {
                out.add(new Span(start, end));
            }
        }
        return joinHyphens(out, text).toArray(new Span[0]);
    }

    /** "Keller" "-Sutter" and "Lindgren" "-" "Holm" are one word when nothing separates them. */
    private static List<Span> joinHyphens(List<Span> spans, CharSequence text) {
        List<Span> out = new ArrayList<>(spans.size());
        for (Span s : spans) {
            if (!out.isEmpty()) {
                Span prev = out.get(out.size() - 1);
                boolean touching = prev.getEnd() == s.getStart();
                char last = text.charAt(prev.getEnd() - 1);
                char first = text.charAt(s.getStart());
                boolean hyphenNext = first == '-' && s.length() > 1 && Character.isLetter(text.charAt(s.getStart() + 1));
                boolean afterHyphen = last == '-' && prev.length() > 1 && Character.isLetter(first)
                        && Character.isLetter(text.charAt(prev.getEnd() - 2));
                boolean loneHyphen = last == '-' && prev.length() == 1 && out.size() >= 2
                        && out.get(out.size() - 2).getEnd() == prev.getStart() && Character.isLetter(first);
                if (touching && Character.isLetter(last) && hyphenNext || touching && afterHyphen) {
                    out.set(out.size() - 1, new Span(prev.getStart(), s.getEnd()));
                    continue;
                }
                if (touching && loneHyphen) {
                    Span before = out.remove(out.size() - 2);
                    out.set(out.size() - 1, new Span(before.getStart(), s.getEnd()));
                    continue;
                }
                if (touching && first == '-' && s.length() == 1 && Character.isLetter(last)) {
                    out.add(s); // may join with the next word
                    continue;
                }
            }
            out.add(s);
        }
        return out;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    static String normalType(String t) {
        if (t == null) return null;
        return switch (t.toLowerCase()) {
            case "person", "per" -> "person";
            case "organization", "org" -> "organization";
            case "place", "location", "loc", "geo", "gpe" -> "place";
            default -> null;
        };
    }
}
