package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreException;
import org.newsgraph.store.StoreLockedException;

/** Opens store folders with messages that say what to do. */
final class Stores {

    private Stores() {
    }

    /** Whether opening failed because another process holds the folder's lock. */
    static boolean isLocked(StoreException e) {
        if (e instanceof StoreLockedException) return true;
        // TDB2 says "Failed to get a lock: file=...: held by process N".
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("Failed to get a lock") || m.contains("held by process"))) return true;
        }
        return false;
    }

    /** Opens (creating if needed) a store for writing. */
    static Store openForWrite(Path dir) {
        return openForWrite(dir, Iris.DEFAULT);
    }

    /** As {@link #openForWrite(Path)}, minting IRIs under the given instance base. */
    static Store openForWrite(Path dir, Iris iris) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new CliException(ExitCodes.FAILURE, "store " + dir + " is not a folder");
        }
        try {
            return Store.open(dir, iris);
        } catch (StoreException e) {
            if (!isLocked(e)) throw e;
            throw new CliException(ExitCodes.FAILURE, "store " + dir + " is in use by another process"
                    + " (probably 'newsgraph serve'); TDB2 allows one process per store. Stop it, or ingest"
                    + " through the running server with --endpoint http://localhost:3030/newsgraph"
                    + " (start it with 'serve --allow-update')", e);
        }
    }

    /** Opens an existing store for reading. */
    static Store openExisting(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new CliException(ExitCodes.FAILURE, "no store at " + dir + " (create one with 'newsgraph ingest --store "
                    + dir + " INPUT...')");
        }
        try {
            return Store.open(dir);
        } catch (StoreException e) {
            if (!isLocked(e)) throw e;
            throw new CliException(ExitCodes.FAILURE, "store " + dir + " is in use by another process"
                    + " (probably 'newsgraph serve'); TDB2 allows one process per store. Stop it, or query the"
                    + " running server at http://localhost:3030/newsgraph/sparql", e);
        }
    }
}
