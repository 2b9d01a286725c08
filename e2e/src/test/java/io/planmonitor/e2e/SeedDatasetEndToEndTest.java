package io.planmonitor.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The seed dataset loaded into a fresh system by its loader, through the services' gRPC APIs, then read back through
 * the gateway: every document's records arrived, a second load changes nothing, and records picked across the five
 * documents carry the numbers and the sentences the documents print.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeedDatasetEndToEndTest {

    private static final String XINZHENG = "xinzheng-14th-fyp-outline";
    private static final String JINSHUI = "jinshui-14th-fyp-outline";
    private static final String WORK_REPORT = "zhengzhou-2024-work-report";
    private static final String ANNUAL_PLAN = "zhengzhou-2024-annual-plan";
    private static final String RECOMMENDATIONS = "zhengzhou-15th-fyp-recommendations";

    private static PlanMonitorSystem system;

    @BeforeAll
    static void startSystem() throws Exception {
        system = PlanMonitorSystem.start();
        RestAssured.port = system.gatewayPort();
        // Every request of these tests is an admin's; the access tests set their own token.
        RestAssured.authentication = RestAssured.oauth2(PlanMonitorSystem.ADMIN);
    }

    @AfterAll
    static void stopSystem() throws Exception {
        if (system != null) {
            system.close();
        }
    }

    @Test
    @Order(0)
    void loadsEverythingOnceAndASecondLoadChangesNothing() throws Exception {
        PlanMonitorSystem.SeedRun first = system.loadSeedDataset();
        assertEquals(0, first.exitCode(), first.output());
        assertTrue(first.output().contains(" 0 failed."), first.output());

        PlanMonitorSystem.SeedRun second = system.loadSeedDataset();
        assertEquals(0, second.exitCode(), second.output());
        assertTrue(second.output().contains("Seed dataset: 0 records created"), second.output());
    }

    @Test
    @Order(1)
    void printsTheShareOfSeededTargetsThatCanBeAssessed() throws Exception {
        // A measure of the dataset, not a goal: per plan, how many targets have the actuals of the public record to
        // be judged at the end of 2023, 2024 and 2025, read before any other test records an observation. Printed,
        // and kept in target/.
        List<String> plans = given().get("/api/v1/plans?pageSize=100").then().statusCode(200).extract().jsonPath()
                .getList("items.name", String.class).stream().map(name -> name.substring("plans/".length()))
                .sorted().toList();
        StringBuilder report = new StringBuilder("Seeded targets that can be assessed on the public record\n");
        for (String asOf : List.of("2023-12-31", "2024-12-31", "2025-12-31")) {
            int all = 0;
            int allAssessable = 0;
            int seedTargets = 0;
            for (String plan : plans) {
                Map<String, Integer> byStatus = new TreeMap<>();
                JsonPath table = given().get("/api/v1/dashboards/plans/" + plan + "?asOf=" + asOf).then()
                        .statusCode(200).extract().jsonPath();
                List<Map<String, Object>> rows = table.getList("rows");
                for (Map<String, Object> row : rows) {
                    String status = (String) row.get("status");
                    byStatus.merge(status, 1, Integer::sum);
                    if ("NOT_ASSESSABLE".equals(status)) {
                        assertTrue(row.get("explanationZh") != null && !((String) row.get("explanationZh")).isBlank(),
                                "an unassessable target says why: " + row.get("target"));
                    }
                }
                if (List.of(RECOMMENDATIONS, JINSHUI, WORK_REPORT, XINZHENG, ANNUAL_PLAN).contains(plan)) {
                    seedTargets += rows.size();
                }
                int assessable = rows.size() - byStatus.getOrDefault("NOT_ASSESSABLE", 0);
                all += rows.size();
                allAssessable += assessable;
                if (!rows.isEmpty()) {
                    report.append(String.format("as of %s  %-40s %3d of %3d assessable (%5.1f %%) %s%n", asOf, plan,
                            assessable, rows.size(), 100.0 * assessable / rows.size(), byStatus));
                }
            }
            assertEquals(516, seedTargets, "every target of the seed documents is on its plan's table");
            report.append(String.format("as of %s  %-40s %3d of %3d assessable (%5.1f %%)%n", asOf, "all plans",
                    allAssessable, all, 100.0 * allAssessable / all));
        }
        System.out.print(report);
        Files.writeString(Path.of("target", "seed-assessable-share.txt"), report);
    }

    @Test
    @Order(1)
    void reconcilesEachRegionsDocumentsForAYear() throws Exception {
        // Printed as a measure of the dataset: how many indicators each region's documents speak of for a year, and
        // what disagrees. Checked by hand on three rows.
        StringBuilder report = new StringBuilder("Reconciliation of the seeded documents\n");
        for (String region : List.of("410100", "410105", "410184")) {
            for (int year : List.of(2023, 2024)) {
                JsonPath reconciliation = given().get("/api/v1/regions/" + region + "/reconciliation?year=" + year)
                        .then().statusCode(200).extract().jsonPath();
                report.append(String.format("  %s %d: %d rows, flags %s%n", region, year,
                        reconciliation.getList("rows").size(), reconciliation.getMap("flagCounts")));
            }
        }
        System.out.print(report);
        Files.writeString(Path.of("target", "seed-reconciliation.txt"), report);

        // 郑州市 2024: the annual plan's 地区生产总值增长7%左右 against the public record's 5.7% (the 2025 bulletin's
        // figure, REVISED, the current of three vintages): below the annual target.
        Map<String, Object> gdp = row("410100", 2024, "indicators/gdp-growth");
        assertEquals("plans/zhengzhou-2024-annual-plan/targets/t-gdp-growth",
                ((Map<?, ?>) gdp.get("annualTarget")).get("name"));
        assertEquals("7", ((Map<?, ?>) gdp.get("annualTarget")).get("targetValue"));
        assertEquals(null, gdp.get("outlineTarget"));
        assertEquals(List.of("ACTUAL_BELOW_ANNUAL_TARGET"), gdp.get("flags"));
        // 新郑市 2023: the outline's 年均增长7.7%左右 is the pace of every year of 2021–2025.
        Map<String, Object> xinzhengGdp = row("410184", 2023, "indicators/gdp-growth");
        assertEquals("7.7", xinzhengGdp.get("requiredPace"));
        assertEquals(null, xinzhengGdp.get("annualTarget"));
        // Without a year there is nothing to reconcile: refused, naming the field.
        given().get("/api/v1/regions/410100/reconciliation").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
    }

    private static Map<String, Object> row(String region, int year, String indicator) {
        List<Map<String, Object>> rows = given().get("/api/v1/regions/" + region + "/reconciliation?year=" + year)
                .then().statusCode(200).extract().jsonPath().getList("rows");
        return rows.stream().filter(r -> indicator.equals(r.get("indicator"))).findFirst()
                .orElseThrow(() -> new AssertionError(indicator + " is not reconciled for " + region + " " + year));
    }

    @Test
    @Order(2)
    void everyDocumentHasItsPlanTargetsAndProjects() {
        given().get("/api/v1/plans?pageSize=100").then().statusCode(200)
                .body("items.name", containsInAnyOrder("plans/zhengzhou-14th-fyp-outline", "plans/" + RECOMMENDATIONS,
                        "plans/" + JINSHUI, "plans/" + WORK_REPORT, "plans/" + XINZHENG, "plans/" + ANNUAL_PLAN,
                        // the annual targets of other years, from the public record
                        "plans/zhengzhou-2022-annual-plan", "plans/zhengzhou-2022-work-report",
                        "plans/zhengzhou-2023-work-report", "plans/zhengzhou-2026-targets"));
        given().get("/api/v1/plans/" + WORK_REPORT).then().statusCode(200)
                .body("kind", equalTo("GOVERNMENT_WORK_REPORT"))
                .body("issueDate", equalTo("2024-02-03"))
                .body("parent", equalTo("plans/zhengzhou-14th-fyp-outline"))
                .body("sourceDocumentSha256", equalTo("dddc57afaf518b536f936d1246d23cd6c95b9dc7c7f7661326ecbada8f1dec6f"));
        // plan → {targets, projects}: the counts of each document's file.
        Map<String, List<Integer>> counts = Map.of(
                RECOMMENDATIONS, List.of(6, 50),
                JINSHUI, List.of(61, 31),
                WORK_REPORT, List.of(162, 154),
                XINZHENG, List.of(131, 345),
                ANNUAL_PLAN, List.of(156, 146));
        counts.forEach((plan, expected) -> {
            given().get("/api/v1/plans/" + plan + "/targets?pageSize=1").then().statusCode(200)
                    .body("totalSize", equalTo(expected.get(0)));
            given().get("/api/v1/projects?pageSize=1&plan=" + plan).then().statusCode(200)
                    .body("totalSize", equalTo(expected.get(1)));
        });
        given().get("/api/v1/plans/" + XINZHENG + "/targets?pageSize=200").then().statusCode(200)
                .body("items.findAll { it.provenance.location.startsWith('专栏1 ') }.size()", equalTo(25));
        // 59 of the seed documents, 3 of the 2022 plan-execution digest (public record).
        given().get("/api/v1/reported-totals?regionCode=410100").then().statusCode(200)
                .body("size()", equalTo(62));
        // The district and county outlines' own programme totals (十三五 results).
        given().get("/api/v1/reported-totals?regionCode=410105").then().statusCode(200).body("size()", equalTo(4));
        // 3 of the outline, 1 of the 2024 work report (public record: 257 key projects, 427.1亿元 in 2023).
        JsonPath xinzhengTotals = given().get("/api/v1/reported-totals?regionCode=410184").then().statusCode(200)
                .body("size()", equalTo(4)).extract().jsonPath();
        assertEquals("271630000000", xinzhengTotals.getString(
                "find { it.name == 'reported-totals/xz14-signed-projects' }.totalInvestment.amount").replace(".00", ""));

        // 郑州市 with the regions under it is the city's own projects, 金水区's and 新郑市's.
        int city = projectCount("regionCode=410100");
        int jinshui = projectCount("regionCode=410105");
        int xinzheng = projectCount("regionCode=410184");
        assertTrue(city > 0 && jinshui > 0 && xinzheng > 0, city + " " + jinshui + " " + xinzheng);
        assertEquals(city + jinshui + xinzheng, projectCount("regionCode=410100&includeSubregions=true"));
        assertEquals(jinshui, projectCount("regionCode=410105&includeSubregions=true"), "a district has none under it");
        given().get("/api/v1/projects?includeSubregions=true").then().statusCode(400)
                .body("errors[0].field", equalTo("includeSubregions"));
        // The city's 4 seed plans and the 4 plans of annual targets from the public record.
        given().get("/api/v1/plans?regionCode=410100").then().statusCode(200).body("totalSize", equalTo(8));
        given().get("/api/v1/plans?regionCode=410100&includeSubregions=true").then().statusCode(200)
                .body("totalSize", equalTo(10)).body("items.name", hasItem("plans/" + JINSHUI));
    }

    private static int projectCount(String filter) {
        return given().get("/api/v1/projects?pageSize=1&" + filter).then().statusCode(200).extract().path("totalSize");
    }

    @Test
    @Order(2)
    void thePublicRecordIsReviewedInTheDocumentsAndJudgesTheTargetsOnItsFigures() {
        // 文件审核: the 29 texts of shared/public-record, each reviewed to the end (nothing pending, figures accepted).
        JsonPath documents = given().get("/api/v1/documents?pageSize=100").then().statusCode(200).extract().jsonPath();
        assertEquals(29, documents.getInt("totalSize"));
        assertEquals(List.of(), documents.getList("documents.findAll { it.pendingCount != 0 }.name"));
        assertEquals(List.of(), documents.getList("documents.findAll { it.acceptedCount == 0 }.name"));
        given().get("/api/v1/documents/zhengzhou-2025-statistical-bulletin").then().statusCode(200)
                .body("kind", equalTo("STATISTICAL_BULLETIN"))
                .body("sourceUrl", equalTo("https://tjj.zhengzhou.gov.cn/tjgb/10017864.jhtml"));

        // 2024 GDP: the January news' 14532.1 and the 2025 bulletin's revision 14569.6 are both kept; the revision is
        // current, and names its document, address and sentence.
        JsonPath gdp = given().get("/api/v1/indicators/gdp/observations?regionCode=410100&includeHistory=true"
                + "&pageSize=200").then().statusCode(200).extract().jsonPath();
        assertTrue(gdp.getList("observations.findAll { it.period.year == 2024 }.value").containsAll(
                List.of("14532.1", "14569.6")), gdp.prettify());
        Map<String, Object> current = gdp.getMap("observations.find { it.period.year == 2024 && it.latest }");
        assertEquals("14569.6", current.get("value"));
        assertEquals("REVISED", current.get("status"));
        assertEquals("2025年郑州市国民经济和社会发展统计公报", current.get("source"));
        assertEquals("https://tjj.zhengzhou.gov.cn/tjgb/10017864.jhtml", current.get("sourceUrl"));
        assertTrue(((String) current.get("quote")).contains("修订为14569.6亿元"), (String) current.get("quote"));

        // A rate stated by difference is recorded as derived, with its arithmetic.
        Map<String, Object> investment = given().get("/api/v1/indicators/fixed-asset-investment-growth/observations"
                + "?regionCode=410100&pageSize=200").then().statusCode(200).extract().jsonPath()
                .getMap("observations.find { it.period.year == 2024 && it.period.kind == 'YEAR' }");
        assertEquals("5.3", investment.get("value"));
        assertTrue(((String) investment.get("derivation")).startsWith("5.3 = 6.2 − 0.9"), investment.toString());

        // 郑州市's annual GDP growth targets against their actuals: 2022 7.5 % vs 1.0 % (the January report's
        // "2%左右" is displaced by the final figure), 2023 7 % vs 7.4 %, 2024 7%左右 vs 5.7 %.
        Map<Integer, List<String>> targetAndActual = Map.of(2022, List.of("7.5", "1"), 2023, List.of("7", "7.4"),
                2024, List.of("7", "5.7"));
        targetAndActual.forEach((year, expected) -> {
            Map<String, Object> row = row("410100", year, "indicators/gdp-growth");
            assertEquals(expected.get(0), ((Map<?, ?>) row.get("annualTarget")).get("targetValue"), year.toString());
            assertEquals(expected.get(1), row.get("actual"), year.toString());
            assertEquals(year == 2023 ? List.of() : List.of("ACTUAL_BELOW_ANNUAL_TARGET"), row.get("flags"),
                    year.toString());
        });

        // 郑州市's 2024 growth target read on the bulletin's 5.7 %: 5.7 / 7 = 0.8143 of the pace, needs acceleration.
        Map<String, Object> growth = given().get("/api/v1/dashboards/plans/" + ANNUAL_PLAN + "?asOf=2024-12-31")
                .then().statusCode(200).extract().jsonPath().getMap("rows.find { it.target.endsWith('/t-gdp-growth') }");
        assertEquals("NEEDS_ACCELERATION", growth.get("status"));
        assertEquals("未完成", growth.get("readingZh"), "the 2024 value is in: the year's target is not completed");
        assertEquals("5.7", growth.get("latestValue"));
        assertTrue(((String) growth.get("explanationEn")).contains("ratio 0.8143"), (String) growth.get("explanationEn"));
        assertEquals("REVISED", ((Map<?, ?>) growth.get("latestSource")).get("status"));
    }

    @Test
    @Order(3)
    void targetsCarryTheirNumbersAndSentences() {
        target(XINZHENG, "t01-gdp-growth", "7.7", "AVERAGE_ANNUAL_GROWTH", "ABOUT", "地区生产总值增长率 % 5 - 7.7左右 预期性");
        target(XINZHENG, "t03-retail-sales", "470", "LEVEL", "EXACT", "社会消费品零售总额 亿元 306.3 470 9 预期性")
                .body("baselineValue", equalTo("306.3")).body("baselineYear", equalTo(2020));
        target(XINZHENG, "t04-general-budget-revenue", "124", "LEVEL", "EXACT", "公共财政预算收入 亿元 82 124 7.5 预期性")
                .body("baselineValue", equalTo("82"));
        target(XINZHENG, "t15-licensed-doctors-per-1000", "2.5", "LEVEL", "EXACT", "每千人拥有执业医师数 人 1.7 2.5 - 约束性")
                .body("attribute", equalTo("BINDING"));
        target(XINZHENG, "t17-working-age-schooling-years", "14.2", "LEVEL", "AT_LEAST",
                "劳动年龄人口平均受教育年限 年 # ≥14.2 - 约束性");
        // A # cell is "not set": no value at all, never 0.
        given().get("/api/v1/plans/" + XINZHENG + "/targets/t02-labour-productivity").then().statusCode(200)
                .body("targetValue", nullValue()).body("baselineValue", nullValue())
                .body("provenance.quote", equalTo("全员劳动生产率 万元/人 # - # 预期性"));
        target(XINZHENG, "p-tech-enterprises-300", "300", "LEVEL", "AT_LEAST", "科技型企业达到300家以上")
                .body("stretch", equalTo(true));
        target(JINSHUI, "p-gdp", "3000", "LEVEL", "AT_LEAST", "全区地区生产总值突破 3000亿元");
        target(JINSHUI, "p-fiscal-total-revenue", "500", "LEVEL", "AT_LEAST", "财政总收入力争突破 500 亿元")
                .body("stretch", equalTo(true));
        target(WORK_REPORT, "t-gdp-growth", "7", "ANNUAL_GROWTH", "ABOUT", "地区生产总值增长7%左右")
                .body("targetYear", equalTo(2024)).body("baselineYear", equalTo(2023));
        target(WORK_REPORT, "t-fai-growth", "8", "ANNUAL_GROWTH", "AT_LEAST", "固定资产投资增长8%以上");
        target(ANNUAL_PLAN, "t-nev-output", "70", "LEVEL", "AT_LEAST", "力争新能源汽车产量超过70万辆")
                .body("stretch", equalTo(true));
        target(ANNUAL_PLAN, "t-village-roads", "481", "LEVEL", "EXACT", "推进实施481条村庄道路");
        // 2万亿元 in the catalogue's unit, 亿元.
        target(RECOMMENDATIONS, "t-gdp", "20000", "LEVEL", "EXACT", "地区生产总值力争达到2万亿元")
                .body("unit", equalTo("亿元")).body("targetYear", equalTo(2030));
    }

    @Test
    @Order(4)
    void observationsCarryTheReportedResults() {
        observation("gdp-growth", "410100", 2023, "2024年郑州市政府工作报告", "7.4", "PRELIMINARY", "初步核算，地区生产总值增长7.4%");
        observation("gdp", "410100", 2023, "2024年郑州市政府工作报告", "13600", "PRELIMINARY",
                "地区生产总值增长7.4%、总量超过1.36万亿元");
        observation("gdp-growth", "410100", 2023, "郑州市2024年国民经济和社会发展计划", "7.4", "PRELIMINARY",
                "初步核算,2023年全市地区生产总值增长7.4%");
        observation("fixed-asset-investment-growth", "410100", 2023, "郑州市2024年国民经济和社会发展计划", "6.8",
                "PRELIMINARY", "固定资产投资增长6.8%");
        observation("industrial-value-added-growth", "410100", 2023, "2024年郑州市政府工作报告", "12.8", "PRELIMINARY",
                "规模以上工业增加值增长12.8%，增速居9个国家中心城市首位");
        observation("gdp", "410184", 2020, "新郑市国民经济和社会发展第十四个五年规划纲要", "760", "FINAL",
                "“十三五”末全市地区生产总值达到760亿元");
        observation("retail-sales", "410184", 2020, "新郑市国民经济和社会发展第十四个五年规划纲要", "306.3", "FINAL",
                "社会消费品零售总额完成306.3亿元");
        observation("gdp", "410105", 2020, "金水区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", "1807", "FINAL",
                "2020 年地区生产总值达到 1807 亿元");
        observation("gdp", "410100", 2025, "中共郑州市委关于制定郑州市国民经济和社会发展第十五个五年规划的建议", "15000",
                "ESTIMATED", "地区生产总值连续迈过四个千亿台阶,预计突破1.5万亿元");
        observation("rd-intensity", "410100", 2025, "中共郑州市委关于制定郑州市国民经济和社会发展第十五个五年规划的建议", "2.85",
                "FINAL", "全社会研发投入强度达到2.85%");
    }

    @Test
    @Order(5)
    void projectsAndReportedTotalsCarryTheirSentences() {
        project("xz14-b02-001", "达维多ICT产业基地", "410184", "先进制造业", "PLANNED", "达维多ICT产业基地（包括年测试3亿颗芯片")
                .body("planSection", equalTo("专栏2： “十四五”先进制造业重大项目"));
        project("xz14-b03-015", "传化物流小镇（一期）", "410184", "现代服务业", "CONTINUING", "传化物流小镇（一期）续建");
        project("js14-p-002", "马渡污水处理站", "410105", "生态环境", "IN_OPERATION", "马渡污水处理站建成投用");
        project("zz24r-p-032", "贾鲁河流域防洪能力提升工程", "410100", "水利", "CONTINUING", "贾鲁河流域防洪能力提升工程快速推进");
        project("zz24p-p-144", "国家儿童区域医疗中心", "410100", "医疗卫生", "CONTINUING",
                "加快推进国家儿童区域医疗中心和国家创伤区域医疗中心建设");
        project("zz15-p-005", "中原现代食品产业园", "410100", "都市农业", "PLANNED", "加快推动中原现代食品产业园建设");
        given().get("/api/v1/projects?plan=" + XINZHENG + "&sector=文化旅游&pageSize=100").then().statusCode(200)
                .body("totalSize", equalTo(20)).body("projects.displayName", hasItem("郑韩故城考古遗址博物馆"));
        given().get("/api/v1/project-summaries?groupBy=SECTOR&year=2025&plan=" + XINZHENG).then().statusCode(200)
                .body("find { it.key == '综合交通' }.projectCount", equalTo(40))
                .body("find { it.key == '文化旅游' }.projectCount", equalTo(20))
                .body("projectCount.sum()", equalTo(345));

        JsonPath totals = given().get("/api/v1/reported-totals?regionCode=410100&year=2023").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Object> batches = totals.getMap("find { it.name == 'reported-totals/zz24r-three-batches' }");
        assertEquals("三个一批", batches.get("programme"));
        assertEquals(4, batches.get("batchCount"));
        assertEquals(455, batches.get("projectCount"));
        assertEquals("554980000000", ((Map<?, ?>) batches.get("totalInvestment")).get("amount").toString()
                .replace(".00", ""));
        assertEquals("接续开展4期“三个一批”活动，选报项目455个、总投资5549.8亿元",
                ((Map<?, ?>) batches.get("provenance")).get("quote"));
        given().get("/api/v1/reported-totals?regionCode=410100&year=2025").then().statusCode(200)
                .body("find { it.name == 'reported-totals/zz15-post-disaster-reconstruction' }.projectCount",
                        equalTo(5012));
    }

    @Test
    @Order(6)
    void conflictingFiguresAreKeptAndListed() {
        JsonPath conflicts = given().get("/api/v1/target-conflicts?plan=" + XINZHENG).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("300", "400"), conflicts.getList(
                "find { it.indicator == 'indicators/tech-smes' }.targets.targetValue.sort()"));
        assertEquals(List.of("120", "150"), conflicts.getList(
                "find { it.indicator == 'indicators/high-tech-enterprises' }.targets.targetValue.sort()"));
        assertEquals(List.of("科技型企业达到300家以上", "科技型企业达到400家以上"), conflicts.getList(
                "find { it.indicator == 'indicators/tech-smes' }.targets.provenance.quote.sort()"));
    }

    @Test
    @Order(6)
    void theEvaluationReportIsAWorkbookAndAWordDocumentOfThePlansOwnFigures() throws Exception {
        int targets = given().get("/api/v1/dashboards/plans/" + XINZHENG + "?asOf=2023-12-31").then().statusCode(200)
                .extract().jsonPath().getList("rows").size();
        int conflicts = given().get("/api/v1/target-conflicts?plan=" + XINZHENG).then().statusCode(200).extract()
                .jsonPath().getList("$").size();
        int projects = given().get("/api/v1/projects?plan=" + XINZHENG + "&pageSize=1").then().statusCode(200)
                .extract().jsonPath().getInt("totalSize");

        // The evaluation itself (GetPlanEvaluation's REST form): the counts the report prints.
        JsonPath evaluation = given().get("/api/v1/reports/plans/" + XINZHENG + "/evaluation?asOf=2023-12-31").then()
                .statusCode(200).extract().jsonPath();
        System.out.println("Evaluation of " + XINZHENG + " as of 2023-12-31: " + evaluation.getString("overviewZh")
                + evaluation.getString("bindingZh"));
        assertEquals("MID_TERM", evaluation.getString("kind"));
        assertEquals(targets, evaluation.getList("evaluations").size());
        // The counts are the table's readings: the public record judges a few of 新郑市's targets on 2023 figures.
        // A target the plan states twice (专栏1 and prose) is counted once.
        Map<String, Integer> tableCounts = new TreeMap<>();
        List<String> countedStatuses = given().get("/api/v1/dashboards/plans/" + XINZHENG + "?asOf=2023-12-31").then()
                .statusCode(200).extract().jsonPath().getList("rows.findAll { it.countedAs == null }.status",
                        String.class);
        countedStatuses.forEach(status -> tableCounts.merge(status, 1, Integer::sum));
        assertEquals(tableCounts, new TreeMap<>(evaluation.getMap("countsByStatus")));
        assertTrue(tableCounts.getOrDefault("NOT_ASSESSABLE", 0) < countedStatuses.size(), "some targets are judged");
        int countedTargets = countedStatuses.size();
        System.out.println(XINZHENG + ": " + targets + " targets, " + countedTargets + " counted once per indicator");
        assertEquals(conflicts, evaluation.getList("conflicts").size());
        assertEquals(targets, evaluation.getInt("freshness.checkedCount"));
        assertEquals("FINAL", given().get("/api/v1/reports/plans/" + XINZHENG + "/evaluation?asOf=2026-01-31")
                .then().statusCode(200).extract().jsonPath().getString("kind"));

        byte[] workbookBytes = given().get("/api/v1/reports/plans/" + XINZHENG + "/evaluation.xlsx?asOf=2023-12-31")
                .then().statusCode(200).contentType(containsString("spreadsheetml")).extract().asByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(
                workbookBytes))) {
            List<String> sheets = new java.util.ArrayList<>();
            workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
            assertEquals(List.of("概况", "指标评估", "约束性指标", "滞后指标", "重点项目", "数据冲突", "数据时效"), sheets);
            assertEquals(targets, workbook.getSheet("指标评估").getLastRowNum(), "a row per target under the header");
            assertEquals(conflicts, workbook.getSheet("数据冲突").getLastRowNum());
            var stages = workbook.getSheet("重点项目");
            int counted = 0;
            for (int row = 1; row <= stages.getLastRowNum(); row++) {
                counted += (int) stages.getRow(row).getCell(1).getNumericCellValue();
            }
            assertEquals(projects, counted, "the projects by stage add up to the plan's projects");
            assertEquals("中期评估", workbook.getSheet("概况").getRow(2).getCell(1).getStringCellValue());
        }

        // Before staff write anything, the draft marks each lagging indicator's 原因分析 for them to fill.
        var documentResponse = given().get("/api/v1/reports/plans/" + XINZHENG + "/evaluation.docx?asOf=2023-12-31")
                .then().statusCode(200).contentType(containsString("wordprocessingml")).extract();
        // Named by its Chinese title and date, with an ASCII name beside it.
        assertTrue(documentResponse.header("Content-Disposition").contains("filename=\"" + XINZHENG
                + "-evaluation-2023-12-31.docx\"; filename*=UTF-8''" + java.net.URLEncoder.encode(
                "新郑市国民经济和社会发展第十四个五年规划纲要中期评估报告（2023年12月31日）.docx",
                java.nio.charset.StandardCharsets.UTF_8)), documentResponse.header("Content-Disposition"));
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(
                documentResponse.asByteArray()))) {
            List<String> paragraphs = document.getParagraphs().stream()
                    .map(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText).toList();
            assertEquals("新郑市国民经济和社会发展第十四个五年规划纲要中期评估报告", paragraphs.get(0));
            assertEquals("（评估基准日：2023年12月31日）", paragraphs.get(1));
            String overview = paragraphs.stream().filter(p -> p.contains("共设指标目标")).findFirst().orElseThrow();
            System.out.println("Evaluation report of " + XINZHENG + " as of 2023-12-31: " + overview);
            assertTrue(overview.contains("共设指标目标" + countedTargets + "项"), overview);
            assertTrue(paragraphs.contains("规划文本内有" + conflicts + "处同一指标数值不一致，均保留原文如下。"),
                    paragraphs.toString());
            // The main table: one row per indicator under its group headings (a row of one merged cell).
            var main = document.getTables().get(0);
            assertEquals(countedTargets + 1, main.getRows().stream().filter(row -> row.getTableCells().size() > 1)
                    .count(), "the indicator table counts each indicator once");
            assertEquals("专栏1", main.getRow(1).getCell(0).getText(), "专栏1 first");
            assertTrue(main.getRow(0).getTableCells().stream().anyMatch(cell -> cell.getText().equals("2021年")),
                    "each year's actual");
            // Annex 2 keeps every statement.
            assertTrue(document.getTables().stream().anyMatch(table -> table.getRows().size() == targets + 1),
                    "every statement of every target in an annex");
            assertTrue(paragraphs.containsAll(List.of("附件1", "评估方法说明", "附件2", "指标评估明细")),
                    "the method and the full table are annexes");
            assertTrue(paragraphs.stream().anyMatch(p -> p.contains("进度比不低于1.05的，为快于预期")),
                    "with its thresholds");
            assertTrue(paragraphs.stream().anyMatch(p -> p.contains("【待填写】")), "the writer's part is marked");
        }

        // The office writes its own 原因分析 and 下一步措施 (made-up texts: API 示例数据); the report prints them.
        String notes = "/api/v1/plans/" + XINZHENG + "/evaluations/mid-term/notes/";
        given().contentType("application/json").header("If-Match", "\"0\"")
                .body("{\"reasonsZh\": \"三年来经济运行总体平稳（API 示例数据）。\","
                        + " \"measuresZh\": \"下一步将加快重大项目建设（API 示例数据）。\"}")
                .put(notes + "overall").then().statusCode(200).header("ETag", containsString("1"))
                .body("version", equalTo(1)).body("author", equalTo("e2e-admin"));
        given().contentType("application/json").header("If-Match", "\"0\"")
                .body("{\"reasonsZh\": \"另一稿（API 示例数据）\"}").put(notes + "overall").then().statusCode(412);
        given().get(notes).then().statusCode(200).body("subject", contains("overall"));
        given().get(notes + "overall/versions").then().statusCode(200).body("version", contains(1));
        byte[] written = given().get("/api/v1/reports/plans/" + XINZHENG + "/evaluation.docx?asOf=2023-12-31").then()
                .statusCode(200).extract().asByteArray();
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(
                written))) {
            List<String> paragraphs = document.getParagraphs().stream()
                    .map(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText).toList();
            assertTrue(paragraphs.contains("三年来经济运行总体平稳（API 示例数据）。"), paragraphs.toString());
            assertTrue(paragraphs.contains("下一步将加快重大项目建设（API 示例数据）。"), paragraphs.toString());
        }
        // As a reader sees it: LibreOffice renders it; the indicator tables lie on landscape pages, the pages are
        // numbered, and no page is blank.
        RenderedDocument rendered = RenderedDocument.render(written, XINZHENG + "-mid-term-2023");
        System.out.println("Evaluation report of " + XINZHENG + " rendered: " + rendered.pages() + " pages, "
                + rendered.landscapePages().stream().filter(l -> l).count() + " landscape, at " + rendered.pdf());
        assertTrue(rendered.pages() >= 6 && rendered.pages() <= 60, rendered.pages() + " pages");
        assertEquals(false, rendered.landscapePages().get(0), "the text starts in portrait");
        assertTrue(rendered.landscapePages().contains(true), "the wide tables are landscape");
        assertTrue(rendered.pageTexts().get(0).contains("中期评估报告"), rendered.pageTexts().get(0));
        assertTrue(rendered.pageTexts().stream().allMatch(text -> text.strip().length() > 10), "no blank page");
        assertTrue(java.util.regex.Pattern.compile("—\\s*2\\s*—").matcher(rendered.pageTexts().get(1)).find(),
                "numbered: " + rendered.pageTexts().get(1));
        given().get("/api/v1/reports/plans/" + XINZHENG + "/evaluation.docx?asOf=2023-12-31&kind=final").then()
                .statusCode(200);

        // Late updates: the seed documents name no responsible unit and report nothing after 2020 for 新郑市, so as
        // of 2024-08-15 every target whose base year is before 2023 is late with its 2023 figure, under 未指定责任单位.
        JsonPath late = given().get("/api/v1/overdue-updates?regionCode=410184&plan=" + XINZHENG
                + "&asOf=2024-08-15").then().statusCode(200).extract().jsonPath();
        System.out.println("Overdue updates of " + XINZHENG + " as of 2024-08-15: " + late.getInt("checkedCount")
                + " checked, by unit " + late.getMap("overdueByUnit"));
        assertEquals(targets, late.getInt("checkedCount"));
        assertEquals(List.of("未指定责任单位"), List.copyOf(late.getMap("overdueByUnit").keySet()));
        assertEquals(2023, late.getInt("overdue[0].due.year"));
        // The plan's table marks the same targets stale.
        List<Object> staleRows = given().get("/api/v1/dashboards/plans/" + XINZHENG + "?asOf=2024-08-15").then()
                .statusCode(200).extract().jsonPath().getList("rows.findAll { it.staleZh != null }");
        assertEquals(late.getList("overdue").size(), staleRows.size());

        // Late project reports: the documents give stages (started, continuing) but no monthly report, so every
        // project under construction of 郑州市 and its districts and counties is late with July's report.
        JsonPath lateProjects = given().get("/api/v1/overdue-investment-reports?regionCode=410100"
                + "&includeSubregions=true&asOf=2024-08-15").then().statusCode(200).extract().jsonPath();
        int checkedProjects = lateProjects.getInt("checkedCount");
        System.out.println("Overdue investment reports of 410100 and subregions as of 2024-08-15: " + checkedProjects
                + " checked, by unit " + lateProjects.getMap("overdueByUnit"));
        assertTrue(checkedProjects > 0);
        assertEquals(checkedProjects, lateProjects.getList("overdue").size());
        assertEquals("2024-07", lateProjects.getString("overdue[0].due"));
        assertEquals(Map.of("未指定责任单位", checkedProjects), lateProjects.getMap("overdueByUnit"));
        // The region's front page counts both.
        JsonPath freshness = given().get("/api/v1/dashboards/regions/410184?asOf=2024-08-15&plan=" + XINZHENG)
                .then().statusCode(200).extract().jsonPath().setRootPath("freshness");
        assertEquals(late.getInt("checkedCount"), freshness.getInt("targetsChecked"));
        assertEquals(late.getList("overdue").size(), freshness.getInt("targetsOverdue"));
        assertEquals(freshness.getInt("projectsOverdue"), freshness.getList("lateProjects").size());
        given().get("/api/v1/reports/plans/" + XINZHENG + "/evaluation.xlsx?kind=halfway").then().statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        given().get("/api/v1/reports/plans/no-such-plan/evaluation.docx").then().statusCode(404);
    }

    @Test
    @Order(7)
    void theIndicatorTableAndTheAnnualTargetsAreEvaluated() {
        // 专栏1 as the document prints it: 25 rows in order, each with its evaluation; 社会消费品零售总额 is judged on
        // the 2023 figure of 新郑市's 2024 work report (public record): base 306.3 (2020), 333.5 (2023), target 470
        // (2025) needs (470/306.3)^(1/5) − 1 = 8.94 % a year; 2023 shows (333.5/306.3)^(1/3) − 1 = 2.88 %, a ratio
        // of 0.32 (< 0.6): lagging.
        JsonPath table = given().get("/api/v1/dashboards/plans/" + XINZHENG + "?asOf=2025-12-31&section=专栏1").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(25, table.getList("rows").size());
        assertEquals(List.of(1, 2, 3), table.getList("rows.number").subList(0, 3));
        Map<String, Object> retail = table.getMap("rows[2]");
        assertEquals("社会消费品零售总额", retail.get("indicatorName"));
        assertEquals("亿元", retail.get("unit"));
        assertEquals("306.3", retail.get("baselineValue"));
        assertEquals("470", retail.get("targetValue"));
        assertEquals("预期性", retail.get("attributeZh"));
        assertEquals("LAGGING", retail.get("status"));
        assertEquals("BEHIND", retail.get("reading"));
        assertEquals("滞后", retail.get("readingZh"));
        assertEquals(2023, retail.get("latestYear"));
        assertEquals("333.5", retail.get("latestValue"));
        assertEquals("0.3217", table.getString("rows[2].explanationEn").replaceAll(".*ratio ([0-9.]+).*", "$1"));
        assertEquals("政府工作报告——2024年2月27日在新郑市第六届人民代表大会第五次会议上",
                table.getString("rows[2].latestSource.source"));
        assertEquals("社会消费品零售总额333.5亿元", table.getString("rows[2].latestSource.quote"));
        assertEquals("https://nextlevelartsconsulting.com/bhuazhong/10576.html",
                table.getString("rows[2].latestSource.sourceUrl"));
        assertEquals("7.7", table.getString("rows[0].averageGrowth"));
        assertNull(table.getString("rows[1].targetValue"), "a # cell stays unset");
        assertEquals("约束性", table.getString("rows[14].attributeZh"));

        // 2024 targets against the 2023 results: the row's base is the 2023 figure the plan reports.
        JsonPath annual = given().get("/api/v1/dashboards/plans/" + ANNUAL_PLAN + "?asOf=2024-03-31").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(156, annual.getList("rows").size());
        Map<String, Object> growth = annual.getMap("rows.find { it.target.endsWith('/t-gdp-growth') }");
        assertEquals("地区生产总值增长率", growth.get("indicatorName"));
        assertEquals("7", growth.get("targetValue"));
        assertEquals("左右", growth.get("comparatorZh"));
        assertEquals(2023, growth.get("baselineYear"));
        assertEquals("7.4", growth.get("baselineObserved"));
        assertNull(growth.get("baselineValue"), "the plan prints no base of its own");
        given().get("/api/v1/dashboards/plans/no-such-plan").then().statusCode(404);
    }

    @Test
    @Order(8)
    void theIndicatorTableAndAProjectListExportAsCsvThatExcelOpens() {
        String table = given().get("/api/v1/exports/plans/" + XINZHENG + "/targets.csv?asOf=2025-12-31&section=专栏1")
                .then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("xinzheng-14th-fyp-outline-targets.csv"))
                .extract().asString();
        assertTrue(table.startsWith("\uFEFF序号,指标,指标编号,单位,基期年份,基期值,基期实际值,目标年份,目标值"),
                table.substring(0, 40));
        List<String> lines = table.lines().toList();
        assertEquals(26, lines.size(), "the header and the 25 rows of 专栏1");
        assertEquals("3,社会消费品零售总额,retail-sales,亿元,2020,306.3,306.3,2025,470,,LEVEL,,,,预期性,2023,333.5,LAGGING,"
                + "滞后：基期2020年306.3，2023年实际333.5，目标470；要求年均8.9407，实际年均2.8765，进度比0.3217；时间进度100%,"
                + "新郑市国民经济和社会发展第十四个五年规划纲要,专栏1 第3行,"
                + "社会消费品零售总额 亿元 306.3 470 9 预期性,plans/xinzheng-14th-fyp-outline/targets/t03-retail-sales"
                // 上级目标, 责任单位, 报送频率 (none in the documents), and 数据时效: the 2024 figure due by 2025-12-31.
                + ",,,,未指定责任单位应报送2024年数据，最新仅为2023年。", lines.get(3));

        String projects = given().get("/api/v1/exports/projects.csv?plan=" + XINZHENG + "&sector=文化旅游").then()
                .statusCode(200).extract().asString();
        List<String> projectLines = projects.lines().toList();
        assertEquals(21, projectLines.size(), "the header and the 20 projects");
        // The documents' own columns first, then what an import needs to make the project again.
        assertTrue(projectLines.get(1).startsWith("xz14-b10-001,中化姓氏文化博物馆,410184,文化旅游,PLANNED,,,"
                + "专栏10：“十四五”文化旅游重大项目,plans/xinzheng-14th-fyp-outline,中化姓氏文化博物馆、黄帝文化纪念馆,"),
                projectLines.get(1));
        assertTrue(projectLines.get(1).contains(",新郑市国民经济和社会发展第十四个五年规划纲要,"), projectLines.get(1));
        given().get("/api/v1/exports/plans/no-such-plan/targets.csv").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    @Order(9)
    void anExportedTableImportsBackExactlyAndBadRowsAreNamed() {
        String exported = exportTable(XINZHENG);
        createCopyOfXinzhengPlan("xinzheng-copy");
        given().contentType("text/csv; charset=UTF-8").body(exported)
                .post("/api/v1/imports/plans/xinzheng-copy/targets?mode=dry-run").then().statusCode(200)
                .body("rows", equalTo(25)).body("written", equalTo(0)).body("errors.size()", equalTo(0));
        given().get("/api/v1/plans/xinzheng-copy/targets?pageSize=1").then().body("totalSize", equalTo(0));
        given().contentType("text/csv; charset=UTF-8").body(exported)
                .post("/api/v1/imports/plans/xinzheng-copy/targets?mode=all-or-nothing").then().statusCode(200)
                .body("written", equalTo(25));
        assertEquals(exported.replace("plans/" + XINZHENG + "/", "plans/xinzheng-copy/"), exportTable("xinzheng-copy"),
                "the copy exports exactly as the original");

        // Row 4 (t03) with the wrong unit, row 6 (t05) with an indicator nobody defined.
        List<String> lines = new java.util.ArrayList<>(exported.lines().toList());
        lines.set(3, lines.get(3).replace(",亿元,2020,306.3,", ",万元,2020,306.3,"));
        lines.set(5, lines.get(5).replace(",household-consumption-rate,", ",no-such-indicator,"));
        String bad = String.join("\r\n", lines) + "\r\n";
        createCopyOfXinzhengPlan("xinzheng-bad");
        JsonPath refused = given().contentType("text/csv; charset=UTF-8").body(bad)
                .post("/api/v1/imports/plans/xinzheng-bad/targets?mode=all-or-nothing").then().statusCode(422)
                .body("written", equalTo(0)).extract().jsonPath();
        assertEquals(List.of(4, 6), refused.getList("errors.row"));
        assertEquals(List.of("单位", "指标编号"), refused.getList("errors.column"));
        given().get("/api/v1/plans/xinzheng-bad/targets?pageSize=1").then().body("totalSize", equalTo(0));
        given().contentType("text/csv; charset=UTF-8").body(bad)
                .post("/api/v1/imports/plans/xinzheng-bad/targets?mode=valid-rows").then().statusCode(200)
                .body("written", equalTo(23)).body("errors.size()", equalTo(2));
        given().contentType("text/csv; charset=UTF-8").body("指标,目标值\r\n社会消费品零售总额,470\r\n")
                .post("/api/v1/imports/plans/xinzheng-bad/targets").then().statusCode(400)
                .body("errors[0].field", equalTo("body"));
    }

    @Test
    @Order(10)
    void anXlsxWorkbookExportsAndImportsBackExactly() {
        byte[] workbook = given().get("/api/v1/exports/plans/" + XINZHENG + "/targets.xlsx?asOf=2025-12-31&section=专栏1")
                .then().statusCode(200)
                .contentType(containsString("spreadsheetml.sheet"))
                .header("Content-Disposition", containsString("xinzheng-14th-fyp-outline-targets.xlsx"))
                .extract().asByteArray();
        assertEquals("PK", new String(workbook, 0, 2, java.nio.charset.StandardCharsets.US_ASCII), "a zip container");
        createCopyOfXinzhengPlan("xinzheng-xlsx");
        given().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").body(workbook)
                .post("/api/v1/imports/plans/xinzheng-xlsx/targets?mode=all-or-nothing").then().statusCode(200)
                .body("rows", equalTo(25)).body("written", equalTo(25)).body("errors.size()", equalTo(0));
        assertEquals(exportTable(XINZHENG).replace("plans/" + XINZHENG + "/", "plans/xinzheng-xlsx/"),
                exportTable("xinzheng-xlsx"), "the copy read from the workbook exports exactly as the original");
        given().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .body("not a workbook".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/imports/plans/xinzheng-xlsx/targets").then().statusCode(400)
                .body("errors[0].field", equalTo("body"));
        given().get("/api/v1/exports/projects.xlsx?plan=" + XINZHENG).then().statusCode(200)
                .contentType(containsString("spreadsheetml.sheet"));
    }

    @Test
    @Order(11)
    void anExportedProjectListImportsBackExactlyAndBadRowsAreNamed() {
        String original = given().get("/api/v1/exports/projects.csv?plan=" + XINZHENG + "&sector=文化旅游").then()
                .statusCode(200).extract().asString();
        createCopyOfXinzhengPlan("xinzheng-projects-copy");
        // The same 20 projects under new ids, listed by the copy of the plan.
        String copy = original.lines().map(line -> line.replaceFirst("^xz14-", "cp14-")
                        .replace(",plans/" + XINZHENG + ",", ",plans/xinzheng-projects-copy,"))
                .collect(java.util.stream.Collectors.joining("\r\n", "", "\r\n"));
        given().contentType("text/csv; charset=UTF-8").body(copy)
                .post("/api/v1/imports/projects?mode=dry-run").then().statusCode(200)
                .body("rows", equalTo(20)).body("written", equalTo(0)).body("errors.size()", equalTo(0));
        given().get("/api/v1/projects?pageSize=1&plan=xinzheng-projects-copy").then().body("totalSize", equalTo(0));
        given().contentType("text/csv; charset=UTF-8").body(copy)
                .post("/api/v1/imports/projects?mode=all-or-nothing").then().statusCode(200)
                .body("written", equalTo(20));
        assertEquals(copy, given().get("/api/v1/exports/projects.csv?plan=xinzheng-projects-copy&sector=文化旅游")
                .then().statusCode(200).extract().asString(), "the imported projects export exactly as they were read");

        // Row 3 with a region code of five digits, row 5 linked to an indicator nobody defined.
        List<String> lines = new java.util.ArrayList<>(copy.lines().toList());
        lines.set(2, lines.get(2).replaceFirst("^cp14-", "bad14-").replace(",410184,", ",41018,"));
        String[] row5 = lines.get(4).replaceFirst("^cp14-", "bad14-").split(",", -1);
        row5[14] = "indicators/no-such-indicator";
        lines.set(4, String.join(",", row5));
        String bad = String.join("\r\n", List.of(lines.get(0), lines.get(2), lines.get(1).replaceFirst("^cp14-", "bad14-"),
                lines.get(4))) + "\r\n";
        JsonPath refused = given().contentType("text/csv; charset=UTF-8").body(bad)
                .post("/api/v1/imports/projects?mode=all-or-nothing").then().statusCode(422)
                .body("written", equalTo(0)).extract().jsonPath();
        assertEquals(List.of(2, 4), refused.getList("errors.row"));
        assertEquals(List.of("地区代码", "关联指标"), refused.getList("errors.column"));
        given().contentType("text/csv; charset=UTF-8").body(bad)
                .post("/api/v1/imports/projects?mode=valid-rows").then().statusCode(200)
                .body("written", equalTo(1)).body("errors.size()", equalTo(2));
    }

    @Test
    @Order(12)
    void observedValuesImportFromACsvWithBadRowsNamedAndNoValueTwice() {
        String csv = "指标编号,地区代码,期间,年份,值,状态,来源,原文\r\n"
                + "gdp-growth,410184,YEAR,2026,6.1,PRELIMINARY,导入测试,地区生产总值增长6.1%\r\n"
                + "gdp-growth,410105,,2026,5.9,PRELIMINARY,导入测试,\r\n"
                + "no-such-indicator,410184,YEAR,2026,1,FINAL,导入测试,\r\n"
                + "gdp-growth,410184,YEAR,二〇二六,6.1,FINAL,导入测试,\r\n";
        JsonPath refused = given().contentType("text/csv; charset=UTF-8").body(csv)
                .post("/api/v1/imports/observations?mode=all-or-nothing").then().statusCode(422)
                .body("rows", equalTo(4)).body("written", equalTo(0)).extract().jsonPath();
        assertEquals(List.of(4, 5), refused.getList("errors.row"));
        assertEquals(List.of("指标编号", "年份"), refused.getList("errors.column"));
        given().get("/api/v1/indicators/gdp-growth/observations?regionCode=410184&includeHistory=true&pageSize=1000")
                .then().statusCode(200).body("observations.findAll { it.source == '导入测试' }.size()", equalTo(0));

        given().contentType("text/csv; charset=UTF-8").body(csv)
                .post("/api/v1/imports/observations?mode=valid-rows").then().statusCode(200)
                .body("written", equalTo(2)).body("errors.size()", equalTo(2));
        given().get("/api/v1/indicators/gdp-growth/observations?regionCode=410184&includeHistory=true&pageSize=1000")
                .then().statusCode(200).body("observations.findAll { it.source == '导入测试' }.value", contains("6.1"));
        // The same file again writes nothing: each value is already recorded from that source.
        given().contentType("text/csv; charset=UTF-8").body(csv)
                .post("/api/v1/imports/observations?mode=valid-rows").then().statusCode(200)
                .body("written", equalTo(0));
    }

    private static String exportTable(String plan) {
        return given().get("/api/v1/exports/plans/" + plan + "/targets.csv?asOf=2025-12-31&section=专栏1").then()
                .statusCode(200).extract().asString();
    }

    @Test
    @Order(13)
    void theRegionDashboardOfOnePlanWithAndWithoutItsSubregionsMatchesHandComputedFigures() {
        // A city outline of our own, so the figures are ours alone: three targets (the city's, 金水区's, 新郑市's)
        // and three projects it lists.
        given().contentType("application/json").body("""
                {"displayName": "郑州市看板核对规划", "kind": "FIVE_YEAR_PLAN_OUTLINE", "region": "regions/410100",
                 "startYear": 2021, "endYear": 2025}""").post("/api/v1/plans?planId=dashboard-check").then()
                .statusCode(201);
        indicator("dash-output", "经济发展");
        indicator("dash-green", "绿色生态");
        dashTarget("city-output", "dash-output", "410100", "EXPECTED");
        dashTarget("jinshui-output", "dash-output", "410105", "EXPECTED");
        dashTarget("xinzheng-green", "dash-green", "410184", "BINDING");
        dashObservation("dash-output", "410105", "210");   // 100 → 200 target met already: ACHIEVED
        dashObservation("dash-green", "410184", "105");    // +1.64 %/yr against +14.87 %/yr required: LAGGING
        // (the city has no value for dash-output: NOT_ASSESSABLE)
        dashProject("dash-jinshui", "410105", "1000", "600", "240");   // June: 40 % against 50 %: behind pace
        dashProject("dash-xinzheng", "410184", "500", "200", "110");   // 55 %: ahead
        dashProject("dash-city", "410100", "300", null, "30");          // no yearly plan
        // A report after the as-of month is not counted.
        given().contentType("application/json")
                .body("{\"year\": 2024, \"month\": 8, \"cumulativeCompleted\": {\"amount\": \"400\"}}")
                .post("/api/v1/projects/dash-jinshui/investment-reports").then().statusCode(200);

        // June's 1–6月 reports are due by 10 July: from then on the dashboard reads June against 6 ÷ 12.
        String dashboard = "/api/v1/dashboards/regions/410100?asOf=2024-07-10&plan=dashboard-check";
        given().get(dashboard).then().statusCode(200)
                .body("projects.year", equalTo(2024)).body("projects.month", equalTo(6))
                .body("indicators.countsByStatus", equalTo(Map.of("NOT_ASSESSABLE", 1)))
                .body("projects.count", equalTo(1))
                .body("projects.totalInvestment.amount", equalTo("300.00"))
                .body("projects.completedInvestment.amount", equalTo("30.00"))
                .body("projects.plannedInvestment.amount", equalTo("0.00"))
                .body("projects.completionRate", nullValue())
                .body("projects.timeElapsed", equalTo("0.5000"));
        // With the districts: completion (240 + 110) ÷ (600 + 200) = 0.4375 against 6 ÷ 12 = 0.5000.
        given().get(dashboard + "&includeSubregions=true").then().statusCode(200)
                .body("indicators.countsByStatus", equalTo(Map.of("ACHIEVED", 1, "LAGGING", 1, "NOT_ASSESSABLE", 1)))
                .body("indicators.countsByCategory.经济发展", equalTo(Map.of("ACHIEVED", 1, "NOT_ASSESSABLE", 1)))
                .body("indicators.countsByCategory.绿色生态", equalTo(Map.of("LAGGING", 1)))
                .body("indicators.bindingAtRisk.target", contains("plans/dashboard-check/targets/xinzheng-green"))
                .body("indicators.behind.target", contains("plans/dashboard-check/targets/xinzheng-green"))
                .body("projects.count", equalTo(3))
                .body("projects.totalInvestment.amount", equalTo("1800.00"))
                .body("projects.completedInvestment.amount", equalTo("380.00"))
                .body("projects.plannedInvestment.amount", equalTo("800.00"))
                .body("projects.completionRate", equalTo("0.4375"))
                .body("projects.gap", equalTo("-0.0625"))
                .body("projects.behindPace.project", contains("projects/dash-jinshui"));
        // On 9 July June's reports are not yet due: May is read, against 5 ÷ 12, and nothing was reported by May.
        given().get("/api/v1/dashboards/regions/410100?asOf=2024-07-09&plan=dashboard-check&includeSubregions=true")
                .then().statusCode(200)
                .body("projects.month", equalTo(5)).body("projects.timeElapsed", equalTo("0.4167"))
                .body("projects.completedInvestment.amount", equalTo("0.00"))
                .body("projects.completionRate", equalTo("0.0000"));

        // The same filters on the lists themselves, and the proto spelling of the paging parameters.
        given().get("/api/v1/plans/dashboard-check/targets?attribute=BINDING").then().statusCode(200)
                .body("items.name", contains("plans/dashboard-check/targets/xinzheng-green"));
        given().get("/api/v1/plans/dashboard-check/targets?category=经济发展&page_size=1").then().statusCode(200)
                .body("items", hasSize(1)).body("totalSize", equalTo(2)).body("nextPageToken", notNullValue());
        given().get("/api/v1/plans/dashboard-check/progress?asOf=2024-06-30&status=ACHIEVED").then()
                .statusCode(200).body("items.target", contains("plans/dashboard-check/targets/jinshui-output"));
        given().get("/api/v1/regions/410100/progress?asOf=2024-06-30&plan=dashboard-check&includeSubregions=true"
                + "&status=LAGGING").then().statusCode(200)
                .body("items.target", contains("plans/dashboard-check/targets/xinzheng-green"));
        given().get("/api/v1/projects?plan=dashboard-check&regionCode=410100&includeSubregions=true&stage=PLANNED")
                .then().statusCode(200).body("totalSize", equalTo(3));
        given().get("/api/v1/projects?plan=dashboard-check&level=NATIONAL").then().statusCode(200)
                .body("totalSize", equalTo(0));
        given().get("/api/v1/project-alerts?year=2024&month=6&regionCode=410100&includeSubregions=true"
                + "&kind=BEHIND_PACE").then().statusCode(200).body("project", hasItem("projects/dash-jinshui"))
                .body("kind", everyItem(equalTo("BEHIND_PACE")));
        given().get("/api/v1/plans?regionCode=410100&kind=FIVE_YEAR_PLAN_OUTLINE&year=2021").then().statusCode(200)
                .body("items.name", hasItem("plans/dashboard-check"));
        given().get("/api/v1/indicators?category=绿色生态&pageSize=1000").then().statusCode(200)
                .body("indicators.name", hasItem("indicators/dash-green"))
                .body("indicators.category", everyItem(equalTo("绿色生态")));
        given().get("/api/v1/projects?level=CITY").then().statusCode(400).body("errors[0].field", equalTo("level"));
        given().get("/api/v1/plans/dashboard-check/progress?status=FINE").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        given().get("/api/v1/projects?pageSize=1&page_size=2").then().statusCode(400)
                .body("errors[0].field", equalTo("pageSize"));
    }

    @Test
    @Order(14)
    void everyReadAnswersOnTheSeedDataAndMapsItsErrorsToProblems() {
        String project = "/api/v1/projects/xz14-b02-001";
        String target = "/api/v1/plans/" + XINZHENG + "/targets/t01-gdp-growth";
        // path → the status it answers; each error is a problem document with that status.
        Map<String, Integer> reads = new java.util.LinkedHashMap<>();
        reads.put("/api/v1/regions?parent=410100", 200);
        reads.put("/api/v1/regions/410184", 200);
        reads.put("/api/v1/regions/419999", 404);
        reads.put("/api/v1/regions/410184/progress?asOf=2024-12-31", 200);
        reads.put("/api/v1/regions/410184/progress?asOf=yesterday", 400);
        reads.put("/api/v1/plans?regionCode=410100&year=2024", 200);
        reads.put("/api/v1/plans?kind=WEEKLY_PLAN", 400);
        reads.put("/api/v1/plans/" + XINZHENG, 200);
        reads.put("/api/v1/plans/no-such-plan", 404);
        reads.put("/api/v1/plans/" + XINZHENG + "/targets?attribute=BINDING", 200);
        reads.put("/api/v1/plans/no-such-plan/targets", 404);
        reads.put(target, 200);
        reads.put("/api/v1/plans/" + XINZHENG + "/targets/no-such-target", 404);
        reads.put(target + "/progress?asOf=2024-12-31", 200);
        reads.put(target + "/progress?asOf=2024-13-01", 400);
        reads.put("/api/v1/plans/" + XINZHENG + "/progress?status=NOT_ASSESSABLE&pageSize=5", 200);
        reads.put("/api/v1/plans/no-such-plan/progress", 404);
        reads.put("/api/v1/target-conflicts?plan=" + XINZHENG, 200);
        reads.put("/api/v1/indicators?category=民生福祉", 200);
        reads.put("/api/v1/indicators?pageToken=not-a-token", 400);
        reads.put("/api/v1/indicators/gdp-growth", 200);
        reads.put("/api/v1/indicators/no-such-indicator", 404);
        reads.put("/api/v1/indicators/gdp-growth/observations?regionCode=410100&includeHistory=true", 200);
        reads.put("/api/v1/indicators/gdp-growth/observations?regionCode=41", 400);
        reads.put("/api/v1/projects?regionCode=410184&stage=PLANNED&pageSize=5", 200);
        reads.put("/api/v1/projects?stage=DREAMED", 400);
        reads.put(project, 200);
        reads.put("/api/v1/projects/no-such-project", 404);
        reads.put(project + "/events", 200);
        reads.put(project + "/investment-reports?year=2024", 200);
        reads.put(project + "/investment-reports?year=1800", 400);
        reads.put(project + "/investment-progress?year=2024&month=6", 200);
        reads.put(project + "/investment-progress?year=2024&month=13", 400);
        reads.put(project + "/milestones", 200);
        reads.put("/api/v1/project-alerts?year=2024&month=6&regionCode=410184", 200);
        reads.put("/api/v1/project-alerts?year=2024&month=0", 400);
        reads.put("/api/v1/project-summaries?groupBy=LEVEL&year=2024&regionCode=410100&includeSubregions=true", 200);
        reads.put("/api/v1/project-summaries?groupBy=COLOUR&year=2024", 400);
        reads.put("/api/v1/batches?year=2024", 200);
        reads.put("/api/v1/batches/2019-q1", 404);
        reads.put("/api/v1/batches/2019-q1/conversion", 404);
        reads.put("/api/v1/reported-totals?regionCode=410100&year=2023", 200);
        reads.put("/api/v1/dashboards/regions/410100?asOf=2024-12-31&includeSubregions=true", 200);
        reads.put("/api/v1/dashboards/regions/419999", 404);
        reads.put("/api/v1/dashboards/plans/" + XINZHENG + "?asOf=2024-12-31", 200);
        reads.put("/api/v1/dashboards/plans/no-such-plan", 404);
        reads.put("/api/v1/exports/plans/" + XINZHENG + "/targets.csv", 200);
        reads.put("/api/v1/exports/plans/no-such-plan/targets.xlsx", 404);
        reads.put("/api/v1/exports/projects.xlsx?regionCode=410184", 200);
        reads.put("/api/v1/exports/projects.csv?level=CITY", 400);
        reads.put("/api/v1/audit-events?service=projects&pageSize=5", 200);
        reads.put("/api/v1/audit-events?service=billing", 400);
        reads.put("/api/v1/overdue-investment-reports?regionCode=410184&asOf=2024-08-15", 200);
        reads.put("/api/v1/overdue-investment-reports?asOf=2024-02-30", 400);
        reads.put("/api/v1/reports/plans/" + XINZHENG + "/evaluation?asOf=2024-12-31", 200);
        reads.put("/api/v1/reports/plans/no-such-plan/evaluation", 404);
        reads.put("/api/v1/plans/zhengzhou-2024-annual-plan/targets/t-new-urban-jobs/cascade", 200);
        List<String> mismatches = new java.util.ArrayList<>();
        reads.forEach((path, status) -> {
            io.restassured.response.Response response = given().get(path);
            if (response.statusCode() != status) {
                mismatches.add(path + " answered " + response.statusCode() + ", not " + status + ": "
                        + response.asString().substring(0, Math.min(200, response.asString().length())));
            } else if (status >= 400 && !(response.contentType().startsWith("application/problem+json")
                    && response.jsonPath().getInt("status") == status)) {
                mismatches.add(path + " is not a problem document: " + response.asString());
            }
        });
        assertEquals(List.of(), mismatches);
    }

    @Test
    @Order(15)
    void aCityTargetOfTheSeedDatasetIsDecomposedToTwoOfItsDistricts() {
        // The seed documents decompose nothing, so the shares are made up (API 示例数据), of 郑州市's real 2024 targets:
        // 城镇新增就业12.65万人 (adds up) and 城镇调查失业率5.5%左右 (a rate: listed, not summed).
        given().contentType("application/json").body("{\"displayName\": \"分解核对计划（API 示例数据）\","
                + " \"kind\": \"ANNUAL_PLAN\", \"region\": \"regions/410100\", \"startYear\": 2024,"
                + " \"endYear\": 2024}").post("/api/v1/plans?planId=cascade-check").then().statusCode(201);
        String jobs = "plans/zhengzhou-2024-annual-plan/targets/t-new-urban-jobs";
        String unemployment = "plans/zhengzhou-2024-annual-plan/targets/t-urban-unemployment-rate";
        share("jobs-jinshui", "new-urban-jobs", "410105", "3.0", "万人", jobs);
        share("jobs-xinzheng", "new-urban-jobs", "410184", "2.5", "万人", jobs);
        share("unemployment-jinshui", "urban-unemployment-rate", "410105", "5.3", "%", unemployment);

        JsonPath cascade = given().get("/api/v1/" + jobs + "/cascade?asOf=2024-12-31").then().statusCode(200)
                .extract().jsonPath();
        System.out.println("Cascade of " + jobs + ": " + cascade.getString("explanationZh"));
        assertEquals(2, cascade.getList("shares").size());
        assertTrue(cascade.getBoolean("additive"));
        assertEquals(0, new java.math.BigDecimal("5.5").compareTo(new java.math.BigDecimal(
                cascade.getString("sharesTargetTotal"))), "3.0 + 2.5 against the city's 12.65");
        JsonPath rate = given().get("/api/v1/" + unemployment + "/cascade?asOf=2024-12-31").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(1, rate.getList("shares").size());
        assertEquals(false, rate.getBoolean("additive"));
        assertNull(rate.getString("sharesTargetTotal"));
        // A share must be of its parent's indicator and year, in a region under the parent's.
        given().contentType("application/json").body(shareBody("urban-unemployment-rate", "410105", "5.3", "%", jobs))
                .post("/api/v1/plans/cascade-check/targets?targetId=wrong-indicator").then().statusCode(400)
                .body("errors[0].field", equalTo("parentTarget"));
    }

    private static void share(String id, String indicator, String region, String value, String unit, String parent) {
        given().contentType("application/json").body(shareBody(indicator, region, value, unit, parent))
                .post("/api/v1/plans/cascade-check/targets?targetId=" + id).then().statusCode(201);
    }

    private static String shareBody(String indicator, String region, String value, String unit, String parent) {
        return "{\"indicator\": \"indicators/" + indicator + "\", \"region\": \"regions/" + region + "\","
                + " \"baselineYear\": 2023, \"targetYear\": 2024, \"targetValue\": \"" + value + "\","
                + " \"form\": \"LEVEL\", \"comparator\": \"EXACT\", \"attribute\": \"EXPECTED\", \"unit\": \""
                + unit + "\", \"parentTarget\": \"" + parent + "\","
                + " \"provenance\": {\"document\": \"分解核对（API 示例数据）\"}}";
    }

    private static void indicator(String id, String category) {
        given().contentType("application/json").body("{\"displayName\": \"看板核对指标 " + id + "\", \"unit\": \"亿元\","
                + " \"category\": \"" + category + "\", \"direction\": \"HIGHER_IS_BETTER\"}")
                .post("/api/v1/indicators?indicatorId=" + id).then().statusCode(201);
    }

    private static void dashTarget(String id, String indicator, String region, String attribute) {
        given().contentType("application/json").body("{\"indicator\": \"indicators/" + indicator + "\","
                        + " \"region\": \"regions/" + region + "\", \"baselineYear\": 2020, \"baselineValue\": \"100\","
                        + " \"targetYear\": 2025, \"targetValue\": \"200\", \"form\": \"LEVEL\","
                        + " \"comparator\": \"AT_LEAST\", \"attribute\": \"" + attribute + "\", \"unit\": \"亿元\"}")
                .post("/api/v1/plans/dashboard-check/targets?targetId=" + id).then().statusCode(201);
    }

    private static void dashObservation(String indicator, String region, String value) {
        given().contentType("application/json").body("{\"region\": \"regions/" + region + "\","
                        + " \"period\": {\"kind\": \"YEAR\", \"year\": 2023}, \"value\": \"" + value + "\","
                        + " \"status\": \"FINAL\", \"source\": \"看板核对\"}")
                .post("/api/v1/indicators/" + indicator + "/observations").then().statusCode(200);
    }

    /** A project the check plan lists, with its 2024 plan (none when null) and its June report. */
    private static void dashProject(String id, String region, String total, String planned, String june) {
        given().contentType("application/json").body("{\"displayName\": \"看板核对项目 " + id + "\","
                        + " \"regionCode\": \"" + region + "\", \"plan\": \"plans/dashboard-check\","
                        + " \"totalInvestment\": {\"amount\": \"" + total + "\"}}")
                .post("/api/v1/projects?projectId=" + id).then().statusCode(201);
        if (planned != null) {
            given().contentType("application/json").body("{\"amount\": {\"amount\": \"" + planned + "\"}}")
                    .put("/api/v1/projects/" + id + "/investment-plans/2024").then().statusCode(200);
        }
        given().contentType("application/json")
                .body("{\"year\": 2024, \"month\": 6, \"cumulativeCompleted\": {\"amount\": \"" + june + "\"}}")
                .post("/api/v1/projects/" + id + "/investment-reports").then().statusCode(200);
    }

    private static void createCopyOfXinzhengPlan(String planId) {
        given().contentType("application/json").body("""
                {"displayName": "新郑市“十四五”规划纲要（导入副本）", "kind": "FIVE_YEAR_PLAN_OUTLINE",
                 "region": "regions/410184", "startYear": 2021, "endYear": 2025}""")
                .post("/api/v1/plans?planId=" + planId).then().statusCode(201);
    }

    private static io.restassured.response.ValidatableResponse target(String plan, String id, String value,
            String form, String comparator, String quote) {
        return given().get("/api/v1/plans/" + plan + "/targets/" + id).then().statusCode(200)
                .body("targetValue", equalTo(value))
                .body("form", equalTo(form))
                .body("comparator", equalTo(comparator))
                .body("provenance.quote", equalTo(quote));
    }

    private static void observation(String indicator, String region, int year, String source, String value,
            String status, String quote) {
        JsonPath history = given().get("/api/v1/indicators/" + indicator + "/observations?regionCode=" + region
                + "&includeHistory=true&pageSize=1000").then().statusCode(200).extract().jsonPath();
        Map<String, Object> found = history.getMap("observations.find { it.period.year == " + year
                + " && it.source == '" + source + "' }");
        assertTrue(found != null, indicator + " " + region + " " + year + " from " + source + " is missing");
        assertEquals(value, found.get("value"));
        assertEquals(status, found.get("status"));
        assertEquals(quote, found.get("quote"));
    }

    private static io.restassured.response.ValidatableResponse project(String id, String name, String region,
            String sector, String stage, String quote) {
        return given().get("/api/v1/projects/" + id).then().statusCode(200)
                .body("displayName", equalTo(name))
                .body("regionCode", equalTo(region))
                .body("sector", equalTo(sector))
                .body("stage", equalTo(stage))
                .body("plan", containsString("plans/"))
                .body("provenance.quote", equalTo(quote));
    }
}
