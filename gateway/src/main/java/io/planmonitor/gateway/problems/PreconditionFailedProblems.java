package io.planmonitor.gateway.problems;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** 412 problem for a stale If-Match. */
@Provider
public class PreconditionFailedProblems implements ExceptionMapper<PreconditionFailedException> {

    @Override
    public Response toResponse(PreconditionFailedException exception) {
        return Problems.response(Problems.of(412, "precondition-failed", "Precondition failed",
                exception.getMessage() + "; read the resource again and retry with its ETag", List.of()));
    }
}
