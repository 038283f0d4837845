package org.newsgraph.store.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * Exports a newsgraph dataset: RDF in five serializations, the person network as GraphML or GEXF, and the
 * canonical meetings as CSV. Reads in one read transaction, so the export is a consistent snapshot.
 */
public final class Exporter {
    private final DatasetGraph dsg;

    public Exporter(DatasetGraph dsg) {
        this.dsg = Objects.requireNonNull(dsg, "dsg");
    }

    /** Writes with the format's default filter (happened meetings for the network, every meeting for CSV). */
    public void write(ExportFormat format, OutputStream out) {
        write(format, MeetingFilter.of(format.defaultStatus()), out);
    }

    /**
     * Writes {@code format}; {@code filter} selects the meetings of graphml, gexf and csv exports and must be
     * unbounded for RDF formats, which always carry the whole store.
     */
    public void write(ExportFormat format, MeetingFilter filter, OutputStream out) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(filter, "filter");
        if (format.isRdf() && filter.hasDateBounds()) {
            throw new InvalidExportOptionException("--from and --to apply to graphml, gexf and csv; "
                    + format.name().toLowerCase(java.util.Locale.ROOT) + " exports the whole store");
        }
        Txn.executeRead(dsg, () -> {
            if (format.isRdf()) {
                RdfExporter.write(dsg, format, out);
                return;
            }
            StoreSnapshot snap = StoreSnapshot.read(dsg);
            switch (format) {
                case GRAPHML -> GraphmlWriter.write(PersonNetwork.of(snap, filter), out);
                case GEXF -> GexfWriter.write(PersonNetwork.of(snap, filter), filter, out);
                case CSV -> MeetingCsvWriter.write(snap, filter, out);
                default -> throw new IllegalStateException(format.name());
            }
        });
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The snapshot the network and CSV exports read (all meetings and entities). */
    public StoreSnapshot snapshot() {
        return Txn.calculateRead(dsg, () -> StoreSnapshot.read(dsg));
    }
}
