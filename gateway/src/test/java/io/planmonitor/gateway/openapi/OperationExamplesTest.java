package io.planmonitor.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.planmonitor.devauth.JwtTestKeys;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The served OpenAPI document gives every operation a success answer and a worked example of each text body it takes
 * and gives, and no example names a field its schema lacks (so an example cannot drift from the API it shows).
 */
@QuarkusTest
@QuarkusTestResource(JwtTestKeys.class)
class OperationExamplesTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasAWorkedExampleThatNamesOnlyItsSchemasFields() throws Exception {
        Map<String, Object> document = given().accept(ContentType.JSON).get("/q/openapi").then().statusCode(200)
                .extract().as(Map.class);
        Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) document.get("components"))
                .get("schemas");
        Map<String, Map<String, Map<String, Object>>> paths =
                (Map<String, Map<String, Map<String, Object>>>) document.get("paths");
        List<String> problems = new ArrayList<>();
        Set<String> operations = new TreeSet<>();
        paths.forEach((path, methods) -> methods.forEach((method, operation) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            String key = method.toUpperCase() + " " + path;
            operations.add(key);
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
            List<String> successes = responses.keySet().stream().filter(status -> status.startsWith("2")).toList();
            if (successes.isEmpty()) {
                problems.add(key + ": no success answer");
            }
            successes.forEach(status -> checkContent(key + " " + status, responses.get(status), schemas, problems));
            if (operation.get("requestBody") != null) {
                checkContent(key + " request", (Map<String, Object>) operation.get("requestBody"), schemas, problems);
            }
        }));
        assertEquals(List.of(), problems);
        assertTrue(operations.size() > 50, operations.toString());

        try (InputStream in = getClass().getClassLoader().getResourceAsStream(OperationExamples.RESOURCE)) {
            Set<String> examples = new TreeSet<>(new ObjectMapper().readValue(in, Map.class).keySet());
            examples.removeAll(operations);
            assertEquals(Set.of(), examples, "examples of operations the API does not have");
        }
    }

    @SuppressWarnings("unchecked")
    private static void checkContent(String where, Map<String, Object> body, Map<String, Object> schemas,
            List<String> problems) {
        Map<String, Map<String, Object>> content = (Map<String, Map<String, Object>>) body.get("content");
        if (content == null) {
            return;
        }
        content.forEach((type, media) -> {
            if (!OperationExamples.isText(type)) {
                return;
            }
            if (media.get("example") == null) {
                problems.add(where + " " + type + ": no example");
            } else if (media.get("schema") != null) {
                strayFields(where, media.get("example"), (Map<String, Object>) media.get("schema"), schemas, problems);
            }
        });
    }

    /** Adds each field of {@code example} that {@code schema} does not have, following $ref, arrays and maps. */
    @SuppressWarnings("unchecked")
    private static void strayFields(String where, Object example, Map<String, Object> schema,
            Map<String, Object> schemas, List<String> problems) {
        Object ref = schema.get("$ref");
        if (ref != null) {
            schema = (Map<String, Object>) schemas.get(((String) ref).substring(((String) ref).lastIndexOf('/') + 1));
        }
        if (example instanceof Map<?, ?> object) {
            Map<String, Object> properties = (Map<String, Object>) schema.get("properties");
            Object values = schema.get("additionalProperties");
            object.forEach((field, value) -> {
                if (properties != null) {
                    Object property = properties.get(field);
                    if (property == null) {
                        problems.add(where + ": " + field + " is not in the schema");
                    } else {
                        strayFields(where + "." + field, value, (Map<String, Object>) property, schemas, problems);
                    }
                } else if (values instanceof Map<?, ?> valueSchema) {
                    strayFields(where + "." + field, value, (Map<String, Object>) valueSchema, schemas, problems);
                }
            });
        } else if (example instanceof List<?> list && schema.get("items") instanceof Map<?, ?> items) {
            list.forEach(item -> strayFields(where + "[]", item, (Map<String, Object>) items, schemas, problems));
        }
    }
}
