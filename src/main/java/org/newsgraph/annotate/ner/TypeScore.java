package org.newsgraph.annotate.ner;

/**
 * Exact-span precision, recall and F1 for one name type ("person", "organization", "place") or for all
 * of them ("overall"); support is the number of gold names of that type in the held-out sentences.
 */
public record TypeScore(String type, double precision, double recall, double f1, int support) {
    public TypeScore {
        if (type == null || type.isBlank()) throw new IllegalArgumentException("type required");
        if (!inUnit(precision) || !inUnit(recall) || !inUnit(f1)) throw new IllegalArgumentException("scores must be in [0,1]");
        if (support < 0) throw new IllegalArgumentException("support must be >= 0");
    }

    private static boolean inUnit(double v) {
        return v >= 0 && v <= 1;
    }

    /** From counts of true positives, predicted names and gold names; an empty side scores 0. */
    public static TypeScore of(String type, int truePositives, int predicted, int gold) {
        double p = predicted == 0 ? 0 : (double) truePositives / predicted;
        double r = gold == 0 ? 0 : (double) truePositives / gold;
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new TypeScore(type, p, r, f, gold);
    }
}
