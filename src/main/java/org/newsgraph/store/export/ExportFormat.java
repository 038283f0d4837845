package org.newsgraph.store.export;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What {@link Exporter} can write: RDF serializations of the store, or the person network and a meeting table.
 * Each format is known by its name and by the names and file extensions of Jena's riot ({@code ttl}, {@code nt},
 * {@code nq}, {@code trig}, {@code jsonld}, {@code rdf}).
 */
public enum ExportFormat {
    TURTLE(true, "ttl", "turtle"),
    NTRIPLES(true, "nt", "ntriples", "n-triples"),
    TRIG(true, "trig"),
    NQUADS(true, "nq", "nquads", "n-quads"),
    JSONLD(true, "jsonld", "json-ld"),
    RDFXML(true, "rdf", "rdfxml", "rdf/xml", "xml", "owl"),
    GRAPHML(false, "graphml"),
    GEXF(false, "gexf"),
    CSV(false, "csv");

    private final boolean rdf;
    /** The first is the file extension written; all are accepted as names and extensions. */
    private final List<String> names;

    ExportFormat(boolean rdf, String... names) {
        this.rdf = rdf;
        this.names = List.of(names);
    }

    /** Whether the format writes the RDF of the store (meeting filters do not apply). */
    public boolean isRdf() {
        return rdf;
    }

    /** The usual file extension, without the dot: {@code ttl}, {@code nt}, {@code jsonld}... */
    public String extension() {
        return names.get(0);
    }

    /** The names this format answers to besides its own (riot's short names, file extensions). */
    public List<String> aliases() {
        return names;
    }

    /** The meeting filter used when the caller gives no status: the met-with network, or every meeting for the table. */
    public StatusChoice defaultStatus() {
        return this == CSV ? StatusChoice.ANY : StatusChoice.HAPPENED;
    }

    /** Case-insensitive lookup by name or riot's short name, e.g. "GraphML", "ttl", "N-Triples". */
    public static ExportFormat parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (f.name().toLowerCase(Locale.ROOT).equals(n) || f.names.contains(n)) return f;
        }
        throw new InvalidExportOptionException("unknown export format '" + name + "' (known: " + known() + ")");
    }

    /** The format a file name's extension stands for ({@code graph.ttl} → Turtle), if any. */
    public static Optional<ExportFormat> ofFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0 || dot == fileName.length() - 1) return Optional.empty();
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (f.names.contains(ext)) return Optional.of(f);
        }
        return Optional.empty();
    }

    /** The names to show users: each format's name and its short one. */
    public static String known() {
        StringBuilder sb = new StringBuilder();
        for (ExportFormat f : values()) {
            if (sb.length() > 0) sb.append(", ");
            String name = f.name().toLowerCase(Locale.ROOT);
            sb.append(name);
            if (!f.extension().equals(name)) sb.append(" (").append(f.extension()).append(')');
        }
        return sb.toString();
    }
}
