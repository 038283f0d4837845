package org.newsgraph.annotate;

import java.util.List;

/** The linguistic annotation of one text: sentences, tokens with POS tags, and names. */
public record Annotation(String text, List<Sentence> sentences, List<Token> tokens, List<NameSpan> names) {
    public Annotation {
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
        names = List.copyOf(names);
    }

    /**
     * The annotation of the first {@code n} sentences only. Tokens and names are kept whole, so that every index
     * into them stays valid; only what iterates sentences stops earlier.
     */
    public Annotation withSentences(int n) {
        if (n >= sentences.size()) return this;
        return new Annotation(text, sentences.subList(0, n), tokens, names);
    }
}
