package io.planmonitor.gateway.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.grpc.Status;
import org.junit.jupiter.api.Test;

class LostConnectionsTest {

    @Test
    void aConnectionEndedByGoawayIsUnavailableAndAServiceFailureStaysInternal() {
        Status goaway = Status.INTERNAL.withDescription("Connection closed after GOAWAY. HTTP/2 error code: "
                + "PROTOCOL_ERROR, debug data: Request stream 85 is not correct for server connection");
        assertEquals(Status.Code.UNAVAILABLE, LostConnections.asUnavailable(goaway).getCode());
        Status failure = Status.INTERNAL.withDescription("java.lang.NullPointerException");
        assertEquals(Status.Code.INTERNAL, LostConnections.asUnavailable(failure).getCode());
        assertEquals(Status.Code.INTERNAL, LostConnections.asUnavailable(Status.INTERNAL).getCode());
    }
}
