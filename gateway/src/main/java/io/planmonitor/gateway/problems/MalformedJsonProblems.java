package io.planmonitor.gateway.problems;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.stream.Collectors;

/** 400 problem for a body that is not the JSON the operation takes, naming the field where reading stopped. */
@Provider
public class MalformedJsonProblems implements ExceptionMapper<JsonProcessingException> {

    @Override
    public Response toResponse(JsonProcessingException exception) {
        String field = exception instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                ? mapping.getPath().stream()
                        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                        .collect(Collectors.joining(".")).replace(".[", "[")
                : "body";
        String message = "is not valid JSON for this operation: " + exception.getOriginalMessage();
        return Problems.response(Problems.of(400, "invalid-argument", "Invalid argument", message,
                List.of(new Problem.FieldError(field, message))));
    }
}
