package org.newsgraph.annotate;

/**
 * A name found by the statistical name finder: token range [firstToken, endToken) over the whole text,
 * its type ("person", "organization" or "place") and the model's probability.
 */
public record NameSpan(int firstToken, int endToken, String type, double probability) {
    public NameSpan {
        if (firstToken < 0 || endToken <= firstToken) throw new IllegalArgumentException("bad name span");
        if (!type.equals("person") && !type.equals("organization") && !type.equals("place"))
            throw new IllegalArgumentException("unknown name type " + type);
    }
}
