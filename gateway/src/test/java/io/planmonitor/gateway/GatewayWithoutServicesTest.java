package io.planmonitor.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import io.planmonitor.devauth.JwtTestKeys;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
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
    void healthEndpointsAnswer() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }
}
