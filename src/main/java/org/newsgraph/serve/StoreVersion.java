package org.newsgraph.serve;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Which state of the store a page or an index was made from: the count of write transactions begun since the store
 * was opened. Taken before reading, it tells when what was made may be reused (a page's ETag, the name index).
 */
final class StoreVersion {
    private StoreVersion() {}

    /** The version now, or -1 when it cannot be told: a write is running (its outcome is not known yet), or not TDB2. */
    static long of(DatasetGraph dsg) {
        if (!TDBInternal.isTDB2(dsg)) return -1;
        var coordinator = TDBInternal.getTransactionCoordinator(dsg);
        return coordinator.countActiveWriter() > 0 ? -1 : coordinator.countBeginWrite();
    }
}
