package io.planmonitor.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.rpc.BadRequest;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import org.junit.jupiter.api.Test;

class ApiErrorsTest {

    @Test
    void aQuotedValueIsCutSoTheAnswerStaysSmall() throws Exception {
        // 60,000 characters, some outside the Basic Multilingual Plane, quoted back by a date check.
        String sent = "2024-\uD842\uDFB7".repeat(10_000);
        StatusRuntimeException error = ApiErrors.invalidArgument("as_of_date", "must be a date, not '" + sent + "'");
        String description = StatusProto.fromThrowable(error).getDetails(0).unpack(BadRequest.class)
                .getFieldViolations(0).getDescription();
        assertEquals(ApiErrors.MAX_DESCRIPTION, codePoints(description), "499 code points and the mark");
        assertTrue(description.endsWith("…"));
        assertEquals(ApiErrors.MAX_DESCRIPTION, codePoints(error.getStatus().getDescription()));
        assertEquals(ApiErrors.MAX_DESCRIPTION, codePoints(ApiErrors.notFound("projects/" + sent).getStatus()
                .getDescription()));
    }

    private static int codePoints(String text) {
        return text.codePointCount(0, text.length());
    }

    @Test
    void aShortDescriptionIsKeptWhole() {
        StatusRuntimeException error = ApiErrors.invalidArgument("year", "must be 2000–2100");
        assertEquals("year: must be 2000–2100", error.getStatus().getDescription());
    }
}
