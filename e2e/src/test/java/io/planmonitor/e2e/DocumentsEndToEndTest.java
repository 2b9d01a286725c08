package io.planmonitor.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Document ingestion across the running system, through the gateway: a statistical bulletin submitted to
 * documents-service, its candidates reviewed, an accepted result written through indicators-service as the reviewer
 * and read back as the target's evaluation; the same bytes again change nothing; bad input is refused naming the
 * field and stores nothing; an editor of another region may neither submit nor review. The bulletin's text is made
 * up for this test (API 示例数据, not a real bulletin's figures).
 */
class DocumentsEndToEndTest {

    private static final String XINZHENG = "410184";
    private static final String BULLETIN = """
            测试用虚构公报（API 示例数据，非真实统计数据）
            一、综合
            初步核算，全年全市社会消费品零售总额增长9.5%，地区生产总值增长6.2%。
            新增市场主体1 200户。
            """;
    private static final String EDITOR = PlanMonitorSystem.TOKENS.mint("xinzheng-editor", List.of("editor"),
            List.of(XINZHENG), Duration.ofHours(1));
    private static final String OTHER_EDITOR = PlanMonitorSystem.TOKENS.mint("jinshui-editor", List.of("editor"),
            List.of("410105"), Duration.ofHours(1));

    private static PlanMonitorSystem system;

    @BeforeAll
    static void startSystem() throws Exception {
        system = PlanMonitorSystem.start();
        RestAssured.port = system.gatewayPort();
        RestAssured.authentication = RestAssured.DEFAULT_AUTH;
    }

    @AfterAll
    static void stopSystem() throws Exception {
        if (system != null) {
            system.close();
        }
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static Map<String, Object> bulletin(String text) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "测试用虚构公报（API 示例数据）");
        body.put("regionCode", XINZHENG);
        body.put("kind", "STATISTICAL_BULLETIN");
        body.put("startYear", 2021);
        body.put("text", text);
        return body;
    }

    @Test
    void submitReviewAcceptAndEvaluate() {
        // A plan of our own with a retail-growth target, as a plan office would have it before the bulletin arrives.
        as(PlanMonitorSystem.ADMIN).body("{\"displayName\": \"社会消费品零售总额增长率\", \"unit\": \"%\","
                        + " \"category\": \"经济发展\", \"direction\": \"HIGHER_IS_BETTER\"}")
                .post("/api/v1/indicators?indicatorId=doc-retail-growth").then().statusCode(201);
        as(PlanMonitorSystem.ADMIN).body("""
                        {"displayName": "测试规划（API 示例数据）", "kind": "FIVE_YEAR_PLAN_OUTLINE",
                         "region": "regions/410184", "startYear": 2021, "endYear": 2025}""")
                .post("/api/v1/plans?planId=doc-test-outline").then().statusCode(201);
        as(PlanMonitorSystem.ADMIN).body("""
                        {"indicator": "indicators/doc-retail-growth", "baselineYear": 2020, "targetYear": 2025,
                         "targetValue": "9", "form": "AVERAGE_ANNUAL_GROWTH", "comparator": "AT_LEAST",
                         "attribute": "EXPECTED", "unit": "%"}""")
                .post("/api/v1/plans/doc-test-outline/targets?targetId=retail-growth").then().statusCode(201);
        given().get("/api/v1/plans/doc-test-outline/targets/retail-growth/progress?asOf=2022-06-30").then()
                .statusCode(200).body("status", equalTo("NOT_ASSESSABLE"));

        // Another region's editor may not submit 新郑市's document.
        as(OTHER_EDITOR).body(bulletin(BULLETIN)).post("/api/v1/documents").then().statusCode(403);

        JsonPath submitted = as(EDITOR).body(bulletin(BULLETIN)).post("/api/v1/documents").then().statusCode(201)
                .body("alreadySubmitted", equalTo(false)).body("document.charset", equalTo("UTF-8"))
                .body("document.kindZh", equalTo("统计公报")).extract().jsonPath();
        String document = submitted.getString("document.name");
        String id = document.substring("documents/".length());
        JsonPath results = given().get("/api/v1/documents/" + id + "/candidates?kind=OBSERVATION").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(3, results.getList("candidates").size(), results.prettify());
        String text = given().get("/api/v1/documents/" + id + "?view=FULL").then().statusCode(200)
                .extract().jsonPath().getString("text");
        for (int i = 0; i < 3; i++) {
            assertEquals(text.substring(results.getInt("candidates[" + i + "].startOffset"),
                    results.getInt("candidates[" + i + "].endOffset")), results.getString("candidates[" + i + "].quote"));
            assertEquals("prose-result", results.getString("candidates[" + i + "].rule"));
        }
        assertEquals("indicators/doc-retail-growth", results.getString("candidates[0].observation.indicator.indicator"));
        assertEquals("9.5", results.getString("candidates[0].observation.value"));
        assertEquals("2021", results.getString("candidates[0].observation.period"));
        assertEquals("PRELIMINARY", results.getString("candidates[0].observation.status"));
        String retail = results.getString("candidates[0].name");
        String retailQuote = results.getString("candidates[0].quote");

        // The same bytes again: recognised, nothing added.
        as(EDITOR).body(bulletin(BULLETIN)).post("/api/v1/documents").then().statusCode(200)
                .body("alreadySubmitted", equalTo(true)).body("document.name", equalTo(document))
                .body("candidateCount", equalTo(submitted.getInt("candidateCount")));

        // An editor of 金水区 may not review 新郑市's document.
        as(OTHER_EDITOR).post("/api/v1/" + retail + "/accept").then().statusCode(403);

        // A stale etag is refused; the current one accepts, written through indicators-service as the reviewer.
        as(EDITOR).header("If-Match", "\"99\"").post("/api/v1/" + retail + "/accept").then().statusCode(412);
        JsonPath accepted = as(EDITOR).header("If-Match", "\"" + results.getString("candidates[0].etag") + "\"")
                .post("/api/v1/" + retail + "/accept").then().statusCode(200)
                .body("state", equalTo("ACCEPTED")).body("reviewedBy", equalTo("xinzheng-editor"))
                .body("writtenResource", startsWith("indicators/doc-retail-growth/observations/"))
                .extract().jsonPath();
        given().get("/api/v1/indicators/doc-retail-growth/observations?regionCode=" + XINZHENG).then().statusCode(200)
                .body("observations[0].value", equalTo("9.5")).body("observations[0].quote", equalTo(retailQuote))
                .body("observations[0].status", equalTo("PRELIMINARY"));
        // The target can be judged now: one year of 9.5 % against at least 9 % a year.
        String status = given().get("/api/v1/plans/doc-test-outline/targets/retail-growth/progress?asOf=2022-06-30")
                .then().statusCode(200).extract().jsonPath().getString("status");
        assertTrue(List.of("ON_TRACK", "ACHIEVED").contains(status), status);
        as(PlanMonitorSystem.ADMIN).get("/api/v1/audit-events?service=indicators&actor=xinzheng-editor").then()
                .statusCode(200).body("auditEvents[0].resource", equalTo(accepted.getString("writtenResource")));
        as(PlanMonitorSystem.ADMIN).get("/api/v1/audit-events?resource=" + retail).then().statusCode(200)
                .body("auditEvents[0].actor", equalTo("xinzheng-editor"));

        // A reviewer corrects a candidate before accepting it: the GDP growth goes to an indicator named by hand.
        String gdp = results.getString("candidates[1].name");
        as(EDITOR).body("{\"observation\": {\"value\": \"6.3\", \"indicator\": {\"indicator\": \"indicators/doc-retail-growth\"}}}")
                .patch("/api/v1/" + gdp).then().statusCode(200)
                .body("observation.value", equalTo("6.3"))
                .body("observation.indicator.indicator", equalTo("indicators/doc-retail-growth"))
                .body("observation.period", equalTo("2021"));

        // Rejected stays rejected; a reviewed candidate cannot be accepted again.
        as(EDITOR).post("/api/v1/" + gdp + "/reject").then().statusCode(200).body("state", equalTo("REJECTED"));
        as(EDITOR).post("/api/v1/" + gdp + "/accept").then().statusCode(400);

        // The rest in one review: every pending candidate rejected, an outcome for each.
        JsonPath review = as(EDITOR).body("{\"action\": \"REJECT\"}").post("/api/v1/documents/" + id + "/reviews")
                .then().statusCode(200).body("failed", equalTo(0)).extract().jsonPath();
        assertEquals(submitted.getInt("candidateCount") - 2, review.getInt("succeeded"));
        given().get("/api/v1/documents/" + id).then().statusCode(200)
                .body("pendingCount", equalTo(0)).body("acceptedCount", equalTo(1));
    }

    @Test
    void aReviewerAddsWhatTheExtractorMissedWithItsArithmeticRegionAndAddress() {
        // A release stating last year's rate only by difference, and a district's figure in the city's text.
        String release = """
                测试用虚构快报（API 示例数据，非真实统计数据）
                1—2月，全市固定资产投资增长6.2%，
                增速比上年全年加快0.9个百分点。新郑市地区生产总值增长5.0%。
                """;
        as(PlanMonitorSystem.ADMIN).body("{\"displayName\": \"固定资产投资增长率（测试）\", \"unit\": \"%\","
                        + " \"category\": \"经济发展\", \"direction\": \"HIGHER_IS_BETTER\"}")
                .post("/api/v1/indicators?indicatorId=doc-fai-growth").then().statusCode(201);
        Map<String, Object> body = bulletin(release);
        body.put("title", "测试用虚构快报（API 示例数据）");
        body.put("regionCode", "410100");
        body.put("sourceUrl", "https://example.org/release");
        body.put("secondary", true);
        String id = as(PlanMonitorSystem.ADMIN).body(body).post("/api/v1/documents").then().statusCode(201)
                .body("document.sourceUrl", equalTo("https://example.org/release"))
                .body("document.secondary", equalTo(true))
                .extract().jsonPath().getString("document.name").substring("documents/".length());

        // The quote may wrap differently from the text: the candidate takes the text's own words and offsets.
        JsonPath added = as(PlanMonitorSystem.ADMIN).body("""
                        {"quote": "全市固定资产投资增长6.2%， 增速比上年全年加快0.9个百分点",
                         "observation": {"indicator": {"indicator": "indicators/doc-fai-growth"}, "value": "5.3",
                          "unit": "%", "period": "2024", "status": "PRELIMINARY",
                          "derivation": "5.3 = 6.2 − 0.9：1—2月增长6.2%，比上年全年加快0.9个百分点"}}""")
                .post("/api/v1/documents/" + id + "/candidates").then().statusCode(201)
                .body("rule", equalTo("reviewer")).body("state", equalTo("PENDING"))
                .extract().jsonPath();
        String text = given().get("/api/v1/documents/" + id + "?view=FULL").then().statusCode(200)
                .extract().jsonPath().getString("text");
        assertEquals(text.substring(added.getInt("startOffset"), added.getInt("endOffset")), added.getString("quote"));
        assertEquals("全市固定资产投资增长6.2%，\n增速比上年全年加快0.9个百分点", added.getString("quote"));
        as(PlanMonitorSystem.ADMIN).post("/api/v1/" + added.getString("name") + "/accept").then().statusCode(200)
                .body("state", equalTo("ACCEPTED"));
        given().get("/api/v1/indicators/doc-fai-growth/observations?regionCode=410100").then().statusCode(200)
                .body("observations[0].value", equalTo("5.3"))
                .body("observations[0].derivation", startsWith("5.3 = 6.2 − 0.9"))
                .body("observations[0].sourceUrl", equalTo("https://example.org/release"))
                .body("observations[0].secondary", equalTo(true))
                .body("observations[0].source", equalTo("测试用虚构快报（API 示例数据）"));

        // A district's figure in the city's text goes to the district.
        String district = as(PlanMonitorSystem.ADMIN).body("""
                        {"quote": "新郑市地区生产总值增长5.0%", "observation": {"indicator": {"indicator":
                         "indicators/doc-fai-growth"}, "value": "5.0", "unit": "%", "period": "2025",
                         "status": "PRELIMINARY", "regionCode": "410184"}}""")
                .post("/api/v1/documents/" + id + "/candidates").then().statusCode(201).extract().jsonPath()
                .getString("name");
        as(PlanMonitorSystem.ADMIN).post("/api/v1/" + district + "/accept").then().statusCode(200);
        given().get("/api/v1/indicators/doc-fai-growth/observations?regionCode=410184").then().statusCode(200)
                .body("observations[0].value", equalTo("5")).body("observations[0].region", equalTo("regions/410184"));

        // Words the text does not hold, or no reading, are refused by name and add nothing; an editor of another
        // region may not add to the city's document.
        int before = given().get("/api/v1/documents/" + id + "/candidates").then().statusCode(200).extract()
                .jsonPath().getInt("totalSize");
        as(PlanMonitorSystem.ADMIN).body("{\"quote\": \"增长7.7%\", \"observation\": {\"value\": \"7.7\"}}")
                .post("/api/v1/documents/" + id + "/candidates").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.endsWith("quote"));
        as(PlanMonitorSystem.ADMIN).body("{\"quote\": \"增长6.2%\"}")
                .post("/api/v1/documents/" + id + "/candidates").then().statusCode(400);
        as(OTHER_EDITOR).body("{\"quote\": \"增长6.2%\", \"observation\": {\"value\": \"6.2\"}}")
                .post("/api/v1/documents/" + id + "/candidates").then().statusCode(403);
        given().get("/api/v1/documents/" + id + "/candidates").then().statusCode(200)
                .body("totalSize", equalTo(before));
    }

    @Test
    void gbkBytesAreDecoded() {
        byte[] gbk = BULLETIN.replace("9.5%", "9.6%").getBytes(Charset.forName("GBK"));
        Map<String, Object> body = bulletin(null);
        body.remove("text");
        body.put("content", Base64.getEncoder().encodeToString(gbk));
        body.put("fileName", "bulletin-gbk.txt");
        as(PlanMonitorSystem.ADMIN).body(body).post("/api/v1/documents").then().statusCode(201)
                .body("document.charset", equalTo("GBK"))
                .body("candidateCount", org.hamcrest.Matchers.greaterThanOrEqualTo(3));
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndStoresNothing() {
        int before = given().get("/api/v1/documents").then().statusCode(200).extract().jsonPath().getInt("totalSize");
        assertRefused(bulletin(""), "content");
        assertRefused(base64("%PDF-1.7 binary".getBytes(StandardCharsets.US_ASCII)), "content");
        assertRefused(base64(new byte[] {0, 1, 2, 3, 0, 0, 5, 6, 7, 0}), "content");
        assertRefused(base64(new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0x81, 0x30, (byte) 0xff}), "content");
        Map<String, Object> notBase64 = bulletin(null);
        notBase64.remove("text");
        notBase64.put("content", "not base64 ***");
        assertRefused(notBase64, "content");
        assertRefused(with("regionCode", "4101"), "regionCode");
        assertRefused(with("regionCode", "419999"), "regionCode");
        assertRefused(with("kind", "NEWSPAPER"), "kind");
        assertRefused(with("title", " "), "title");
        assertRefused(with("startYear", 1800), "startYear");
        assertRefused(with("endYear", 2010), "endYear");
        given().get("/api/v1/documents").then().statusCode(200).body("totalSize", equalTo(before));
    }

    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> body = bulletin("正文（API 示例数据）");
        body.put(field, value);
        return body;
    }

    private static Map<String, Object> base64(byte[] content) {
        Map<String, Object> body = bulletin(null);
        body.remove("text");
        body.put("content", Base64.getEncoder().encodeToString(content));
        return body;
    }

    private static void assertRefused(Map<String, Object> body, String field) {
        as(PlanMonitorSystem.ADMIN).body(body).post("/api/v1/documents").then().statusCode(400)
                .body("errors[0].field", equalTo(field));
    }
}
