package org.newsgraph.store.export;

/** An export option that cannot be used: an unknown format or status, a malformed or reversed date range. */
public class InvalidExportOptionException extends IllegalArgumentException {
    public InvalidExportOptionException(String message) {
        super(message);
    }
}
