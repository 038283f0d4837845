package org.newsgraph.annotate.ner;

import java.util.List;
import java.util.Locale;

/** Training-corpus formats understood by {@link CorpusReader}. */
public enum CorpusFormat {
    /** Decide from the file name and its first lines. */
    AUTO,
    /** Whitespace-separated columns, token first, IOB or IOB2 tag last; blank lines end sentences; -DOCSTART- lines. */
    CONLL,
    /** Universal NER: tab-separated index, token, IOB2 tag (further columns ignored); '#' comment lines. */
    IOB2,
    /** Groningen Meaning Bank CSV: Sentence #,Word,POS,Tag with the sentence id only on a sentence's first row. */
    GMB,
    /** OpenNLP name samples: one sentence per line, names as {@code <START:person> ... <END>}. */
    OPENNLP;

    /** Parses a user-supplied name such as "auto", "conll", "iob2", "gmb" or "opennlp". */
    public static CorpusFormat parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new NerTrainingException("unknown corpus format '" + name + "' (auto, conll, iob2, gmb, opennlp)");
        }
    }

    /** Guesses the format of a file from its name and its first non-blank lines; never returns AUTO. */
    static CorpusFormat detect(String fileName, List<String> firstLines) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (String line : firstLines) {
            if (line.contains("<START") && line.contains("<END>")) return OPENNLP;
        }
        if (lower.endsWith(".csv")) return GMB;
        if (lower.endsWith(".iob2")) return IOB2;
        if (lower.endsWith(".conll")) return CONLL;
        String first = firstLines.stream().filter(l -> !l.isBlank()).findFirst().orElse("");
        if (first.startsWith("Sentence #") || first.startsWith("Sentence:")) return GMB;
        for (String line : firstLines) {
            if (line.isBlank() || line.startsWith("-DOCSTART-")) continue;
            // "# sent_id = ..." is a UNER comment; "#tag O" would be a hashtag token in CoNLL.
            if (line.startsWith("# ")) return IOB2;
            String[] cols = line.split("\t");
            return cols.length >= 3 && cols[0].matches("\\d+") ? IOB2 : CONLL;
        }
        return CONLL;
    }
}
