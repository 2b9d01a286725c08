package io.planmonitor.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.planmonitor.localpostgres.LocalPostgres;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole system as it is deployed: a real PostgreSQL and the three packaged applications as separate processes,
 * driven only through the gateway's REST API.
 */
class PlanMonitorEndToEndTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    private static LocalPostgres postgres;
    private static ServiceProcess indicators;
    private static ServiceProcess projects;
    private static ServiceProcess gateway;

    @BeforeAll
    static void startSystem() throws Exception {
        postgres = LocalPostgres.temporary().withDatabases(List.of("indicators", "projects"));
        int indicatorsPort = ServiceProcess.freePort();
        int projectsPort = ServiceProcess.freePort();
        int gatewayPort = ServiceProcess.freePort();
        indicators = ServiceProcess.start(ROOT, "indicators-service", indicatorsPort, Map.of(
                "INDICATORS_PORT", Integer.toString(indicatorsPort),
                "INDICATORS_DB_URL", postgres.jdbcUrl("indicators")));
        projects = ServiceProcess.start(ROOT, "projects-service", projectsPort, Map.of(
                "PROJECTS_PORT", Integer.toString(projectsPort),
                "PROJECTS_DB_URL", postgres.jdbcUrl("projects"),
                "INDICATORS_GRPC_PORT", Integer.toString(indicatorsPort)));
        gateway = ServiceProcess.start(ROOT, "gateway", gatewayPort, Map.of(
                "GATEWAY_PORT", Integer.toString(gatewayPort),
                "INDICATORS_GRPC_PORT", Integer.toString(indicatorsPort),
                "PROJECTS_GRPC_PORT", Integer.toString(projectsPort)));
        RestAssured.port = gatewayPort;
    }

    @AfterAll
    static void stopSystem() throws Exception {
        for (ServiceProcess service : new ServiceProcess[] {gateway, projects, indicators}) {
            if (service != null) {
                service.close();
            }
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void indicatorAndLinkedProjectThroughTheGatewayThenIndicatorsServiceGoesDown() throws Exception {
        // Create an indicator (新郑 专栏1, row 3).
        given().contentType(ContentType.JSON)
                .body("""
                        {"displayName": "社会消费品零售总额", "unit": "亿元", "category": "结构优化",
                         "direction": "HIGHER_IS_BETTER"}""")
                .post("/api/v1/indicators?indicatorId=retail-sales").then()
                .statusCode(201)
                .header("Location", endsWith("/api/v1/indicators/retail-sales"))
                .header("ETag", "\"0\"")
                .body("name", equalTo("indicators/retail-sales"))
                .body("displayName", equalTo("社会消费品零售总额"))
                .body("unit", equalTo("亿元"))
                .body("category", equalTo("结构优化"))
                .body("direction", equalTo("HIGHER_IS_BETTER"))
                .body("createTime", notNullValue());

        // The same id again is a conflict.
        given().contentType(ContentType.JSON)
                .body("{\"displayName\": \"社会消费品零售总额\", \"unit\": \"亿元\", \"direction\": \"HIGHER_IS_BETTER\"}")
                .post("/api/v1/indicators?indicatorId=retail-sales").then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("indicators/retail-sales"));

        // A project linked to it: projects-service checks the link with indicators-service over gRPC.
        given().contentType(ContentType.JSON)
                .body("""
                        {"displayName": "新郑博物馆新馆建设", "regionCode": "410184", "level": "MUNICIPAL",
                         "totalInvestment": {"currencyCode": "CNY", "amount": "500000000"},
                         "indicators": ["indicators/retail-sales"]}""")
                .post("/api/v1/projects?projectId=xinzheng-museum").then()
                .statusCode(201)
                .header("Location", endsWith("/api/v1/projects/xinzheng-museum"))
                .body("name", equalTo("projects/xinzheng-museum"))
                .body("stage", equalTo("PLANNED"))
                .body("totalInvestment.amount", equalTo("500000000.00"))
                .body("indicators", contains("indicators/retail-sales"));

        // Get and list both.
        given().get("/api/v1/indicators/retail-sales").then()
                .statusCode(200).header("ETag", "\"0\"").body("unit", equalTo("亿元"));
        given().get("/api/v1/projects/xinzheng-museum").then()
                .statusCode(200).body("regionCode", equalTo("410184")).body("level", equalTo("MUNICIPAL"));
        given().get("/api/v1/indicators").then()
                .statusCode(200).body("totalSize", equalTo(1)).body("indicators.name", hasItem("indicators/retail-sales"));
        given().get("/api/v1/projects?pageSize=10").then()
                .statusCode(200).body("totalSize", equalTo(1)).body("projects[0].name", equalTo("projects/xinzheng-museum"));
        given().get("/api/v1/projects/no-such-project").then()
                .statusCode(404).contentType("application/problem+json").body("status", equalTo(404));

        // An unknown indicator is a 400 naming the field, and nothing is written.
        given().contentType(ContentType.JSON)
                .body("{\"displayName\": \"郑韩故城考古遗址博物馆\", \"regionCode\": \"410184\","
                        + " \"indicators\": [\"indicators/retail-sales\", \"indicators/no-such-indicator\"]}")
                .post("/api/v1/projects?projectId=zhenghan-museum").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("indicators[1]"))
                .body("errors[0].message", containsString("indicators/no-such-indicator"));
        given().get("/api/v1/projects/zhenghan-museum").then().statusCode(404);

        // indicators-service goes down: a linked project cannot be checked, so it is a 503 and nothing is written.
        indicators.close();
        given().contentType(ContentType.JSON)
                .body("{\"displayName\": \"黄帝故里景区提升工程\", \"regionCode\": \"410184\","
                        + " \"indicators\": [\"indicators/retail-sales\"]}")
                .post("/api/v1/projects?projectId=huangdi-hometown").then()
                .statusCode(503)
                .contentType("application/problem+json")
                .body("status", equalTo(503));
        given().get("/api/v1/indicators/retail-sales").then().statusCode(503);
        given().get("/api/v1/projects").then().statusCode(200).body("totalSize", equalTo(1));
    }
}
