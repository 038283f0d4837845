package org.newsgraph.annotate.ner;

import java.util.List;

/** Held-out scores for one corpus (or for all held-out parts together): per type, then overall. */
public record CorpusEvaluation(String corpus, int sentences, int tokens, List<TypeScore> types, TypeScore overall) {
    public CorpusEvaluation {
        if (corpus == null || corpus.isBlank()) throw new IllegalArgumentException("corpus name required");
        if (sentences < 0 || tokens < 0) throw new IllegalArgumentException("counts must be >= 0");
        types = List.copyOf(types);
        if (overall == null) throw new IllegalArgumentException("overall score required");
    }

    /** The score of one type, or null when the corpus has no such row. */
    public TypeScore type(String type) {
        return types.stream().filter(t -> t.type().equals(type)).findFirst().orElse(null);
    }
}
