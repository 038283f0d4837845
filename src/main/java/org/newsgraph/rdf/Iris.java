package org.newsgraph.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import org.newsgraph.extract.EntityType;
import org.newsgraph.resolve.Entity;

/**
 * Mints every IRI of the graph, deterministically, under one instance base
 * (default {@value #DEFAULT_BASE}).
 */
public final class Iris {
    public static final String DEFAULT_BASE = "https://w3id.org/newsgraph/id/";
    public static final Iris DEFAULT = new Iris(DEFAULT_BASE);

    private final String base;

    public Iris(String base) {
        Objects.requireNonNull(base, "base");
        if (!base.matches("[a-zA-Z][a-zA-Z0-9+.-]*:.*")) throw new IllegalArgumentException("base is not an absolute IRI: " + base);
        this.base = base.endsWith("/") || base.endsWith("#") ? base : base + "/";
    }

    public String base() {
        return base;
    }

    public String article(String articleId) {
        return base + "article/" + enc(articleId);
    }

    public String articleGraph(String articleId) {
        return base + "graph/" + enc(articleId);
    }

    /** The graph of canonical meetings derived from all reports. */
    public String meetingsGraph() {
        return base + "graph/meetings";
    }

    /** The graph of entity identities (one label per entity, owl:sameAs to canonical entities) derived from all articles. */
    public String entitiesGraph() {
        return base + "graph/entities";
    }

    /** The graph of a precomputed answer ({@link Lists}): the rows of a whole-graph query, ranked. */
    public String listGraph(String name) {
        return base + "graph/lists/" + enc(name);
    }

    /** A precomputed answer itself: it carries the number of its rows. */
    public String list(String name) {
        return base + "list/" + enc(name);
    }

    /** The chunk of a precomputed answer that holds the rows ranked from {@code index * Lists.CHUNK}. */
    public String listChunk(String name, int index) {
        return list(name) + "/chunk/" + index;
    }

    /** A row of a precomputed answer, named by a hash of its values, so that a row keeps its IRI when its rank moves. */
    public String listRow(String name, String values) {
        return list(name) + "/row/" + hash(values, 16);
    }

    public String entity(EntityType type, String key) {
        String kind = switch (type) {
            case PERSON -> "person";
            case ORGANIZATION -> "organization";
            case PLACE -> "place";
        };
        return base + kind + "/" + enc(key);
    }

    public String entity(Entity e) {
        return entity(e.type(), e.key());
    }

    public String place(String key) {
        return entity(EntityType.PLACE, key);
    }

    /**
     * A meeting report: the article and the evidence span; {@code discriminator} tells apart several
     * reports stated by the same sentence (null when the span is unique in the article).
     */
    public String report(String articleId, int start, int end, String discriminator) {
        String s = base + "report/" + enc(articleId) + "-" + start + "-" + end;
        return discriminator == null ? s : s + "-" + hash(discriminator, 8);
    }

    /** A canonical meeting, named by a hash of its merged content. */
    public String meeting(String contentKey) {
        return base + "meeting/" + hash(contentKey, 16);
    }

    public static String wikidata(String qid) {
        return NG.WIKIDATA + qid;
    }

    /** Percent-encodes everything but RFC 3986 unreserved characters. */
    public static String enc(String s) {
        StringBuilder b = new StringBuilder();
        for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                b.append((char) c);
            } else {
                b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return b.toString();
    }

    static String hash(String s, int hexChars) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, hexChars);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
