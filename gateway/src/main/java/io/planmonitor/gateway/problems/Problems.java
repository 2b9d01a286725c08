package io.planmonitor.gateway.problems;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.stream.Collectors;

/** Builds problem documents and the responses carrying them. */
public final class Problems {

    private Problems() {
    }

    /** A problem whose detail names each rejected field, so a client reading only "detail" still learns which. */
    public static Problem of(int status, String kind, String title, String detail, List<Problem.FieldError> errors) {
        String fullDetail = errors.isEmpty()
                ? detail
                : errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
        return new Problem("urn:planmonitor:problem:" + kind, title, status, fullDetail, errors);
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
