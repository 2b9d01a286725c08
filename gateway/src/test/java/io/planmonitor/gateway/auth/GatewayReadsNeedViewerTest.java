package io.planmonitor.gateway.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.planmonitor.devauth.JwtTestKeys;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With {@code planmonitor.auth.reads=viewer}, reading needs a token with a role too. */
@QuarkusTest
@QuarkusTestResource(JwtTestKeys.class)
@TestProfile(GatewayReadsNeedViewerTest.ReadsNeedViewer.class)
class GatewayReadsNeedViewerTest {

    public static class ReadsNeedViewer implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("planmonitor.auth.reads", "viewer");
        }
    }

    @Test
    void aReadWithoutATokenIs401AndAViewersReadGoesThrough() {
        given().get("/api/v1/projects").then().statusCode(401).body("detail", containsString("viewer"));
        String viewer = JwtTestKeys.tokens().mint("reader", List.of("viewer"), List.of(), Duration.ofHours(1));
        given().auth().oauth2(viewer).get("/api/v1/projects").then().statusCode(503);
        String roleless = JwtTestKeys.tokens().mint("nobody", List.of(), List.of(), Duration.ofHours(1));
        given().auth().oauth2(roleless).get("/api/v1/projects").then().statusCode(403);
        // Health and the API description stay open for probes and tools.
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }
}
