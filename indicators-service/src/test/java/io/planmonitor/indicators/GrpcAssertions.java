package io.planmonitor.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.BadRequest;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import org.junit.jupiter.api.function.Executable;

/** Assertions on the canonical errors of the API. */
final class GrpcAssertions {

    private GrpcAssertions() {
    }

    static StatusRuntimeException assertCode(Status.Code code, Executable call) {
        StatusRuntimeException error = assertThrows(StatusRuntimeException.class, call);
        assertEquals(code, error.getStatus().getCode(), error.getStatus().toString());
        return error;
    }

    static void assertFieldViolation(String field, Executable call) {
        StatusRuntimeException error = assertCode(Status.Code.INVALID_ARGUMENT, call);
        try {
            BadRequest badRequest = StatusProto.fromThrowable(error).getDetails(0).unpack(BadRequest.class);
            assertEquals(field, badRequest.getFieldViolations(0).getField());
        } catch (InvalidProtocolBufferException e) {
            throw new AssertionError(e);
        }
    }
}
