package io.planmonitor.gateway.openapi;

import io.planmonitor.gateway.problems.Problem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The answers every operation can give besides its own, written once: each gets the problem documents of a bad
 * request (400), an unreachable service (503) and a service past its deadline (504), with examples; one whose path
 * names a resource also 404; a write, and the audit trail, also 401 and 403 and the bearer-token requirement. An
 * operation's own description of a status is kept, and given the problem document and example when it has none.
 */
final class StandardResponses {

    private static final String SCHEME = "bearer";

    private StandardResponses() {
    }

    static void addTo(OpenAPI openAPI) {
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
            boolean needsToken = write || path.startsWith("/api/v1/audit-events");
            add(operation, "400", "A parameter or field is invalid; errors names each",
                    problem(400, "invalid-argument", "Invalid argument", "regionCode: must be a six-digit GB/T 2260 code",
                            List.of(Map.of("field", "regionCode", "message", "must be a six-digit GB/T 2260 code"))));
            add(operation, "503", "A service cannot be reached; Retry-After says when to try again",
                    problem(503, "unavailable", "Unavailable", "indicators-service keeps failing; calls to it are paused "
                            + "for 9 s (circuit open)", List.of()));
            add(operation, "504", "A service did not answer within the call's deadline",
                    problem(504, "deadline-exceeded", "Deadline exceeded", "the service did not answer in 5 s", List.of()));
            if (path.contains("{")) {
                add(operation, "404", "The resource the path names does not exist",
                        problem(404, "not-found", "Not found", "projects/no-such-project does not exist", List.of()));
            }
            if (needsToken) {
                add(operation, "401", "No bearer token, or one that is expired, forged or from another issuer",
                        problem(401, "unauthenticated", "Unauthenticated",
                                "This request needs a bearer token with the editor or admin role.", List.of()));
                add(operation, "403", "The token's role or regions do not allow it",
                        problem(403, "permission-denied", "Permission denied",
                                "xinzheng-editor may write the data of regions [410184], not of region 410105", List.of()));
                if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
                    operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(SCHEME));
                }
            }
        }));
    }

    private static void add(Operation operation, String status, String description, Map<String, Object> example) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        APIResponse own = responses.getAPIResponse(status);
        if (own != null) {
            // The operation's own description stays; it gets the problem document and example if it has none.
            if (own.getContent() == null || own.getContent().getMediaTypes() == null
                    || own.getContent().getMediaTypes().isEmpty()) {
                own.setContent(problemContent(example));
            }
            MediaType problem = own.getContent().getMediaType(Problem.MEDIA_TYPE);
            if (problem != null && problem.getExample() == null) {
                problem.setExample(example);
            }
            return;
        }
        responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                .content(problemContent(example)));
    }

    private static Content problemContent(Map<String, Object> example) {
        MediaType media = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))
                .example(example);
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, media);
    }

    private static Map<String, Object> problem(int status, String kind, String title, String detail,
            List<Map<String, String>> errors) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "urn:planmonitor:problem:" + kind);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        if (!errors.isEmpty()) {
            problem.put("errors", errors);
        }
        return problem;
    }
}
