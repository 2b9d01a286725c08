package io.planmonitor.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planmonitor.devauth.DevKeys;
import io.planmonitor.devauth.DevTokens;
import io.planmonitor.devauth.HostileTokens;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Authentication, authorisation and audit through the gateway, against the real services: every write path of the
 * REST API called by each kind of caller, with the status each must get; cross-region writes refused by the services
 * (which see the caller's own token, passed on by the gateway); audit rows naming the caller.
 */
class AccessEndToEndTest {

    private static final String JINSHUI = "410105";
    private static final HostileTokens HOSTILE = new HostileTokens(PlanMonitorSystem.KEYS);
    private static PlanMonitorSystem system;

    @BeforeAll
    static void startSystem() throws Exception {
        system = PlanMonitorSystem.start();
        RestAssured.port = system.gatewayPort();
        RestAssured.authentication = RestAssured.DEFAULT_AUTH;
        admin().contentType(ContentType.JSON).body("""
                {"displayName": "访问测试一般公共预算收入", "unit": "亿元", "direction": "HIGHER_IS_BETTER"}""")
                .post("/api/v1/indicators?indicatorId=acc-revenue").then().statusCode(201);
        admin().contentType(ContentType.JSON).body(plan("金水区2024年国民经济和社会发展计划", JINSHUI))
                .post("/api/v1/plans?planId=js-plan").then().statusCode(201);
        admin().contentType(ContentType.JSON).body("{\"year\": 2029, \"quarter\": 1}").post("/api/v1/batches").then()
                .statusCode(201);
    }

    @AfterAll
    static void stopSystem() throws Exception {
        RestAssured.authentication = RestAssured.DEFAULT_AUTH;
        if (system != null) {
            system.close();
        }
    }

    /**
     * One caller: its token (null: none), and the status its region writes, its new catalogue entries, its admin-only
     * writes and its project imports get (an import's rows carry their own regions: one outside the caller's scope
     * is a refused row, 422, not a refused call).
     */
    private record Caller(String label, String token, int regionWrite, int catalogueEntry, int adminWrite,
            int projectImport) {
    }

    /** A write on the caller's own resources (project {@code p}, target {@code t}, milestone {@code m}). */
    private interface Write {
        io.restassured.response.Response call(RequestSpecification request, Own own);
    }

    private record Own(int n, String project, String target, String doomedTarget, String milestone) {
    }

    @Test
    void everyWritePathRefusesWhoMayNotAndLetsThroughWhoMay() {
        List<Caller> callers = List.of(
                new Caller("no token", null, 401, 401, 401, 401),
                new Caller("viewer", token("viewer-1", "viewer", JINSHUI), 403, 403, 403, 403),
                new Caller("editor of 新郑市", token("xinzheng-editor", "editor", "410184"), 403, 201, 403, 422),
                new Caller("editor of 金水区", token("jinshui-editor", "editor", JINSHUI), 200, 201, 403, 200),
                new Caller("admin", token("admin-1", "admin", null), 200, 201, 201, 200),
                // Admin claims that only their signature, issuer or expiry give away: refused as having no token.
                refused("expired admin", PlanMonitorSystem.TOKENS.expired("late-admin", List.of("admin"), List.of())),
                refused("admin of another issuer", new DevTokens(PlanMonitorSystem.KEYS, "https://elsewhere.example")
                        .mint("stranger", List.of("admin"), List.of(), Duration.ofHours(1))),
                refused("admin signed with another key", new DevTokens(otherKeys()).mint("forger", List.of("admin"),
                        List.of(), Duration.ofHours(1))),
                refused("alg=none admin", HOSTILE.unsigned("unsigned")),
                refused("HS256 admin keyed with the public key", HOSTILE.hmacWithThePublicKey("confused")),
                refused("viewer's token raised to admin", HOSTILE.viewerRaisedToAdmin("raised")),
                refused("not a JWT", "not-a-jwt"));
        Map<String, Write> regionWrites = new java.util.LinkedHashMap<>();
        regionWrites.put("POST /plans", (r, own) -> r.body(plan("金水区访问测试计划", JINSHUI))
                .post("/api/v1/plans?planId=acc-plan-" + own.n()));
        regionWrites.put("POST /plans/{id}/targets", (r, own) -> r.body(target())
                .post("/api/v1/plans/js-plan/targets?targetId=acc-new-" + own.n()));
        regionWrites.put("PATCH /plans/{id}/targets/{id}", (r, own) -> r.body("{\"targetValue\": \"7\"}")
                .patch("/api/v1/" + own.target()));
        regionWrites.put("DELETE /plans/{id}/targets/{id}", (r, own) -> r.delete("/api/v1/" + own.doomedTarget()));
        regionWrites.put("POST /indicators/{id}/observations", (r, own) -> r.body("""
                {"region": "regions/410105", "period": {"kind": "YEAR", "year": %d}, "value": "100",
                 "status": "PRELIMINARY", "source": "访问测试"}""".formatted(2000 + own.n()))
                .post("/api/v1/indicators/acc-revenue/observations"));
        regionWrites.put("POST /projects", (r, own) -> r.body(project("新登记项目"))
                .post("/api/v1/projects?projectId=acc-new-project-" + own.n()));
        regionWrites.put("PATCH /projects/{id}", (r, own) -> r.body("{\"sector\": \"现代服务业\"}")
                .patch("/api/v1/" + own.project()));
        regionWrites.put("POST /projects/{id}/events", (r, own) -> r.body("""
                {"stage": "PREPARING", "eventDate": "2024-01-15", "reason": "列入前期"}""")
                .post("/api/v1/" + own.project() + "/events"));
        regionWrites.put("PUT /projects/{id}/investment-plans/{year}", (r, own) -> r
                .body("{\"amount\": {\"amount\": \"1200\"}}").put("/api/v1/" + own.project() + "/investment-plans/2024"));
        regionWrites.put("POST /projects/{id}/investment-reports", (r, own) -> r
                .body("{\"year\": 2024, \"month\": 4, \"cumulativeCompleted\": {\"amount\": \"300\"}}")
                .post("/api/v1/" + own.project() + "/investment-reports"));
        regionWrites.put("POST /projects/{id}/milestones", (r, own) -> r
                .body("{\"kind\": \"LAND_USE\", \"dueDate\": \"2024-06-30\"}").post("/api/v1/" + own.project()
                        + "/milestones"));
        regionWrites.put("PATCH /projects/{id}/milestones/{id}", (r, own) -> r.body("{\"actualDate\": \"2024-05-01\"}")
                .patch("/api/v1/" + own.milestone()));
        regionWrites.put("POST /batches/{id}/members", (r, own) -> r
                .body("{\"project\": \"" + own.project() + "\", \"role\": \"SIGN\"}")
                .post("/api/v1/batches/2029-q1/members"));
        regionWrites.put("PATCH /plans/{id}", (r, own) -> r.body("{\"issuer\": \"金水区人民政府\"}")
                .patch("/api/v1/plans/js-plan"));
        regionWrites.put("POST /reported-totals", (r, own) -> r.body("""
                {"programme": "三个一批", "regionCode": "410105", "year": 2024, "projectCount": 12,
                 "provenance": {"document": "金水区2024年政府工作报告", "quote": "访问测试"}}""")
                .post("/api/v1/reported-totals?reportedTotalId=acc-total-" + own.n()));
        regionWrites.put("POST /imports/plans/{id}/targets", (r, own) -> r.contentType("text/csv; charset=UTF-8")
                .body(exportedRow("js-plan", own.target(), "acc-imported-" + own.n()))
                .post("/api/v1/imports/plans/js-plan/targets?mode=all-or-nothing"));

        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < callers.size(); i++) {
            Caller caller = callers.get(i);
            Own own = ownResources(i + 1);
            for (Map.Entry<String, Write> write : regionWrites.entrySet()) {
                expect(mismatches, caller, write.getKey(), caller.regionWrite(), write.getValue(), own);
            }
            expect(mismatches, caller, "POST /indicators", caller.catalogueEntry(), (r, o) -> r.body("""
                    {"displayName": "访问测试新指标%d", "unit": "个", "direction": "HIGHER_IS_BETTER"}""".formatted(o.n()))
                    .post("/api/v1/indicators?indicatorId=acc-entry-" + o.n()), own);
            expect(mismatches, caller, "POST /imports/projects", caller.projectImport(), (r, o) -> r
                    .contentType("text/csv; charset=UTF-8")
                    .body("项目编号,项目名称,地区代码\r\nacc-imported-project-" + o.n() + ",导入的金水区项目,410105\r\n")
                    .post("/api/v1/imports/projects?mode=all-or-nothing"), own);
            expect(mismatches, caller, "PATCH /indicators/{id}", caller.adminWrite(), (r, o) -> r
                    .body("{\"category\": \"财政\"}").patch("/api/v1/indicators/acc-revenue"), own);
            expect(mismatches, caller, "POST /regions", caller.adminWrite(), (r, o) -> r
                    .body("{\"displayName\": \"测试区" + o.n() + "\", \"level\": \"COUNTY\", \"parent\": \"regions/410100\"}")
                    .post("/api/v1/regions?regionCode=4101" + (20 + o.n())), own);
            expect(mismatches, caller, "POST /batches", caller.adminWrite(), (r, o) -> r
                    .body("{\"year\": " + (2040 + o.n()) + ", \"quarter\": 1}").post("/api/v1/batches"), own);
        }
        assertEquals(List.of(), mismatches);
        // No refused caller left a trace: neither service's audit trail names one of them.
        for (String actor : List.of("viewer-1", "late-admin", "stranger", "forger", "unsigned", "confused", "raised")) {
            for (String service : List.of("indicators", "projects")) {
                admin().get("/api/v1/audit-events?service=" + service + "&actor=" + actor).then().statusCode(200)
                        .body("totalSize", equalTo(0));
            }
        }
    }

    @Test
    void everyReadTheContractDeclaresIsOpenToAnonymousCallersAndViewers() {
        // Reads are told from writes by the contract (idempotency_level = NO_SIDE_EFFECTS), not by the RPC's name:
        // ReconcileYear, whose name has no read prefix, was once refused to readers as a write.
        for (RequestSpecification caller : List.of(given(), given().auth().oauth2(token("viewer-2", "viewer", JINSHUI)))) {
            caller.get("/api/v1/regions/410100/reconciliation?year=2024").then().statusCode(200);
        }
        given().get("/api/v1/plans/js-plan/targets").then().statusCode(200);
        given().get("/api/v1/audit-events?service=indicators").then().statusCode(401);
    }

    @Test
    void theServicesRecordWhoWroteWhatAndARefusedWriteLeavesNothing() {
        String editor = token("audit-editor", "editor", JINSHUI);
        String outsider = token("audit-outsider", "editor", "410184");
        with(editor).body(project("审计测试项目")).post("/api/v1/projects?projectId=audited").then().statusCode(201);
        with(editor).body("{\"stage\": \"PREPARING\", \"eventDate\": \"2024-02-01\", \"reason\": \"列入前期\"}")
                .post("/api/v1/projects/audited/events").then().statusCode(200);
        with(outsider).body("{\"stage\": \"SIGNED\", \"eventDate\": \"2024-03-01\", \"reason\": \"越权\"}")
                .post("/api/v1/projects/audited/events").then().statusCode(403)
                .body("detail", containsString("410105"));
        with(outsider).body(project("越权登记")).post("/api/v1/projects?projectId=not-mine").then().statusCode(403);
        admin().get("/api/v1/projects/not-mine").then().statusCode(404);

        JsonPath trail = given().auth().oauth2(editor).get("/api/v1/audit-events?resource=projects/audited").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(2, trail.getInt("totalSize"));
        assertEquals(List.of("audit-editor", "audit-editor"), trail.getList("auditEvents.actor"));
        assertEquals("planmonitor.projects.v1.ProjectService/ChangeProjectStage", trail.getString("auditEvents[0].method"));
        assertEquals("PROJECT_STAGE_PLANNED", trail.getString("auditEvents[0].before.stage"));
        assertEquals("PROJECT_STAGE_PREPARING", trail.getString("auditEvents[0].after.stage"));
        assertNull(trail.get("auditEvents[1].before"));
        assertEquals("审计测试项目", trail.getString("auditEvents[1].after.displayName"));
        given().auth().oauth2(editor).get("/api/v1/audit-events?service=projects&actor=audit-outsider").then()
                .statusCode(200).body("totalSize", equalTo(0));

        // A batch of values is checked item by item: the outsider's 新郑市 value is written, its 金水区 one refused.
        JsonPath batch = with(outsider).body("""
                {"items": [
                  {"indicator": "indicators/acc-revenue", "observation": {"region": "regions/410105",
                   "period": {"kind": "YEAR", "year": 2023}, "value": "52.1", "status": "FINAL", "source": "越权"}},
                  {"indicator": "indicators/acc-revenue", "observation": {"region": "regions/410184",
                   "period": {"kind": "YEAR", "year": 2023}, "value": "124", "status": "FINAL", "source": "新郑市统计局"}}
                ]}""").post("/api/v1/observations/batch").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("REJECTED", "RECORDED"), batch.getList("results.outcome"));
        assertTrue(batch.getString("results[0].errors[0].message").contains("410105"), batch.prettify());

        // The investment projects-service publishes to indicators-service is written with its own token.
        with(editor).body("{\"year\": 2024, \"month\": 3, \"cumulativeCompleted\": {\"amount\": \"500\"}}")
                .post("/api/v1/projects/audited/investment-reports").then().statusCode(200);
        JsonPath published = awaitPublished();
        assertEquals("projects-service", published.getString("auditEvents[0].actor"));
    }

    private static JsonPath awaitPublished() {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            JsonPath page = admin().get("/api/v1/audit-events?service=indicators&actor=projects-service").then()
                    .statusCode(200).extract().jsonPath();
            if (page.getInt("totalSize") > 0 || System.nanoTime() > deadline) {
                assertTrue(page.getInt("totalSize") > 0, "projects-service published no investment in 30 s");
                return page;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static void expect(List<String> mismatches, Caller caller, String write, int expected, Write call,
            Own own) {
        RequestSpecification request = caller.token() == null ? given() : given().auth().oauth2(caller.token());
        io.restassured.response.Response response = call.call(request.contentType(ContentType.JSON), own);
        int actual = response.statusCode();
        boolean ok = expected == 200 || expected == 201 ? actual >= 200 && actual < 300 : actual == expected;
        if (!ok) {
            mismatches.add(caller.label() + " × " + write + ": expected " + expected + ", got " + actual + " "
                    + response.body().asString());
        }
    }

    /** The resources caller number {@code n} writes to, made by the admin: a project, a milestone, two targets. */
    private static Own ownResources(int n) {
        String project = admin().body(project("金水区访问测试项目 " + n)).post("/api/v1/projects?projectId=acc-js-" + n)
                .then().statusCode(201).extract().path("name");
        String milestone = admin().body("{\"kind\": \"CONSTRUCTION_PERMIT\", \"dueDate\": \"2024-04-30\"}")
                .post("/api/v1/" + project + "/milestones").then().statusCode(201).extract().path("name");
        String target = admin().body(target()).post("/api/v1/plans/js-plan/targets?targetId=acc-own-" + n).then()
                .statusCode(201).extract().path("name");
        String doomed = admin().body(target()).post("/api/v1/plans/js-plan/targets?targetId=acc-doomed-" + n).then()
                .statusCode(201).extract().path("name");
        return new Own(n, project, target, doomed, milestone);
    }

    /** The CSV export's row of one target, under a new id: an import any editor of the plan's region may make. */
    private static String exportedRow(String plan, String targetName, String newId) {
        String csv = admin().get("/api/v1/exports/plans/" + plan + "/targets.csv").then().statusCode(200).extract()
                .asString();
        String[] lines = csv.replace("\uFEFF", "").split("\r?\n");
        // The column 目标 holds the target's name (the test's cells hold no comma, so a plain split reads them).
        int nameColumn = java.util.Arrays.asList(lines[0].split(",", -1)).indexOf("目标");
        for (String line : lines) {
            String[] cells = line.split(",", -1);
            if (cells[nameColumn].equals(targetName)) {
                cells[nameColumn] = "plans/" + plan + "/targets/" + newId;
                return lines[0] + "\n" + String.join(",", cells) + "\n";
            }
        }
        throw new IllegalStateException(targetName + " is not in the export:\n" + csv);
    }

    private static Caller refused(String label, String token) {
        return new Caller(label, token, 401, 401, 401, 401);
    }

    private static DevKeys otherKeys() {
        try {
            return DevKeys.inDirectory(Files.createTempDirectory("forger-keys"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static RequestSpecification admin() {
        return given().auth().oauth2(PlanMonitorSystem.ADMIN).contentType(ContentType.JSON);
    }

    private static RequestSpecification with(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static String token(String name, String role, String region) {
        return PlanMonitorSystem.TOKENS.mint(name, List.of(role), region == null ? List.of() : List.of(region),
                Duration.ofHours(1));
    }

    private static String plan(String displayName, String region) {
        return """
                {"displayName": "%s", "kind": "ANNUAL_PLAN", "region": "regions/%s", "startYear": 2024,
                 "endYear": 2024}""".formatted(displayName, region);
    }

    private static String target() {
        return """
                {"indicator": "indicators/acc-revenue", "baselineYear": 2023, "targetYear": 2024, "targetValue": "6",
                 "form": "ANNUAL_GROWTH", "comparator": "AT_LEAST", "attribute": "EXPECTED", "unit": "%"}""";
    }

    private static String project(String displayName) {
        return "{\"displayName\": \"" + displayName + "\", \"regionCode\": \"" + JINSHUI + "\"}";
    }
}
