package io.planmonitor.gateway.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.grpc.Status;
import org.junit.jupiter.api.Test;

class LostConnectionsTest {

    @Test
    void aConnectionEndedByGoawayIsUnavailableAndAServiceFailureStaysInternal() {
        Status goaway = Status.INTERNAL.withDescription("Connection closed after GOAWAY. HTTP/2 error code: "
                + "PROTOCOL_ERROR, debug data: Request stream 85 is not correct for server connection");
        assertEquals(503, GrpcStatusProblems.httpStatus(LostConnections.asUnavailable(goaway).getCode()));
        Status failure = Status.INTERNAL.withDescription("java.lang.NullPointerException");
        assertEquals(500, GrpcStatusProblems.httpStatus(LostConnections.asUnavailable(failure).getCode()));
        assertEquals(500, GrpcStatusProblems.httpStatus(LostConnections.asUnavailable(Status.INTERNAL).getCode()));
    }
}
