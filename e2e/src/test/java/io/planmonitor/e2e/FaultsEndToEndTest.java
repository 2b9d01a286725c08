package io.planmonitor.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Faults in the middle of a stream of writes through the gateway: a service killed with SIGKILL and started again,
 * a service that hangs (SIGSTOP) past the gateway's deadline, PostgreSQL restarted under the services. The client sends each write until it is acknowledged,
 * as a careful client does (observations and monthly reports replace themselves; creates carry an Idempotency-Key).
 * Afterwards every acknowledged write is stored once: none lost, none doubled, and every refusal the client saw
 * while it lasted was a 503 or 504, never a silent success. Each test prints its counts.
 */
class FaultsEndToEndTest {

    private static final String JINSHUI = "410105";
    private static final int WRITES = 120;
    /** How long the client keeps sending one write before the test gives up on it. */
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static PlanMonitorSystem system;

    @BeforeAll
    static void startSystem() throws Exception {
        system = PlanMonitorSystem.start();
        RestAssured.port = system.gatewayPort();
        admin().body("""
                {"displayName": "故障测试指标（API 示例数据）", "unit": "亿元", "direction": "HIGHER_IS_BETTER"}""")
                .post("/api/v1/indicators?indicatorId=fault-values").then().statusCode(201);
        admin().body("{\"displayName\": \"故障测试项目（API 示例数据）\", \"regionCode\": \"" + JINSHUI + "\"}")
                .post("/api/v1/projects?projectId=fault-reports").then().statusCode(201);
    }

    @AfterAll
    static void stopSystem() throws Exception {
        if (system != null) {
            system.close();
        }
    }

    /** What the client saw of a stream of writes. */
    private static final class Tally {
        int sent;
        int acknowledged;
        final Map<Integer, Integer> refusals = new TreeMap<>();

        boolean onlyUnavailableOrDeadline() {
            return refusals.keySet().stream().allMatch(status -> status == 503 || status == 504);
        }

        int refused() {
            return refusals.values().stream().mapToInt(Integer::intValue).sum();
        }

        String describe(int stored, int doubled) {
            return "sent " + sent + ", acknowledged " + acknowledged + ", refused " + refused() + " " + refusals
                    + ", stored " + stored + ", doubled " + doubled;
        }
    }

    @Test
    void valuesSentAcrossAKillOfIndicatorsServiceAreAllStoredOnce() throws Exception {
        Tally tally = stream(i -> admin().body("""
                {"region": "regions/%s", "period": {"kind": "MONTH", "year": %d, "month": %d}, "value": "%d",
                 "status": "FINAL", "source": "故障测试（API 示例数据）"}""".formatted(JINSHUI, 2001 + i / 12, 1 + i % 12, i))
                .post("/api/v1/indicators/fault-values/observations"),
                40, () -> {
                    system.indicators.kill();
                    Thread.sleep(1000);
                    system.indicators = system.indicators.restart();
                });

        List<String> periods = storedPeriods("fault-values");
        int doubled = periods.size() - (int) periods.stream().distinct().count();
        System.out.println("kill -9 indicators-service during " + WRITES + " values: "
                + tally.describe(periods.size(), doubled));
        assertFaultWasSeenAndNothingLostOrDoubled(tally, periods.size(), doubled);
    }

    @Test
    void valuesSentAcrossARestartOfPostgresqlAreAllStoredOnceAndReadinessToldTheTruth() throws Exception {
        admin().body("""
                {"displayName": "数据库重启测试指标（API 示例数据）", "unit": "亿元", "direction": "HIGHER_IS_BETTER"}""")
                .post("/api/v1/indicators?indicatorId=fault-db-values").then().statusCode(201);
        int[] readinessWhileDown = new int[2];
        Tally tally = stream(i -> admin().body("""
                {"region": "regions/%s", "period": {"kind": "MONTH", "year": %d, "month": %d}, "value": "%d",
                 "status": "FINAL", "source": "故障测试（API 示例数据）"}""".formatted(JINSHUI, 2001 + i / 12, 1 + i % 12, i))
                .post("/api/v1/indicators/fault-db-values/observations"),
                40, () -> {
                    system.postgres().stop();
                    // Readiness sampled while the database is down: every answer should be "not ready".
                    long until = System.nanoTime() + Duration.ofSeconds(4).toNanos();
                    while (System.nanoTime() < until) {
                        readinessWhileDown[system.indicators.reportsReady() ? 1 : 0]++;
                        Thread.sleep(250);
                    }
                    system.postgres().start();
                });

        List<String> periods = storedPeriods("fault-db-values");
        int doubled = periods.size() - (int) periods.stream().distinct().count();
        System.out.println("PostgreSQL restarted (down 4 s) during " + WRITES + " values: "
                + tally.describe(periods.size(), doubled) + "; indicators-service readiness while down: "
                + readinessWhileDown[0] + " not ready, " + readinessWhileDown[1] + " ready");
        assertFaultWasSeenAndNothingLostOrDoubled(tally, periods.size(), doubled);
        assertEquals(0, readinessWhileDown[1], "readiness said ready while the database was down");
        assertTrue(readinessWhileDown[0] > 0, "readiness was sampled while the database was down");
        assertTrue(system.indicators.reportsReady(), "readiness is back once the database is");
    }

    @Test
    void projectsCreatedWithIdempotencyKeysAcrossAKillOfProjectsServiceAreAllStoredOnce() throws Exception {
        Tally tally = stream(i -> admin().header("Idempotency-Key", "fault-create-" + i)
                .body("{\"displayName\": \"故障测试新项目 " + i + "（API 示例数据）\", \"regionCode\": \"" + JINSHUI + "\"}")
                .post("/api/v1/projects?projectId=fault-created-" + i),
                40, () -> {
                    system.projects.kill();
                    Thread.sleep(1000);
                    system.projects = system.projects.restart();
                });

        JsonPath listed = admin().get("/api/v1/projects?regionCode=" + JINSHUI + "&pageSize=1000").then()
                .statusCode(200).extract().jsonPath();
        List<String> created = listed.<String>getList("projects.name").stream()
                .filter(name -> name.startsWith("projects/fault-created-")).toList();
        int doubled = created.size() - (int) created.stream().distinct().count();
        System.out.println("kill -9 projects-service during " + WRITES + " creates with Idempotency-Key: "
                + tally.describe(created.size(), doubled));
        assertFaultWasSeenAndNothingLostOrDoubled(tally, created.size(), doubled);
    }

    @Test
    void monthlyReportsSentWhileProjectsServiceHangsPastTheDeadlineAreAllStoredOnce() throws Exception {
        Tally tally = stream(i -> admin().body("""
                {"year": %d, "month": %d, "cumulativeCompleted": {"amount": "%d"}}""".formatted(2011 + i / 12,
                        1 + i % 12, 1000 * (1 + i % 12)))
                .post("/api/v1/projects/fault-reports/investment-reports"),
                40, () -> {
                    system.projects.signal("STOP");
                    Thread.sleep(7000);
                    system.projects.signal("CONT");
                });

        Map<String, Integer> months = new HashMap<>();
        for (int year = 2011; year < 2011 + WRITES / 12; year++) {
            for (Map<String, Object> report : admin().get("/api/v1/projects/fault-reports/investment-reports?year="
                    + year).then().statusCode(200).extract().jsonPath().<Map<String, Object>>getList("$")) {
                months.merge(year + "-" + report.get("month"), 1, Integer::sum);
            }
        }
        int stored = months.values().stream().mapToInt(Integer::intValue).sum();
        int doubled = stored - months.size();
        System.out.println("SIGSTOP projects-service for 7 s during " + WRITES + " monthly reports: "
                + tally.describe(stored, doubled));
        assertFaultWasSeenAndNothingLostOrDoubled(tally, stored, doubled);
        assertTrue(tally.refusals.containsKey(504), "a hung service answers 504 at the deadline: " + tally.refusals);
    }

    /** Every stored value of {@code indicator} in 金水区, history included, as "year-month=value". */
    private static List<String> storedPeriods(String indicator) {
        JsonPath stored = admin().get("/api/v1/indicators/" + indicator + "/observations?regionCode=" + JINSHUI
                + "&includeHistory=true&pageSize=1000").then().statusCode(200).extract().jsonPath();
        List<String> periods = new ArrayList<>();
        for (Map<String, Object> row : stored.<Map<String, Object>>getList("observations")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> period = (Map<String, Object>) row.get("period");
            periods.add(period.get("year") + "-" + period.get("month") + "=" + row.get("value"));
        }
        return periods;
    }

    private static void assertFaultWasSeenAndNothingLostOrDoubled(Tally tally, int stored, int doubled) {
        assertEquals(WRITES, tally.acknowledged, "every write was acknowledged in the end");
        assertTrue(tally.refused() > 0, "the fault was seen by the client: " + tally.refusals);
        assertTrue(tally.onlyUnavailableOrDeadline(), "refusals were 503/504 only: " + tally.refusals);
        assertEquals(WRITES, stored, "acknowledged writes stored");
        assertEquals(0, doubled, "writes stored twice");
    }

    /** A fault, run beside the stream of writes. */
    private interface Fault {
        void strike() throws Exception;
    }

    /**
     * Sends writes 0…{@link #WRITES}-1 in order, each again until acknowledged (a pause of 100 ms after a refusal),
     * and strikes {@code fault} in another thread once {@code strikeAfter} writes are acknowledged.
     */
    private static Tally stream(IntFunction<Response> write, int strikeAfter, Fault fault) throws Exception {
        Tally tally = new Tally();
        CompletableFuture<Void> struck = null;
        for (int i = 0; i < WRITES; i++) {
            if (i == strikeAfter) {
                struck = CompletableFuture.runAsync(() -> {
                    try {
                        fault.strike();
                    } catch (Exception e) {
                        throw new IllegalStateException("the fault could not be struck or healed", e);
                    }
                });
                Thread.sleep(200);
            }
            long giveUp = System.nanoTime() + PATIENCE.toNanos();
            while (true) {
                tally.sent++;
                int status = write.apply(i).statusCode();
                if (status >= 200 && status < 300) {
                    tally.acknowledged++;
                    break;
                }
                tally.refusals.merge(status, 1, Integer::sum);
                if (System.nanoTime() > giveUp) {
                    throw new AssertionError("write " + i + " not acknowledged in " + PATIENCE + ": " + tally.refusals);
                }
                Thread.sleep(100);
            }
        }
        if (struck != null) {
            struck.get();
        }
        return tally;
    }

    private static io.restassured.specification.RequestSpecification admin() {
        return given().auth().oauth2(PlanMonitorSystem.ADMIN).contentType(ContentType.JSON);
    }
}
