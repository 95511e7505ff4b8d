package org.newsdesk.ingest;

/**
 * An import that could not be done, with a message for the editor that says what went wrong in
 * plain words ("The server answered 404 (not found)", "The feed is not well-formed XML…").
 * Nothing was stored when it is thrown.
 */
public class IngestException extends IllegalStateException {

    public IngestException(String message) {
        super(message);
    }

    public IngestException(String message, Throwable cause) {
        super(message, cause);
    }
}
