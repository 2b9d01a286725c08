package io.planmonitor.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planmonitor.devauth.JwtTestKeys;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The gateway on its own: nothing listens on the service ports, so every service call meets a real refused connection.
 * What needs the services running is in the end-to-end test.
 */
@QuarkusTest
@QuarkusTestResource(JwtTestKeys.class)
class GatewayWithoutServicesTest {

    private static final String EDITOR = JwtTestKeys.tokens().mint("gateway-test-editor", List.of("editor"),
            List.of("410184"), Duration.ofHours(1));

    @Test
    void unreachableServiceIs503Problem() {
        given().get("/api/v1/indicators/gdp-growth").then()
                .statusCode(503)
                .contentType("application/problem+json")
                .body("status", equalTo(503))
                .body("type", equalTo("urn:planmonitor:problem:unavailable"))
                .body("title", equalTo("Unavailable"))
                .header("Retry-After", "5");
        given().get("/api/v1/projects").then().statusCode(503).contentType("application/problem+json");
        given().get("/api/v1/documents").then().statusCode(503).contentType("application/problem+json");
    }

    @Test
    void aSubmissionWithoutTextOrWithBadBase64Is400WithoutCallingAService() {
        given().auth().oauth2(EDITOR).contentType(ContentType.JSON)
                .body("{\"title\": \"t\", \"regionCode\": \"410184\", \"kind\": \"STATISTICAL_BULLETIN\", \"startYear\": 2023}")
                .post("/api/v1/documents").then().statusCode(400).body("errors[0].field", equalTo("text"));
        given().auth().oauth2(EDITOR).contentType(ContentType.JSON)
                .body("{\"title\": \"t\", \"regionCode\": \"410184\", \"kind\": \"STATISTICAL_BULLETIN\", \"content\": \"***\"}")
                .post("/api/v1/documents").then().statusCode(400).body("errors[0].field", equalTo("content"));
        given().auth().oauth2(EDITOR).contentType(ContentType.JSON)
                .body("{\"title\": \"t\", \"regionCode\": \"410105\", \"kind\": \"STATISTICAL_BULLETIN\", \"text\": \"x\"}")
                .post("/api/v1/documents").then().statusCode(403);
    }

    @Test
    void unknownEnumValueIs400NamingTheFieldWithoutCallingAService() {
        given().auth().oauth2(EDITOR).contentType(ContentType.JSON)
                .body("{\"displayName\":\"地区生产总值增长率\",\"unit\":\"%\",\"direction\":\"UPWARDS\"}")
                .post("/api/v1/indicators").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("direction"))
                .body("errors[0].message", containsString("HIGHER_IS_BETTER"))
                .body("detail", containsString("direction"));
        given().auth().oauth2(EDITOR).contentType(ContentType.JSON)
                .body("{\"displayName\":\"新郑博物馆新馆建设\",\"regionCode\":\"410184\",\"stage\":\"UNSPECIFIED\"}")
                .post("/api/v1/projects").then()
                .statusCode(400)
                .body("errors[0].field", equalTo("stage"));
    }

    @Test
    void malformedJsonIs400Problem() {
        given().auth().oauth2(EDITOR).contentType(ContentType.JSON).body("{\"displayName\": ").post("/api/v1/indicators").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("body"));
        given().auth().oauth2(EDITOR).contentType(ContentType.JSON).body("{\"indicators\": {\"a\": 1}}").post("/api/v1/projects").then()
                .statusCode(400)
                .body("errors[0].field", equalTo("indicators"));
    }

    @Test
    void missingBodyIs400Problem() {
        given().auth().oauth2(EDITOR).contentType(ContentType.JSON).post("/api/v1/projects").then()
                .statusCode(400)
                .body("errors[0].field", equalTo("body"));
    }

    @Test
    void openApiDescribesTheApiAndSwaggerUiIsServed() {
        given().accept(ContentType.JSON).get("/q/openapi").then()
                .statusCode(200)
                .body("paths", hasKey("/api/v1/indicators"))
                .body("paths", hasKey("/api/v1/projects/{projectId}"))
                .body("components.schemas", hasKey("Problem"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void everyOperationDocumentsItsProblemsWithExamplesAndWritesTheirToken() {
        var openapi = given().accept(ContentType.JSON).get("/q/openapi").then().statusCode(200).extract().jsonPath();
        String create = "paths.'/api/v1/projects'.post";
        assertEquals("urn:planmonitor:problem:unauthenticated",
                openapi.getString(create + ".responses.'401'.content.'application/problem+json'.example.type"));
        assertEquals(403, openapi.getInt(create + ".responses.'403'.content.'application/problem+json'.example.status"));
        assertEquals(List.of("bearer"), openapi.getList(create + ".security.collect { it.keySet() }.flatten()"));
        // The operation's own words for a status stay.
        assertEquals("projectId is taken", openapi.getString(create + ".responses.'409'.description"));
        String read = "paths.'/api/v1/projects'.get";
        assertEquals("urn:planmonitor:problem:unavailable",
                openapi.getString(read + ".responses.'503'.content.'application/problem+json'.example.type"));
        assertNull(openapi.get(read + ".responses.'401'"), "an open read has no 401");
        Map<String, Map<String, Map<String, Object>>> paths = openapi.getMap("paths");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (path.startsWith("/api/")) {
                assertNotNull(operation.get("summary"), method + " " + path + " has a summary");
                assertTrue(((Map<?, ?>) operation.get("responses")).containsKey("503"), method + " " + path);
            }
        }));
    }

    @Test
    void healthEndpointsAnswer() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }
}
