package org.newsgraph.annotate;

import java.util.List;

/** The linguistic annotation of one text: sentences, tokens with POS tags, and names. */
public record Annotation(String text, List<Sentence> sentences, List<Token> tokens, List<NameSpan> names) {
    public Annotation {
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
        names = List.copyOf(names);
    }
}
