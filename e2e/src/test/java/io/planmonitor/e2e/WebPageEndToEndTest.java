package io.planmonitor.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The web front page the gateway serves at /, in a real browser: the system with the seed dataset, a few made-up
 * records (API 示例数据) so that the pages have a lagging target, a project behind pace and a document to review, then
 * e2e/browser/front-page.test.mjs driving Debian's headless Chromium (playwright-core) against it. Screenshots of each
 * page are written to target/screenshots.
 */
class WebPageEndToEndTest {

    private static final String XINZHENG = "410184";
    private static final String EDITOR = PlanMonitorSystem.TOKENS.mint("xinzheng-editor", List.of("editor"),
            List.of(XINZHENG), Duration.ofHours(1));
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    private static final String BULLETIN = """
            测试用虚构公报（API 示例数据，非真实统计数据）
            一、综合
            初步核算，全年全市社会消费品零售总额增长9.5%，地区生产总值增长6.2%。
            新增市场主体1 200户。
            """;

    private static PlanMonitorSystem system;

    @BeforeAll
    static void startSystem() throws Exception {
        system = PlanMonitorSystem.start();
        RestAssured.port = system.gatewayPort();
        RestAssured.authentication = RestAssured.DEFAULT_AUTH;
        PlanMonitorSystem.SeedRun seed = system.loadSeedDataset();
        assertEquals(0, seed.exitCode(), seed.output());
    }

    @AfterAll
    static void stopSystem() throws Exception {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void theFrontPagesWorkInHeadlessChromium() throws Exception {
        assertTrue(Files.isExecutable(CHROMIUM), CHROMIUM + " is missing: scripts/test.sh installs Debian's chromium");
        given().get("/").then().statusCode(200).contentType(ContentType.HTML);
        given().get("/webjars/echarts/dist/echarts.min.js").then().statusCode(200);

        // A 2023 result below the path to 新郑市's 470 亿元 of 2025: the retail-sales target lags.
        as(EDITOR).body("""
                        {"region": "regions/410184", "period": {"kind": "YEAR", "year": 2023}, "value": "330",
                         "status": "PRELIMINARY", "source": "API 示例数据（虚构）"}""")
                .post("/api/v1/indicators/retail-sales/observations").then().statusCode(200);
        // A project of 12.5 亿元 with 0.8 of its 4.8 亿元 plan done by April: behind pace.
        as(EDITOR).body("""
                        {"displayName": "示例产业园（API 示例数据）", "regionCode": "410184", "level": "MUNICIPAL",
                         "stage": "PLANNED", "sector": "先进制造业", "totalInvestment": {"amount": "1250000000"}}""")
                .post("/api/v1/projects?projectId=web-demo-park").then().statusCode(201);
        as(EDITOR).body("{\"stage\": \"PREPARING\", \"eventDate\": \"2024-01-15\", \"reason\": \"列入前期\"}")
                .post("/api/v1/projects/web-demo-park/events").then().statusCode(200);
        as(EDITOR).body("{\"amount\": {\"amount\": \"480000000\"}}")
                .put("/api/v1/projects/web-demo-park/investment-plans/2024").then().statusCode(200);
        for (int month = 1; month <= 4; month++) {
            as(EDITOR).body("{\"year\": 2024, \"month\": " + month + ", \"cumulativeCompleted\": {\"amount\": \""
                    + month * 20_000_000 + "\"}}").post("/api/v1/projects/web-demo-park/investment-reports").then()
                    .statusCode(200);
        }
        as(EDITOR).body(Map.of("title", "测试用虚构公报（API 示例数据）", "regionCode", XINZHENG,
                        "kind", "STATISTICAL_BULLETIN", "startYear", 2024, "text", BULLETIN))
                .post("/api/v1/documents?documentId=web-demo-bulletin").then().statusCode(201);

        Path screenshots = Files.createDirectories(Path.of("target", "screenshots")).toAbsolutePath();
        Path log = Files.createDirectories(Path.of("target", "e2e-logs")).resolve("browser.log");
        ProcessBuilder node = new ProcessBuilder("node", "--test", "--test-reporter=spec",
                PlanMonitorSystem.ROOT.resolve("e2e/browser/front-page.test.mjs").toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        node.environment().putAll(Map.of(
                "PLANMONITOR_URL", "http://localhost:" + system.gatewayPort(),
                "PLANMONITOR_EDITOR_TOKEN", EDITOR,
                "PLANMONITOR_DOCUMENT", "web-demo-bulletin",
                "PLANMONITOR_PROJECT", "web-demo-park",
                "PLANMONITOR_SCREENSHOTS", screenshots.toString(),
                "CHROMIUM", CHROMIUM.toString()));
        Process run = node.start();
        boolean finished = run.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            run.destroyForcibly();
        }
        String output = Files.readString(log);
        System.out.println(output);
        assertTrue(finished, "the browser test did not finish in 5 minutes:\n" + output);
        assertEquals(0, run.exitValue(), output);
        assertTrue(output.contains("# pass 6") || output.contains("ℹ pass 6"), "all six pages were tested:\n" + output);
        for (String page : List.of("region-1366", "region-phone", "plan-table", "projects", "project", "document-review",
                "evaluation-notes")) {
            assertTrue(Files.size(screenshots.resolve(page + ".png")) > 0, page);
        }
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }
}
