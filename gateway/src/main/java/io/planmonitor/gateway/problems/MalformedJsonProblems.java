package io.planmonitor.gateway.problems;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Collection;
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
        String message = "is not valid JSON for this operation: " + reason(exception);
        return Problems.response(Problems.of(400, "invalid-argument", "Invalid argument", message,
                List.of(new Problem.FieldError(field, message))));
    }

    /**
     * What was wrong, in the API's terms: Jackson's own message names Java types and classes, which are ours to
     * know, not the caller's.
     */
    static String reason(JsonProcessingException exception) {
        if (exception instanceof JsonParseException) {
            JsonLocation at = exception.getLocation();
            return at == null ? "it is not well-formed"
                    : "it is not well-formed (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        }
        if (exception instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "expected " + jsonKind(mismatch.getTargetType());
        }
        return "it cannot be read as this operation's input";
    }

    private static String jsonKind(Class<?> type) {
        if (type == String.class || type.isEnum() || type == Character.class) {
            return "a string";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }
}
