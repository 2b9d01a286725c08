package io.planmonitor.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The whole system as it is deployed: a real PostgreSQL and the three packaged applications as separate processes,
 * driven only through the gateway's REST API. Tests run in order: the second restarts indicators-service, the fourth
 * stops it (the idempotency test after it needs projects-service only).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlanMonitorEndToEndTest {

    private static PlanMonitorSystem system;
    private static ServiceProcess indicators;

    @BeforeAll
    static void startSystem() throws Exception {
        system = PlanMonitorSystem.start();
        indicators = system.indicators;
        RestAssured.port = system.gatewayPort();
        // Every request of these tests is an admin's; the access tests set their own token.
        RestAssured.authentication = RestAssured.oauth2(PlanMonitorSystem.ADMIN);
    }

    @AfterAll
    static void stopSystem() throws Exception {
        if (system != null) {
            system.indicators = indicators;
            system.close();
        }
    }

    @Test
    @Order(0)
    void planTargetAndProgressThroughTheGateway() {
        given().get("/api/v1/regions?parent=410100").then().statusCode(200)
                .body("items.displayName", contains("金水区", "新郑市"));
        given().contentType(ContentType.JSON)
                .body("{\"displayName\": \"社会消费品零售总额\", \"unit\": \"亿元\", \"category\": \"经济发展\","
                        + " \"direction\": \"HIGHER_IS_BETTER\"}")
                .post("/api/v1/indicators?indicatorId=xz-retail").then().statusCode(201);
        given().contentType(ContentType.JSON)
                .body("""
                        {"displayName": "新郑市国民经济和社会发展第十四个五年规划纲要", "kind": "FIVE_YEAR_PLAN_OUTLINE",
                         "region": "regions/410184", "startYear": 2021, "endYear": 2025}""")
                .post("/api/v1/plans?planId=xinzheng-outline").then().statusCode(201)
                .body("name", equalTo("plans/xinzheng-outline"));
        // 专栏1 row 3: 社会消费品零售总额 亿元 306.3 → 470, 预期性.
        given().contentType(ContentType.JSON)
                .body("""
                        {"indicator": "indicators/xz-retail", "baselineYear": 2020, "baselineValue": "306.3",
                         "targetYear": 2025, "targetValue": "470", "form": "LEVEL", "comparator": "EXACT",
                         "attribute": "EXPECTED", "unit": "亿元"}""")
                .post("/api/v1/plans/xinzheng-outline/targets?targetId=retail").then().statusCode(201)
                .body("region", equalTo("regions/410184")).body("targetValue", equalTo("470"));
        given().contentType(ContentType.JSON).body("{\"targetYear\": 2030}")
                .patch("/api/v1/plans/xinzheng-outline/targets/retail").then()
                .statusCode(400).body("errors[0].field", equalTo("targetYear"));
        given().contentType(ContentType.JSON).header("If-Match", "\"7\"").body("{\"targetValue\": \"480\"}")
                .patch("/api/v1/plans/xinzheng-outline/targets/retail").then().statusCode(412);
        given().contentType(ContentType.JSON)
                .body("""
                        {"region": "regions/410184", "period": {"kind": "YEAR", "year": 2023}, "value": "400",
                         "status": "PRELIMINARY", "source": "e2e"}""")
                .post("/api/v1/indicators/xz-retail/observations").then().statusCode(200).body("latest", equalTo(true));
        given().get("/api/v1/plans/xinzheng-outline/targets/retail/progress?asOf=2024-07-01").then().statusCode(200)
                .body("status", equalTo("ON_TRACK")).body("ratio", equalTo("1.0407"))
                .body("requiredGrowth", equalTo("8.9407"));
        given().get("/api/v1/plans/xinzheng-outline/progress?asOf=2024-07-01").then().statusCode(200)
                .body("items", hasSize(1));

        // A project carrying that target; a target that does not exist is a 400 naming the field.
        given().contentType(ContentType.JSON)
                .body("{\"displayName\": \"好想你红枣小镇\", \"regionCode\": \"410184\","
                        + " \"targets\": [\"plans/xinzheng-outline/targets/retail\"]}")
                .post("/api/v1/projects?projectId=jujube-town").then().statusCode(201)
                .body("targets", contains("plans/xinzheng-outline/targets/retail"));
        given().contentType(ContentType.JSON)
                .body("{\"displayName\": \"无此目标的项目\", \"regionCode\": \"410184\","
                        + " \"targets\": [\"plans/xinzheng-outline/targets/nothing\"]}")
                .post("/api/v1/projects").then().statusCode(400).body("errors[0].field", equalTo("targets[0]"));
        given().contentType(ContentType.JSON).body("{\"displayName\": \"无此地区的项目\", \"regionCode\": \"419999\"}")
                .post("/api/v1/projects").then().statusCode(400).body("errors[0].field", equalTo("regionCode"));

        // The region's front page: the target on track, the one project, no batch yet.
        given().get("/api/v1/dashboards/regions/410184?asOf=2024-07-01").then().statusCode(200)
                .body("region.displayName", equalTo("新郑市"))
                .body("indicators.countsByStatus.ON_TRACK", equalTo(1))
                .body("indicators.countsByCategory.经济发展.ON_TRACK", equalTo(1))
                .body("indicators.behind", hasSize(0))
                .body("projects.count", equalTo(1))
                .body("latestBatch", equalTo(null));
        given().get("/api/v1/dashboards/regions/410184?asOf=July").then().statusCode(400)
                .body("errors[0].field", equalTo("asOf"));
        given().get("/api/v1/dashboards/regions/419999").then().statusCode(404);
    }

    @Test
    @Order(4)
    void aPostRepeatedWithItsIdempotencyKeyCreatesOneResource() {
        String body = "{\"displayName\": \"郑州国际会展中心二期\", \"regionCode\": \"410105\"}";
        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", "e2e-retry-1").body(body)
                .post("/api/v1/projects").then().statusCode(201).extract().path("name");
        // The client did not hear the answer and sends the same request again: it gets the same project.
        given().contentType(ContentType.JSON).header("Idempotency-Key", "e2e-retry-1").body(body)
                .post("/api/v1/projects").then().statusCode(201).body("name", equalTo(first));
        given().get("/api/v1/audit-events?resource=" + first).then().statusCode(200).body("totalSize", equalTo(1));
        given().contentType(ContentType.JSON).header("Idempotency-Key", "e2e-retry-1")
                .body("{\"displayName\": \"另一个项目\", \"regionCode\": \"410105\"}")
                .post("/api/v1/projects").then().statusCode(400).body("errors[0].field", equalTo("idempotencyKey"));
        given().contentType(ContentType.JSON).header("Idempotency-Key", "two words").body(body)
                .post("/api/v1/projects").then().statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    @Order(1)
    void projectWorkThroughTheGateway() {
        given().contentType(ContentType.JSON)
                .body("{\"displayName\": \"郑州航空港区智能终端产业园\", \"regionCode\": \"410184\","
                        + " \"totalInvestment\": {\"amount\": \"1200000000\"}}")
                .post("/api/v1/projects?projectId=terminal-park").then().statusCode(201);

        // PATCH with the current ETag succeeds; the same ETag again is stale: 412.
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"sector\": \"先进制造业\", \"plannedStartDate\": \"2024-03-01\"}")
                .patch("/api/v1/projects/terminal-park").then()
                .statusCode(200).header("ETag", not(equalTo("\"0\""))).body("sector", equalTo("先进制造业"))
                .body("displayName", equalTo("郑州航空港区智能终端产业园"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"sector\": \"综合交通\"}")
                .patch("/api/v1/projects/terminal-park").then()
                .statusCode(412).contentType("application/problem+json");

        // Lifecycle: a legal move, then an illegal one naming both stages.
        given().contentType(ContentType.JSON)
                .body("{\"stage\": \"PREPARING\", \"eventDate\": \"2024-01-15\", \"reason\": \"列入前期\"}")
                .post("/api/v1/projects/terminal-park/events").then().statusCode(200).body("stage", equalTo("PREPARING"));
        given().contentType(ContentType.JSON)
                .body("{\"stage\": \"IN_OPERATION\", \"eventDate\": \"2024-02-01\", \"reason\": \"跳步\"}")
                .post("/api/v1/projects/terminal-park/events").then()
                .statusCode(400).body("type", equalTo("urn:planmonitor:problem:failed-precondition"))
                .body("detail", containsString("PREPARING")).body("detail", containsString("IN_OPERATION"));
        given().get("/api/v1/projects/terminal-park/events").then()
                .statusCode(200).body("events[0].toStage", equalTo("PREPARING")).body("events[0].reason", equalTo("列入前期"));

        // Investment: 300 of a 1200 plan by April is 25.00 % against a pace of 33.33 %: behind.
        given().contentType(ContentType.JSON).body("{\"amount\": {\"amount\": \"1200\"}}")
                .put("/api/v1/projects/terminal-park/investment-plans/2024").then()
                .statusCode(200).body("name", equalTo("projects/terminal-park/investmentPlans/2024"));
        given().contentType(ContentType.JSON)
                .body("{\"year\": 2024, \"month\": 4, \"cumulativeCompleted\": {\"amount\": \"300\"}}")
                .post("/api/v1/projects/terminal-park/investment-reports").then().statusCode(200);
        given().contentType(ContentType.JSON)
                .body("{\"year\": 2024, \"month\": 5, \"cumulativeCompleted\": {\"amount\": \"290\"}}")
                .post("/api/v1/projects/terminal-park/investment-reports").then()
                .statusCode(400).body("errors[0].field", equalTo("correctionReason"));
        given().get("/api/v1/projects/terminal-park/investment-progress?year=2024&month=4").then()
                .statusCode(200).body("completionRate", equalTo("0.2500")).body("timeElapsed", equalTo("0.3333"))
                .body("behindPace", equalTo(true));
        given().get("/api/v1/project-alerts?year=2024&month=4&regionCode=410184").then()
                .statusCode(200).body("find { it.project == 'projects/terminal-park' }.kind", equalTo("BEHIND_PACE"));

        // A milestone, a batch and a summary.
        given().contentType(ContentType.JSON).body("{\"kind\": \"LAND_USE\", \"dueDate\": \"2024-06-30\"}")
                .post("/api/v1/projects/terminal-park/milestones").then().statusCode(201).body("kind", equalTo("LAND_USE"));
        given().contentType(ContentType.JSON).body("{\"year\": 2024, \"quarter\": 1}").post("/api/v1/batches").then()
                .statusCode(201).body("name", equalTo("batches/2024-q1"));
        given().contentType(ContentType.JSON).body("{\"project\": \"projects/terminal-park\", \"role\": \"SIGN\"}")
                .post("/api/v1/batches/2024-q1/members").then().statusCode(200).body("members", hasSize(1));
        given().get("/api/v1/batches/2024-q1/conversion").then().statusCode(200)
                .body("roles.find { it.role == 'SIGN' }.totalInvestment.amount", equalTo("1200000000.00"));
        given().get("/api/v1/project-summaries?groupBy=SECTOR&year=2024").then().statusCode(200)
                .body("find { it.key == '先进制造业' }.completedInvestment.amount", equalTo("300.00"));
    }

    @Test
    @Order(2)
    void investmentTotalsReachIndicatorsServiceOnceEvenAcrossItsOutage() throws Exception {
        createProject("outbox-a");
        report("outbox-a", 3, "100");
        awaitObservations(List.of("2024-3 100.00"), false);

        // indicators-service goes down; reports still succeed and their totals wait in the outbox.
        indicators.close();
        createProject("outbox-b");
        report("outbox-b", 3, "50");
        report("outbox-a", 4, "120");
        indicators = indicators.restart();

        // Everything arrives, once: March 100 then 150 (two vintages), April 120 + 50.
        awaitObservations(List.of("2024-3 150.00", "2024-4 170.00"), false);
        awaitObservations(List.of("2024-3 100.00", "2024-3 150.00", "2024-4 170.00"), true);
    }

    private static void createProject(String id) {
        given().contentType(ContentType.JSON)
                .body("{\"displayName\": \"金水区重点项目 " + id + "\", \"regionCode\": \"410105\"}")
                .post("/api/v1/projects?projectId=" + id).then().statusCode(201);
    }

    private static void report(String project, int month, String amount) {
        given().contentType(ContentType.JSON)
                .body("{\"year\": 2024, \"month\": " + month + ", \"cumulativeCompleted\": {\"amount\": \"" + amount
                        + "\"}}")
                .post("/api/v1/projects/" + project + "/investment-reports").then().statusCode(200);
    }

    /** Waits (up to 60 s) until the published 金水区 totals are exactly {@code expected} ("year-month value"). */
    private static void awaitObservations(List<String> expected, boolean history) throws InterruptedException {
        List<String> seen = List.of();
        for (int attempt = 0; attempt < 120; attempt++) {
            var response = given().get("/api/v1/indicators/key-project-completed-investment/observations"
                    + "?regionCode=410105&includeHistory=" + history);
            if (response.statusCode() == 200) {
                List<String> periods = response.jsonPath().getList("observations.collect { it.period.year + '-' + "
                        + "it.period.month + ' ' + it.value }");
                seen = periods.stream().sorted().toList();
                if (seen.equals(expected)) {
                    return;
                }
            }
            Thread.sleep(500);
        }
        assertEquals(expected, seen, "published totals");
    }

    @Test
    @Order(3)
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
                .statusCode(200).body("totalSize", equalTo(3)).body("indicators.name", hasItem("indicators/retail-sales"));
        given().get("/api/v1/projects?pageSize=10").then()
                .statusCode(200).body("totalSize", equalTo(5)).body("projects.name", hasItem("projects/xinzheng-museum"));
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
        given().get("/api/v1/projects").then().statusCode(200).body("totalSize", equalTo(5));

        // Reads keep failing (each tried three times): the gateway stops asking indicators-service for a while and
        // answers at once, saying so; projects-service is still asked.
        given().get("/api/v1/indicators/retail-sales").then().statusCode(503);
        given().get("/api/v1/indicators/retail-sales").then().statusCode(503).header("Retry-After", notNullValue())
                .body("detail", containsString("circuit open"));
        given().get("/api/v1/projects").then().statusCode(200);
    }
}
