package io.planmonitor.gateway.resilience;

import io.grpc.Status;

/**
 * Recognises a call that failed because the connection to the service ended under it, not because the service
 * answered: grpc-java reports a connection the server closed with GOAWAY and an HTTP/2 error as INTERNAL (seen when
 * a service resumes after hanging past the deadline). That is the service being unavailable, not failing: the
 * circuit breaker counts it, a read is sent again, and the REST client gets a 503 to send again rather than a 500.
 */
final class LostConnections {

    /** grpc-java's wording for a stream ended by the server's GOAWAY (NettyClientHandler). */
    private static final String GOAWAY = "Connection closed after GOAWAY";

    private LostConnections() {
    }

    /** {@code status}, or UNAVAILABLE saying so when it only reports the connection ending. */
    static Status asUnavailable(Status status) {
        String description = status.getDescription();
        if (status.getCode() == Status.Code.INTERNAL && description != null && description.startsWith(GOAWAY)) {
            return Status.UNAVAILABLE.withDescription("the connection to the service closed before it answered: "
                    + "a write may or may not have been made; send it again (a create with its Idempotency-Key)")
                    .withCause(status.asRuntimeException());
        }
        return status;
    }
}
