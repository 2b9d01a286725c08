package io.planmonitor.documents.domain;

/** A submitted document's text as read from its bytes, with what it was read as. */
public record DecodedDocument(String text, String mediaType, String charset) {
}
