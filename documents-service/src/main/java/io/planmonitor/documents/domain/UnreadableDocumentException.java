package io.planmonitor.documents.domain;

/** The submitted bytes are not a document this service can read; the message says why. */
public class UnreadableDocumentException extends RuntimeException {

    public UnreadableDocumentException(String message) {
        super(message);
    }
}
