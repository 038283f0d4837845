package org.newsgraph.store.export;

import java.util.Locale;

/** What {@link Exporter} can write: RDF serializations of the store, or the person network and a meeting table. */
public enum ExportFormat {
    TURTLE("ttl", true), TRIG("trig", true), NQUADS("nq", true), JSONLD("jsonld", true), RDFXML("rdf", true),
    GRAPHML("graphml", false), GEXF("gexf", false), CSV("csv", false);

    private final String extension;
    private final boolean rdf;

    ExportFormat(String extension, boolean rdf) {
        this.extension = extension;
        this.rdf = rdf;
    }

    /** Whether the format writes the RDF of the store (meeting filters do not apply). */
    public boolean isRdf() {
        return rdf;
    }

    public String extension() {
        return extension;
    }

    /** The meeting filter used when the caller gives no status: the met-with network, or every meeting for the table. */
    public StatusChoice defaultStatus() {
        return this == CSV ? StatusChoice.ANY : StatusChoice.HAPPENED;
    }

    /** Case-insensitive lookup by name, e.g. "GraphML". */
    public static ExportFormat parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidExportOptionException("unknown export format '" + name + "'");
        }
    }
}
