package io.planmonitor.gateway.problems;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** 400 problem for input the gateway rejects itself. */
@Provider
public class InvalidFieldProblems implements ExceptionMapper<InvalidFieldException> {

    @Override
    public Response toResponse(InvalidFieldException exception) {
        return Problems.response(Problems.of(400, "invalid-argument", "Invalid argument", exception.getMessage(),
                List.of(new Problem.FieldError(exception.field(), exception.getMessage()))));
    }
}
