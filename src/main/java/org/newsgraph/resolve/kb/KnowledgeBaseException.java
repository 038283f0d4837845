package org.newsgraph.resolve.kb;

/** The knowledge base data cannot be read or is inconsistent. */
public class KnowledgeBaseException extends RuntimeException {
    public KnowledgeBaseException(String message) {
        super(message);
    }

    public KnowledgeBaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
