package org.newsgraph.annotate.ner;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads named-entity corpora into OpenNLP {@link NameSample}s whose name types are already mapped to
 * "person", "organization" and "place" (see {@link NerTypes}); names of other types are dropped.
 * A sample marks "clear adaptive data" at the start of each document, where the format says so.
 */
public final class CorpusReader {
    private static final Logger LOG = LoggerFactory.getLogger(CorpusReader.class);

    /** Words that open GMB person spans ("President X", "Mr. X") but are not part of the name elsewhere. */
    private static final Set<String> TITLES = Set.of(
            "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lady", "lord",
            "president", "vice", "prime", "minister", "premier", "chancellor", "secretary", "foreign", "defense",
            "defence", "interior", "finance", "deputy", "state", "general", "lieutenant", "lt", "major", "maj",
            "colonel", "col", "captain", "capt", "sergeant", "sgt", "admiral", "commander", "gen", "brigadier",
            "senator", "sen", "representative", "rep", "congressman", "congresswoman", "governor", "gov", "mayor",
            "ambassador", "envoy", "judge", "justice", "chief", "chairman", "chairwoman", "king", "queen", "prince",
            "princess", "pope", "cardinal", "archbishop", "bishop", "reverend", "rev", "father", "sister",
            "brother", "sheikh", "ayatollah", "imam", "prophet", "former", "acting", "opposition", "leader",
            "spokesman", "spokeswoman", "president-elect", "secretary-general");

    private static final Set<String> PARTICLES = Set.of(
            "de", "da", "di", "du", "del", "della", "der", "den", "van", "von", "le", "la", "al", "el", "bin", "ibn",
            "abu", "bint", "ben", "dos", "das", "y", "st");

    private CorpusReader() {
    }

    /** Reads a whole corpus file; {@link CorpusFormat#AUTO} detects the format. */
    public static List<NameSample> read(Path file, CorpusFormat format) {
        List<String> lines = readLines(file);
        CorpusFormat f = format == CorpusFormat.AUTO ? detect(file, lines) : format;
        LOG.debug("reading {} as {}", file, f);
        return switch (f) {
            case CONLL -> readColumns(lines, false);
            case IOB2 -> readColumns(lines, true);
            case GMB -> readGmb(lines);
            case OPENNLP -> readNative(lines);
            case AUTO -> throw new IllegalStateException("unreachable");
        };
    }

    /** The same samples as an OpenNLP stream. */
    public static ObjectStream<NameSample> stream(Path file, CorpusFormat format) {
        return ObjectStreamUtils.createObjectStream(read(file, format));
    }

    /** The format {@link CorpusFormat#AUTO} would pick for this file. */
    public static CorpusFormat detect(Path file) {
        return detect(file, readLines(file));
    }

    private static CorpusFormat detect(Path file, List<String> lines) {
        return CorpusFormat.detect(file.getFileName().toString(), lines.subList(0, Math.min(50, lines.size())));
    }

    /** UTF-8 when the bytes are valid UTF-8, otherwise ISO-8859-1 (older corpus copies are Latin-1). */
    static List<String> readLines(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new NerTrainingException("cannot read corpus " + file, e);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            LOG.debug("{} is not UTF-8, reading it as ISO-8859-1", file);
            text = new String(bytes, StandardCharsets.ISO_8859_1);
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        return text.lines().toList();
    }

    // CoNLL (token first, tag last) and UNER iob2 (index, token, tag, ...).
    static List<NameSample> readColumns(List<String> lines, boolean uner) {
        List<NameSample> out = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        boolean newDocument = true;
        for (String raw : lines) {
            String line = raw.strip();
            if (uner && line.startsWith("#")) {
                if (line.startsWith("# newdoc")) newDocument = true;
                continue;
            }
            if (line.isEmpty()) {
                if (!tokens.isEmpty()) {
                    out.add(sample(tokens, tags, newDocument));
                    newDocument = false;
                }
                tokens.clear();
                tags.clear();
                continue;
            }
            String[] cols = line.split(uner ? "\t" : "\\s+");
            if (!uner && cols[0].equals("-DOCSTART-")) {
                if (!tokens.isEmpty()) out.add(sample(tokens, tags, newDocument));
                tokens.clear();
                tags.clear();
                newDocument = true;
                continue;
            }
            if (uner) {
                if (cols.length < 3) throw new NerTrainingException("iob2 line needs index, token and tag: " + line);
                // Multi-word token ranges (3-4) and empty nodes (5.1) carry no tag of their own.
                if (!cols[0].matches("\\d+")) continue;
                tokens.add(cols[1]);
                tags.add(cols[2]);
            } else {
                // A whitespace-only token (a stray no-break or ideographic space in tweets) leaves just the tag.
                if (cols.length < 2) continue;
                tokens.add(cols[0]);
                tags.add(cols[cols.length - 1]);
            }
        }
        if (!tokens.isEmpty()) out.add(sample(tokens, tags, newDocument));
        return out;
    }

    static List<NameSample> readGmb(List<String> lines) {
        List<NameSample> out = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        boolean first = true;
        for (String line : lines) {
            if (line.isBlank()) continue;
            List<String> cols = csv(line);
            if (first) {
                first = false;
                if (cols.get(0).startsWith("Sentence #")) continue;
            }
            if (cols.size() < 3) throw new NerTrainingException("GMB row needs sentence, word, [pos,] tag: " + line);
            if (!cols.get(0).isEmpty() && !tokens.isEmpty()) {
                out.add(stripTitles(sample(tokens, tags, out.isEmpty())));
                tokens.clear();
                tags.clear();
            }
            tokens.add(cols.get(1));
            tags.add(cols.get(cols.size() - 1));
        }
        // The widely used GMB copy is cut mid-sentence: drop a last sentence that does not end like one.
        if (!tokens.isEmpty()) {
            String last = tokens.get(tokens.size() - 1);
            if (Set.of(".", "?", "!", "\"", "'", "''", ")").contains(last))
                out.add(stripTitles(sample(tokens, tags, out.isEmpty())));
            else
                LOG.debug("dropping incomplete last GMB sentence of {} tokens", tokens.size());
        }
        return out;
    }

    /** GMB puts titles inside person names; the other corpora and the runtime expect the bare name. */
    static NameSample stripTitles(NameSample s) {
        String[] words = s.getSentence();
        List<Span> names = new ArrayList<>();
        for (Span n : s.getNames()) {
            if (!n.getType().equals(NerTypes.PERSON)) {
                names.add(n);
                continue;
            }
            int start = n.getStart();
            while (start < n.getEnd() && isTitle(words[start])) start++;
            if (start < n.getEnd()) names.add(new Span(start, n.getEnd(), n.getType()));
        }
        return new NameSample(words, names.toArray(Span[]::new), s.isClearAdaptiveDataSet());
    }

    private static boolean isTitle(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith(".")) w = w.substring(0, w.length() - 1);
        if (TITLES.contains(w)) return true;
        // "prime minister X" is a title in lower case, but "de Gaulle" or "al-Assad" keep their particle.
        return Character.isLowerCase(word.charAt(0)) && !PARTICLES.contains(w) && !w.contains("-");
    }

    /** One CSV record on one line (RFC 4180 quoting, no embedded line breaks). */
    static List<String> csv(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }

    static List<NameSample> readNative(List<String> lines) {
        List<NameSample> out = new ArrayList<>();
        boolean newDocument = true;
        for (String line : lines) {
            // A blank line separates documents in OpenNLP's training format.
            if (line.isBlank()) {
                newDocument = true;
                continue;
            }
            NameSample parsed;
            try {
                parsed = NameSample.parse(line, newDocument);
            } catch (IOException | RuntimeException e) {
                throw new NerTrainingException("bad OpenNLP name sample: " + line, e);
            }
            List<Span> names = new ArrayList<>();
            for (Span n : parsed.getNames()) {
                String type = NerTypes.map(n.getType());
                if (type != null) names.add(new Span(n.getStart(), n.getEnd(), type));
            }
            out.add(new NameSample(parsed.getSentence(), names.toArray(Span[]::new), newDocument));
            newDocument = false;
        }
        return out;
    }

    private static NameSample sample(List<String> tokens, List<String> tags, boolean clearAdaptive) {
        return new NameSample(tokens.toArray(String[]::new), decode(tags).toArray(Span[]::new), clearAdaptive);
    }

    /**
     * Turns IOB1, IOB2 or BIOES tags into typed spans. An I- tag starts a name when the previous tag has
     * another type (IOB1); names whose type {@link NerTypes#map} does not know are dropped.
     */
    static List<Span> decode(List<String> tags) {
        List<Span> spans = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            String prefix;
            String t;
            if (tag.isEmpty() || tag.equals("O") || tag.equals("-")) {
                prefix = "O";
                t = null;
            } else if (tag.length() > 2 && tag.charAt(1) == '-') {
                prefix = tag.substring(0, 1).toUpperCase(Locale.ROOT);
                t = tag.substring(2);
            } else {
                prefix = "I";
                t = tag;
            }
            boolean continues = t != null && (prefix.equals("I") || prefix.equals("E")) && t.equals(type);
            if (!continues) {
                close(spans, start, i, type);
                start = t == null ? -1 : i;
                type = t;
            }
            if (prefix.equals("E") || prefix.equals("S")) {
                close(spans, start, i + 1, type);
                start = -1;
                type = null;
            }
        }
        return spans;
    }

    private static void close(List<Span> spans, int start, int end, String corpusType) {
        if (corpusType == null || start < 0) return;
        String type = NerTypes.map(corpusType);
        if (type != null) spans.add(new Span(start, end, type));
    }
}
