package io.planmonitor.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import com.google.rpc.BadRequest;
import org.junit.jupiter.api.Test;

class RequestFieldsTest {

    @Test
    void textIsTrimmedAndTooLongOrNulTextIsRefusedByName() throws Exception {
        assertEquals("文化旅游", RequestFields.optional(" 文化旅游 ", "sector", 100));
        assertNull(RequestFields.optional("  ", "sector", 100));
        assertEquals("sector", refusedField(() -> RequestFields.optional("文化\u0000旅游", "sector", 100)));
        assertEquals("title", refusedField(() -> RequestFields.required("长".repeat(11), "title", 10)));
        assertEquals("title", refusedField(() -> RequestFields.required(" ", "title", 10)));
    }

    private static String refusedField(org.junit.jupiter.api.function.Executable call) throws Exception {
        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class, call);
        return StatusProto.fromThrowable(refused).getDetails(0).unpack(BadRequest.class).getFieldViolations(0)
                .getField();
    }
}
