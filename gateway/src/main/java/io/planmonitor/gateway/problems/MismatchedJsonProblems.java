package io.planmonitor.gateway.problems;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Quarkus ships its own mapper for a JSON value of the wrong type; this one replaces it so that error too is a
 * problem document naming the field.
 */
@Provider
public class MismatchedJsonProblems implements ExceptionMapper<MismatchedInputException> {

    private final MalformedJsonProblems malformedJson = new MalformedJsonProblems();

    @Override
    public Response toResponse(MismatchedInputException exception) {
        return malformedJson.toResponse(exception);
    }
}
