package io.planmonitor.gateway.openapi;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * A worked example per operation: the request body a client sends and the answer it gets, recorded from the system
 * running on the seed dataset. They live in {@code openapi/examples.json}, keyed "METHOD /path", so they read as
 * documents rather than as Java; the gateway's test checks that every operation has one and that each names only
 * fields its schema has. Binary bodies (.xlsx) have none.
 */
final class OperationExamples {

    static final String RESOURCE = "openapi/examples.json";

    private OperationExamples() {
    }

    /** Sets each operation's request and success examples where the operation does not give its own. */
    static void addTo(OpenAPI openAPI) {
        Map<String, Example> examples = load();
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            Example example = examples.get(method + " " + path);
            if (example != null) {
                apply(example, operation);
            }
        }));
    }

    /** One operation's example: the request body (null when it has none) and the answer with its status. */
    record Example(Object request, String status, Object response) {
    }

    private static void apply(Example example, Operation operation) {
        if (example.request() != null && operation.getRequestBody() != null
                && operation.getRequestBody().getContent() != null) {
            operation.getRequestBody().getContent().getMediaTypes().forEach((type, media) -> setIfAbsent(type, media,
                    example.request()));
        }
        if (example.response() != null && operation.getResponses() != null) {
            APIResponse answer = operation.getResponses().getAPIResponse(example.status());
            if (answer != null && answer.getContent() != null) {
                answer.getContent().getMediaTypes().forEach((type, media) -> setIfAbsent(type, media,
                        example.response()));
            }
        }
    }

    private static void setIfAbsent(String type, MediaType media, Object example) {
        if (media.getExample() == null && isText(type)) {
            media.setExample(example);
        }
    }

    /** JSON and CSV bodies; a workbook has no example to show. */
    static boolean isText(String mediaType) {
        return mediaType.contains("json") || mediaType.startsWith("text/");
    }

    private static Map<String, Example> load() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the gateway's resources");
            }
            return new ObjectMapper().readValue(in, new TypeReference<Map<String, Example>>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + " is not valid JSON", e);
        }
    }
}
