package io.planmonitor.gateway.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.planmonitor.devauth.DevKeys;
import io.planmonitor.devauth.DevTokens;
import io.planmonitor.devauth.JwtTestKeys;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The gateway's access policy and region scope on its own (nothing listens on the service ports): a write they let
 * through reaches the service call and meets 503, one they refuse is 401 or 403 without calling anything.
 */
@QuarkusTest
@QuarkusTestResource(JwtTestKeys.class)
class GatewayAccessTest {

    private static final DevTokens TOKENS = JwtTestKeys.tokens();
    private static final String PROJECT = "{\"displayName\":\"新郑博物馆新馆建设\",\"regionCode\":\"410184\"}";

    @Test
    void aWriteWithoutATokenIs401WithAChallenge() {
        post(given()).then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", equalTo("urn:planmonitor:problem:unauthenticated"))
                .body("detail", containsString("editor or admin"));
    }

    @Test
    void anExpiredOrForgedTokenIs401EvenOnAnOpenRead() throws Exception {
        String expired = TOKENS.expired("late", List.of("editor"), List.of("410184"));
        post(given().auth().oauth2(expired)).then().statusCode(401)
                .header("WWW-Authenticate", containsString("invalid_token"));
        String forged = new DevTokens(DevKeys.inDirectory(Files.createTempDirectory("forger")))
                .mint("forger", List.of("admin"), List.of(), Duration.ofHours(1));
        post(given().auth().oauth2(forged)).then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(forged).get("/api/v1/projects").then().statusCode(401);
        given().auth().oauth2("not-a-jwt").get("/api/v1/projects").then().statusCode(401);
    }

    @Test
    void aViewerMayReadButNotWrite() {
        String viewer = TOKENS.mint("reader", List.of("viewer"), List.of(), Duration.ofHours(1));
        post(given().auth().oauth2(viewer)).then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:planmonitor:problem:permission-denied"))
                .body("detail", containsString("reader"));
        // Reads are open here: the read reaches the (unreachable) service.
        given().get("/api/v1/projects").then().statusCode(503);
        given().auth().oauth2(viewer).get("/api/v1/projects").then().statusCode(503);
    }

    @Test
    void anEditorOrAdminPassesThePolicyAndTheServiceDecides() {
        String editor = TOKENS.mint("xinzheng-editor", List.of("editor"), List.of("410184"), Duration.ofHours(1));
        String admin = TOKENS.mint("admin", List.of("admin"), List.of(), Duration.ofHours(1));
        post(given().auth().oauth2(editor)).then().statusCode(503);
        post(given().auth().oauth2(admin)).then().statusCode(503);
        // The batch of observations is a write too, and reaches the service call.
        given().auth().oauth2(editor).contentType(ContentType.JSON).body("""
                {"items": [{"indicator": "indicators/gdp", "observation": {"region": "regions/410184",
                 "period": {"kind": "YEAR", "year": 2024}, "value": "1", "status": "FINAL", "source": "test"}}]}""")
                .post("/api/v1/observations/batch").then().statusCode(503);
        given().contentType(ContentType.JSON).body("{\"items\": []}").post("/api/v1/observations/batch").then()
                .statusCode(401);
    }

    @Test
    void anEditorsWriteOutsideItsRegionsIsRefusedAtTheGatewayAsTheServicesWould() {
        String editor = TOKENS.mint("xinzheng-editor", List.of("editor"), List.of("410184"), Duration.ofHours(1));
        String refusal = "xinzheng-editor may write the data of regions [410184], not of region ";
        // Nothing listens on the service ports: a 403 rather than a 503 is the gateway refusing without a call.
        write(editor, "POST", "/api/v1/projects", "{\"displayName\": \"金水河综合治理\", \"regionCode\": \"410105\"}")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:planmonitor:problem:permission-denied"))
                .body("detail", equalTo(refusal + "410105"));
        write(editor, "PATCH", "/api/v1/projects/xz-museum", "{\"regionCode\": \"410105\"}").then().statusCode(403)
                .body("detail", equalTo(refusal + "410105"));
        write(editor, "POST", "/api/v1/plans", "{\"displayName\": \"郑州市2025年计划\", \"kind\": \"ANNUAL_PLAN\","
                + " \"region\": \"regions/410100\", \"startYear\": 2025, \"endYear\": 2025}").then().statusCode(403)
                .body("detail", equalTo(refusal + "410100"));
        write(editor, "POST", "/api/v1/plans/xinzheng-outline/targets", "{\"indicator\": \"indicators/gdp\","
                + " \"region\": \"regions/410105\"}").then().statusCode(403);
        write(editor, "POST", "/api/v1/indicators/gdp/observations", "{\"region\": \"regions/410100\","
                + " \"period\": {\"kind\": \"YEAR\", \"year\": 2024}, \"value\": \"1\"}").then().statusCode(403);
        // Inside its scope, or without a region in the request (the service knows it), the write goes on to the
        // service; so does an admin's anywhere.
        write(editor, "POST", "/api/v1/indicators/gdp/observations", "{\"region\": \"regions/410184\","
                + " \"period\": {\"kind\": \"YEAR\", \"year\": 2024}, \"value\": \"1\"}").then().statusCode(503);
        write(editor, "POST", "/api/v1/plans/xinzheng-outline/targets", "{\"indicator\": \"indicators/gdp\"}").then()
                .statusCode(503);
        String admin = TOKENS.mint("admin", List.of("admin"), List.of(), Duration.ofHours(1));
        write(admin, "POST", "/api/v1/projects", "{\"displayName\": \"金水河综合治理\", \"regionCode\": \"410105\"}")
                .then().statusCode(503);
    }

    private static io.restassured.response.Response write(String token, String method, String path, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).request(method, path);
    }

    @Test
    void theAuditTrailNeedsAWriterRole() {
        given().get("/api/v1/audit-events?service=projects").then().statusCode(401);
        String viewer = TOKENS.mint("reader", List.of("viewer"), List.of(), Duration.ofHours(1));
        given().auth().oauth2(viewer).get("/api/v1/audit-events?service=projects").then().statusCode(403);
        String admin = TOKENS.mint("admin", List.of("admin"), List.of(), Duration.ofHours(1));
        given().auth().oauth2(admin).get("/api/v1/audit-events").then().statusCode(400)
                .body("errors[0].field", equalTo("service"));
        given().auth().oauth2(admin).get("/api/v1/audit-events?resource=projects/p1").then().statusCode(503);
    }

    private static io.restassured.response.Response post(RequestSpecification request) {
        return request.contentType(ContentType.JSON).body(PROJECT).post("/api/v1/projects");
    }
}
