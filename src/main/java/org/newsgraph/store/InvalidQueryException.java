package org.newsgraph.store;

/** A SPARQL text that does not parse, or is not a query (updates are not accepted here). */
public class InvalidQueryException extends StoreException {
    public InvalidQueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
