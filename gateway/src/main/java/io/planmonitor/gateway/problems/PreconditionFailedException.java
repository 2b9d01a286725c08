package io.planmonitor.gateway.problems;

/** The If-Match etag is stale: the resource changed since the client read it. */
public class PreconditionFailedException extends RuntimeException {

    public PreconditionFailedException(String message) {
        super(message);
    }
}
