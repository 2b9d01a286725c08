package io.planmonitor.gateway.problems;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * Problem documents for the errors the REST layer raises itself (unknown path, wrong method or media type, a body
 * Jackson could not read), so every error of the API has the same shape.
 */
@Provider
public class WebApplicationProblems implements ExceptionMapper<WebApplicationException> {

    private final MalformedJsonProblems malformedJson = new MalformedJsonProblems();

    @Override
    public Response toResponse(WebApplicationException exception) {
        for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return malformedJson.toResponse(json);
            }
        }
        Response.StatusType status = exception.getResponse().getStatusInfo();
        String kind = status.getReasonPhrase().toLowerCase().replace(' ', '-');
        return Problems.response(Problems.of(status.getStatusCode(), kind, status.getReasonPhrase(),
                exception.getMessage(), List.of()));
    }
}
