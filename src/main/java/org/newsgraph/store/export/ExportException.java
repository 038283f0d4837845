package org.newsgraph.store.export;

/** Writing an export failed (output error, or a serializer refused the data). */
public class ExportException extends RuntimeException {
    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
