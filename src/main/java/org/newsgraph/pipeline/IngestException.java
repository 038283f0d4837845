package org.newsgraph.pipeline;

/** The ingest itself failed (not one article: those are skipped and reported). */
public class IngestException extends RuntimeException {
    public IngestException(String message, Throwable cause) {
        super(message, cause);
    }
}
