package org.newsgraph.annotate;

import java.util.List;

/** The linguistic annotation of one text: sentences, tokens with POS tags, and names. */
public record Annotation(String text, List<Sentence> sentences, List<Token> tokens, List<NameSpan> names) {
    public Annotation {
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
        names = List.copyOf(names);
    }

    /** The annotation of the first {@code n} sentences only (tokens and names after them are dropped). */
    public Annotation withSentences(int n) {
        if (n >= sentences.size()) return this;
        int endToken = n == 0 ? 0 : sentences.get(n - 1).endToken();
        List<NameSpan> kept = names.stream().filter(s -> s.endToken() <= endToken).toList();
        return new Annotation(text, sentences.subList(0, n), tokens.subList(0, endToken), kept);
    }
}
