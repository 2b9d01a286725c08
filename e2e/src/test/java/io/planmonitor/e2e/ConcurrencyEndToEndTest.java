package io.planmonitor.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Many clients at the same resource at the same moment, through the gateway: conditional updates with one etag,
 * one idempotency key sent at once, one id created at once, an import while others read. Exactly one of the
 * competing writes wins; the others are told so (412, 409), nothing is written twice and no reader sees half an
 * import. Each test prints the statuses the clients got.
 */
class ConcurrencyEndToEndTest {

    private static final String JINSHUI = "410105";
    private static final int CLIENTS = 12;
    private static PlanMonitorSystem system;
    private static ExecutorService clients;

    @BeforeAll
    static void startSystem() throws Exception {
        system = PlanMonitorSystem.start();
        RestAssured.port = system.gatewayPort();
        clients = Executors.newFixedThreadPool(CLIENTS);
        admin().body("""
                {"displayName": "并发测试指标（API 示例数据）", "unit": "%", "direction": "HIGHER_IS_BETTER"}""")
                .post("/api/v1/indicators?indicatorId=race-values").then().statusCode(201);
        admin().body("""
                {"displayName": "金水区并发测试计划（API 示例数据）", "kind": "ANNUAL_PLAN", "region": "regions/%s",
                 "startYear": 2024, "endYear": 2024}""".formatted(JINSHUI))
                .post("/api/v1/plans?planId=race-plan").then().statusCode(201);
    }

    @AfterAll
    static void stopSystem() throws Exception {
        if (clients != null) {
            clients.shutdownNow();
        }
        if (system != null) {
            system.close();
        }
    }

    @Test
    void updatesOfOneTargetWithTheSameEtagHaveOneWinner() throws Exception {
        Response created = admin().body(target("5")).post("/api/v1/plans/race-plan/targets?targetId=race-target");
        created.then().statusCode(201);
        String etag = etagOf(created);

        List<Response> answers = all(i -> admin().header("If-Match", etag).body("{\"targetValue\": \"" + (10 + i) + "\"}")
                .patch("/api/v1/plans/race-plan/targets/race-target"));
        Map<Integer, Long> statuses = statuses("PATCH one target, one If-Match", answers);
        assertEquals(Map.of(200, 1L, 412, (long) CLIENTS - 1), statuses);
        String winner = answers.stream().filter(a -> a.statusCode() == 200).findFirst().orElseThrow()
                .path("targetValue");
        assertEquals(winner, admin().get("/api/v1/plans/race-plan/targets/race-target").path("targetValue"));
        assertEquals(2, (int) admin().get("/api/v1/audit-events?service=indicators&resource=plans/race-plan/targets/"
                + "race-target").path("totalSize"), "one create and one update audited");
    }

    @Test
    void updatesOfOneProjectWithTheSameEtagHaveOneWinner() throws Exception {
        Response created = admin().body(project("并发更名项目")).post("/api/v1/projects?projectId=race-project");
        created.then().statusCode(201);
        String etag = etagOf(created);

        List<Response> answers = all(i -> admin().header("If-Match", etag)
                .body("{\"displayName\": \"并发更名项目（第" + i + "版）\"}").patch("/api/v1/projects/race-project"));
        assertEquals(Map.of(200, 1L, 412, (long) CLIENTS - 1), statuses("PATCH one project, one If-Match", answers));
        String winner = answers.stream().filter(a -> a.statusCode() == 200).findFirst().orElseThrow()
                .path("displayName");
        assertEquals(winner, admin().get("/api/v1/projects/race-project").path("displayName"));
        assertEquals(2, (int) admin().get("/api/v1/audit-events?service=projects&resource=projects/race-project")
                .path("totalSize"), "one create and one update audited");
    }

    @Test
    void oneIdempotencyKeySentByManyAtOnceCreatesOneProject() throws Exception {
        List<Response> answers = all(i -> admin().header("Idempotency-Key", "race-key-1").body(project("并发幂等项目"))
                .post("/api/v1/projects"));
        Map<Integer, Long> statuses = statuses("POST one project, one Idempotency-Key", answers);
        assertTrue(statuses.keySet().stream().allMatch(s -> s == 201 || s == 409), statuses.toString());
        List<String> named = answers.stream().filter(a -> a.statusCode() == 201).map(a -> a.<String>path("name"))
                .distinct().toList();
        assertEquals(1, named.size(), "every answered repeat names the same project: " + named);
        long stored = admin().get("/api/v1/projects?regionCode=" + JINSHUI + "&pageSize=1000").jsonPath()
                .<String>getList("projects.displayName").stream().filter(name -> name.startsWith("并发幂等项目")).count();
        assertEquals(1, stored);
    }

    @Test
    void oneIdCreatedByManyAtOnceHasOneWinner() throws Exception {
        List<Response> answers = all(i -> admin().body("""
                {"displayName": "并发创建计划 %d（API 示例数据）", "kind": "ANNUAL_PLAN", "region": "regions/%s",
                 "startYear": 2025, "endYear": 2025}""".formatted(i, JINSHUI)).post("/api/v1/plans?planId=race-same-id"));
        assertEquals(Map.of(201, 1L, 409, (long) CLIENTS - 1), statuses("POST one plan id", answers));
        String winner = answers.stream().filter(a -> a.statusCode() == 201).findFirst().orElseThrow()
                .path("displayName");
        assertEquals(winner, admin().get("/api/v1/plans/race-same-id").path("displayName"));
    }

    @Test
    void readersDuringAnAllOrNothingImportSeeNoneOrAllOfIt() throws Exception {
        int rows = 900;
        StringBuilder csv = new StringBuilder("指标编号,地区代码,期间,年份,月份,值,状态,来源,原文\r\n");
        for (int i = 0; i < rows; i++) {
            csv.append("race-values,").append(JINSHUI).append(",MONTH,").append(1949 + i / 12).append(',')
                    .append(1 + i % 12).append(',').append(i).append(".5,FINAL,并发导入（API 示例数据）,\r\n");
        }
        // One page holds them all, so each read sees every value there is.
        String everyValue = "/api/v1/indicators/race-values/observations?regionCode=" + JINSHUI + "&pageSize=1000";
        Future<Response> importing = clients.submit(() -> admin().contentType("text/csv; charset=UTF-8")
                .body(csv.toString()).post("/api/v1/imports/observations?mode=all-or-nothing"));
        List<Integer> seen = new ArrayList<>();
        List<Integer> readStatuses = new ArrayList<>();
        while (!importing.isDone()) {
            Response read = given().get(everyValue);
            readStatuses.add(read.statusCode());
            seen.add(read.statusCode() == 200 ? read.jsonPath().getList("observations").size() : -1);
        }
        Response imported = importing.get();
        int after = given().get(everyValue).jsonPath().getList("observations").size();
        System.out.println("import of " + rows + " values: " + imported.statusCode() + ", written "
                + imported.path("written") + "; " + seen.size() + " reads during it saw "
                + seen.stream().distinct().sorted().toList() + " values; after: " + after);
        assertEquals(200, imported.statusCode(), imported.asString());
        assertTrue(readStatuses.stream().allMatch(s -> s == 200), "reads during the import: " + readStatuses);
        assertTrue(seen.stream().allMatch(n -> n == 0 || n == rows), "a read saw part of the import: " + seen);
        assertEquals(rows, after);
    }

    /** {@code request(i)} for i = 0…CLIENTS-1, all released at the same moment; the answers in order. */
    private static List<Response> all(IntFunction<Response> request) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> futures = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            int n = i;
            futures.add(clients.submit(() -> {
                start.await();
                return request.apply(n);
            }));
        }
        start.countDown();
        List<Response> answers = new ArrayList<>();
        for (Future<Response> future : futures) {
            answers.add(future.get());
        }
        return answers;
    }

    /** The version a write answered with: its ETag header, or the etag the body carries. */
    private static String etagOf(Response response) {
        String header = response.header("ETag");
        return header != null ? header : "\"" + response.path("etag") + "\"";
    }

    private static Map<Integer, Long> statuses(String label, List<Response> answers) {
        Map<Integer, Long> statuses = answers.stream().collect(Collectors.groupingBy(Response::statusCode,
                TreeMap::new, Collectors.counting()));
        System.out.println(label + ", " + CLIENTS + " clients at once: " + statuses);
        return statuses;
    }

    private static String target(String value) {
        return """
                {"indicator": "indicators/race-values", "baselineYear": 2023, "targetYear": 2024, "targetValue": "%s",
                 "form": "LEVEL", "comparator": "AT_LEAST", "attribute": "EXPECTED", "unit": "%%"}""".formatted(value);
    }

    private static String project(String displayName) {
        return "{\"displayName\": \"" + displayName + "（API 示例数据）\", \"regionCode\": \"" + JINSHUI + "\"}";
    }

    private static RequestSpecification admin() {
        return given().auth().oauth2(PlanMonitorSystem.ADMIN).contentType(ContentType.JSON);
    }
}
