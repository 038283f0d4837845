package org.newsgraph.annotate.ner;

/** A corpus could not be read or a name-finder model could not be trained or written. */
public class NerTrainingException extends RuntimeException {
    public NerTrainingException(String message) {
        super(message);
    }

    public NerTrainingException(String message, Throwable cause) {
        super(message, cause);
    }
}
