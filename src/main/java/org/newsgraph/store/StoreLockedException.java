package org.newsgraph.store;

/** The store folder is held by another process (TDB2 allows one per folder). */
public class StoreLockedException extends StoreException {
    public StoreLockedException(String message, Throwable cause) {
        super(message, cause);
    }
}
