package io.planmonitor.indicators;

import static io.planmonitor.indicators.GrpcAssertions.assertCode;
import static io.planmonitor.indicators.GrpcAssertions.assertFieldViolation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.Status;
import io.planmonitor.common.v1.Decimal;
import io.planmonitor.indicators.v1.BatchMode;
import io.planmonitor.indicators.v1.CreateIndicatorRequest;
import io.planmonitor.indicators.v1.Direction;
import io.planmonitor.indicators.v1.Indicator;
import io.planmonitor.indicators.v1.IndicatorServiceGrpc;
import io.planmonitor.indicators.v1.ListObservationsRequest;
import io.planmonitor.indicators.v1.ListObservationsResponse;
import io.planmonitor.indicators.v1.Observation;
import io.planmonitor.indicators.v1.ObservationStatus;
import io.planmonitor.indicators.v1.Period;
import io.planmonitor.indicators.v1.PeriodKind;
import io.planmonitor.indicators.v1.RecordObservationRequest;
import io.planmonitor.indicators.v1.RecordObservationsRequest;
import io.planmonitor.indicators.v1.RecordObservationsResponse;
import io.planmonitor.indicators.v1.RecordOutcome;
import io.planmonitor.indicators.v1.RecordResult;
import io.planmonitor.localpostgres.EmbeddedPostgresTestResource;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Observations: vintages kept as history, batch ingest with per-item results, paging a long series. */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedPostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "indicators"))
class ObservationGrpcTest {

    private static final String WORK_REPORT = "郑州市2024年政府工作报告";

    @GrpcClient("indicators")
    IndicatorServiceGrpc.IndicatorServiceBlockingStub service;

    @Test
    void aRevisionKeepsTheOldValueAsHistory() {
        String gdp = indicator("obs-gdp", "地区生产总值", "亿元");
        // 2023: 总量超过1.36万亿元 (preliminary), later revised.
        Observation preliminary = record(gdp, year(2023), "13617.8", ObservationStatus.OBSERVATION_STATUS_PRELIMINARY,
                WORK_REPORT);
        Observation revised = record(gdp, year(2023), "13617.97", ObservationStatus.OBSERVATION_STATUS_REVISED,
                "郑州统计年鉴2024");
        assertTrue(revised.getLatest());

        List<Observation> current = list(gdp, false).getObservationsList();
        assertEquals(List.of("13617.97"), current.stream().map(o -> o.getValue().getValue()).toList());
        List<Observation> history = list(gdp, true).getObservationsList();
        assertEquals(List.of("13617.8", "13617.97"), history.stream().map(o -> o.getValue().getValue()).toList());
        assertFalse(history.get(0).getLatest());
        assertEquals(preliminary.getName(), history.get(0).getName());
    }

    @Test
    void aSecondaryCompilationNeverDisplacesAnOfficialFigureButStandsWhereThereIsNone() {
        String population = indicator("obs-population-secondary", "常住人口（测试）", "万人");
        // API 示例数据: figures made up for the test.
        Observation official = record(population, year(2022), "1200", ObservationStatus.OBSERVATION_STATUS_FINAL,
                "测试统计公报（API 示例数据）");
        Observation compiled = service.recordObservation(RecordObservationRequest.newBuilder().setParent(population)
                .setObservation(observation(year(2022), "1201").setStatus(ObservationStatus.OBSERVATION_STATUS_FINAL)
                        .setSource("测试数据汇编（API 示例数据）").setSecondary(true)
                        .setSourceUrl("https://example.org/compilation")).build());
        assertFalse(compiled.getLatest(), "the official figure stays current");
        assertTrue(compiled.getSecondary());
        assertEquals("https://example.org/compilation", compiled.getSourceUrl());
        assertEquals(List.of(official.getName()), list(population, false).getObservationsList().stream()
                .map(Observation::getName).toList());

        Observation onlyCompiled = service.recordObservation(RecordObservationRequest.newBuilder().setParent(population)
                .setObservation(observation(year(2021), "1190").setStatus(ObservationStatus.OBSERVATION_STATUS_FINAL)
                        .setSource("测试数据汇编（API 示例数据）").setSecondary(true)).build());
        assertTrue(onlyCompiled.getLatest(), "nothing official for 2021: the compilation's figure is current");
        Observation laterOfficial = record(population, year(2021), "1191", ObservationStatus.OBSERVATION_STATUS_FINAL,
                "测试统计公报（API 示例数据）");
        assertTrue(laterOfficial.getLatest(), "an official figure displaces a compilation's");
        assertEquals(4, list(population, true).getObservationsCount(), "every vintage is kept");

        // An official preliminary estimate is displaced by a compilation's final figure, not by its estimate.
        record(population, year(2020), "1180", ObservationStatus.OBSERVATION_STATUS_PRELIMINARY,
                "测试政府工作报告（API 示例数据）");
        Observation compiledEstimate = service.recordObservation(RecordObservationRequest.newBuilder()
                .setParent(population).setObservation(observation(year(2020), "1181")
                        .setStatus(ObservationStatus.OBSERVATION_STATUS_PRELIMINARY)
                        .setSource("测试数据汇编（API 示例数据）").setSecondary(true)).build());
        assertFalse(compiledEstimate.getLatest());
        Observation compiledFinal = service.recordObservation(RecordObservationRequest.newBuilder()
                .setParent(population).setObservation(observation(year(2020), "1182")
                        .setStatus(ObservationStatus.OBSERVATION_STATUS_FINAL)
                        .setSource("测试数据汇编（API 示例数据）").setSecondary(true)).build());
        assertTrue(compiledFinal.getLatest(), "the final figure the estimate awaited");
    }

    @Test
    void aDerivedValueCarriesItsArithmeticAndBadAddressesAreRefused() {
        String growth = indicator("obs-derived", "固定资产投资增长率（测试）", "%");
        Observation derived = service.recordObservation(RecordObservationRequest.newBuilder().setParent(growth)
                .setObservation(observation(year(2024), "5.3").setStatus(ObservationStatus.OBSERVATION_STATUS_PRELIMINARY)
                        .setSource("测试统计快报（API 示例数据）").setDerivation("5.3 = 6.2 − 0.9")).build());
        assertEquals("5.3 = 6.2 − 0.9", list(growth, false).getObservations(0).getDerivation());
        assertEquals(derived.getName(), list(growth, false).getObservations(0).getName());
        assertFieldViolation("observation.source_url", () -> service.recordObservation(RecordObservationRequest
                .newBuilder().setParent(growth).setObservation(observation(year(2023), "1")
                        .setStatus(ObservationStatus.OBSERVATION_STATUS_FINAL).setSource("测试（API 示例数据）")
                        .setSourceUrl("javascript:alert(1)")).build()));
    }

    @Test
    void recordingTheSameReportTwiceChangesNothing() {
        String growth = indicator("obs-gdp-growth", "地区生产总值增长率", "%");
        RecordObservationsRequest batch = RecordObservationsRequest.newBuilder()
                .addRequests(item(growth, year(2023), "7.4", WORK_REPORT))
                .build();
        assertEquals(RecordOutcome.RECORD_OUTCOME_RECORDED, service.recordObservations(batch).getResults(0).getOutcome());
        assertEquals(RecordOutcome.RECORD_OUTCOME_ALREADY_RECORDED,
                service.recordObservations(batch).getResults(0).getOutcome());
        assertEquals(1, list(growth, true).getObservationsCount());
    }

    @Test
    void replayingAReportAfterAnotherSourcesChangesNothing() {
        String growth = indicator("obs-gdp-growth-two-sources", "地区生产总值增长率", "%");
        RecordObservationsRequest workReport = RecordObservationsRequest.newBuilder()
                .addRequests(item(growth, year(2023), "7.4", WORK_REPORT)).build();
        RecordObservationsRequest annualPlan = RecordObservationsRequest.newBuilder()
                .addRequests(item(growth, year(2023), "7.4", "郑州市2024年国民经济和社会发展计划")).build();
        service.recordObservations(workReport);
        service.recordObservations(annualPlan);
        // The seed dataset is loaded again: neither source's figure becomes a new vintage.
        assertEquals(RecordOutcome.RECORD_OUTCOME_ALREADY_RECORDED,
                service.recordObservations(workReport).getResults(0).getOutcome());
        assertEquals(RecordOutcome.RECORD_OUTCOME_ALREADY_RECORDED,
                service.recordObservations(annualPlan).getResults(0).getOutcome());
        List<Observation> history = list(growth, true).getObservationsList();
        assertEquals(List.of(WORK_REPORT, "郑州市2024年国民经济和社会发展计划"),
                history.stream().map(Observation::getSource).toList());
        assertTrue(history.get(1).getLatest());
    }

    @Test
    void aBatchKeepsTheGoodItemsAndNamesTheBadOnes() {
        String retail = indicator("obs-retail", "社会消费品零售总额", "亿元");
        RecordObservationsResponse response = service.recordObservations(RecordObservationsRequest.newBuilder()
                .addRequests(item(retail, year(2022), "5223.4", WORK_REPORT))
                .addRequests(item(retail, year(2023), "5,623.2", WORK_REPORT))
                .addRequests(item(retail, Period.newBuilder().setKind(PeriodKind.PERIOD_KIND_QUARTER).setYear(2023)
                        .setQuarter(5).build(), "1500", WORK_REPORT))
                .addRequests(item("indicators/obs-nothing", year(2023), "1", WORK_REPORT))
                .addRequests(item(retail, Period.newBuilder().setKind(PeriodKind.PERIOD_KIND_MONTH).setYear(2023)
                        .setMonth(12).build(), "520.1", WORK_REPORT))
                .build());
        List<RecordResult> results = response.getResultsList();
        assertEquals(RecordOutcome.RECORD_OUTCOME_RECORDED, results.get(0).getOutcome());
        assertEquals(RecordOutcome.RECORD_OUTCOME_REJECTED, results.get(1).getOutcome());
        assertEquals("observation.value.value", results.get(1).getViolations(0).getField());
        assertEquals("observation.period.quarter", results.get(2).getViolations(0).getField());
        assertEquals("parent", results.get(3).getViolations(0).getField());
        assertEquals(RecordOutcome.RECORD_OUTCOME_RECORDED, results.get(4).getOutcome());
        assertEquals(2, list(retail, true).getObservationsCount());
    }

    @Test
    void valuesOfOnePeriodInOneBatchAreVintagesOfEachOtherInTheirOrder() {
        String revenue = indicator("obs-same-batch", "税收收入（同批）", "亿元");
        record(revenue, year(2023), "700", ObservationStatus.OBSERVATION_STATUS_PRELIMINARY, WORK_REPORT);
        List<RecordResult> results = service.recordObservations(RecordObservationsRequest.newBuilder()
                .addRequests(item(revenue, year(2023), "710", "统计公报"))
                .addRequests(item(revenue, year(2023), "700", WORK_REPORT))
                .addRequests(item(revenue, year(2023), "712.5", "年鉴"))
                .addRequests(item(revenue, year(2023), "710", "统计公报"))
                .build()).getResultsList();
        assertEquals(List.of(RecordOutcome.RECORD_OUTCOME_RECORDED, RecordOutcome.RECORD_OUTCOME_ALREADY_RECORDED,
                        RecordOutcome.RECORD_OUTCOME_RECORDED, RecordOutcome.RECORD_OUTCOME_ALREADY_RECORDED),
                results.stream().map(RecordResult::getOutcome).toList());
        assertEquals(results.get(0).getObservation().getName(), results.get(3).getObservation().getName(),
                "the repeat within the batch names the vintage the batch wrote");
        assertEquals(List.of("700", "710", "712.5"), list(revenue, true).getObservationsList().stream()
                .map(o -> o.getValue().getValue()).toList());
        assertEquals(List.of("712.5"), values(revenue), "the batch's last new value is the latest");
    }

    @Test
    void badSingleRecordsNameTheField() {
        String gdp = indicator("obs-bad", "一般公共预算收入", "亿元");
        assertFieldViolation("observation.region", () -> service.recordObservation(RecordObservationRequest.newBuilder()
                .setParent(gdp).setObservation(observation(year(2023), "1").setRegion("regions/999999")).build()));
        assertFieldViolation("observation.status", () -> service.recordObservation(RecordObservationRequest.newBuilder()
                .setParent(gdp).setObservation(observation(year(2023), "1")
                        .setStatus(ObservationStatus.OBSERVATION_STATUS_UNSPECIFIED)).build()));
        assertFieldViolation("observation.period.end_year", () -> service.recordObservation(
                RecordObservationRequest.newBuilder().setParent(gdp).setObservation(observation(Period.newBuilder()
                        .setKind(PeriodKind.PERIOD_KIND_SPAN).setYear(2016).setEndYear(2015).build(), "1")).build()));
        assertCode(Status.Code.NOT_FOUND, () -> service.recordObservation(RecordObservationRequest.newBuilder()
                .setParent("indicators/obs-missing").setObservation(observation(year(2023), "1")).build()));
    }

    @Test
    void pagingWalksMoreThanAThousandValuesWithoutGapsOrRepeats() {
        String monthly = indicator("obs-monthly", "规模以上工业增加值月度值", "亿元");
        RecordObservationsRequest.Builder batch = RecordObservationsRequest.newBuilder();
        for (int i = 0; i < 1100; i++) {
            Period month = Period.newBuilder().setKind(PeriodKind.PERIOD_KIND_MONTH)
                    .setYear(1950 + i / 12).setMonth(i % 12 + 1).build();
            batch.addRequests(item(monthly, month, Integer.toString(100 + i), "测试序列"));
        }
        assertTrue(service.recordObservations(batch.build()).getResultsList().stream()
                .allMatch(r -> r.getOutcome() == RecordOutcome.RECORD_OUTCOME_RECORDED));

        Set<String> seen = new HashSet<>();
        String token = "";
        int pages = 0;
        do {
            ListObservationsResponse page = service.listObservations(ListObservationsRequest.newBuilder()
                    .setParent(monthly).setPageSize(250).setPageToken(token).build());
            page.getObservationsList().forEach(o -> assertTrue(seen.add(o.getName()), "twice: " + o.getName()));
            token = page.getNextPageToken();
            pages++;
        } while (!token.isEmpty());
        assertEquals(1100, seen.size());
        assertEquals(5, pages);
    }

    @Test
    void theLargestBatchTravelsInOneCall() {
        String daily = indicator("obs-largest-batch", "用电量月度值（最大批量）", "亿千瓦时");
        RecordObservationsRequest.Builder batch = RecordObservationsRequest.newBuilder();
        for (int i = 0; i < 5000; i++) {
            Period month = Period.newBuilder().setKind(PeriodKind.PERIOD_KIND_MONTH)
                    .setYear(1949 + i / 12 % 152).setMonth(i % 12 + 1).build();
            batch.addRequests(RecordObservationRequest.newBuilder().setParent(daily).setObservation(
                    observation(month, Integer.toString(i)).setRegion(i < 1824 ? "regions/410100" : i < 3648
                            ? "regions/410105" : "regions/410184")));
        }
        List<RecordResult> results = service.recordObservations(batch.build()).getResultsList();
        assertEquals(5000, results.size());
        assertTrue(results.stream().allMatch(r -> r.getOutcome() == RecordOutcome.RECORD_OUTCOME_RECORDED));
    }

    @Test
    void aBatchIsCheckedOnlyOrWrittenAllOrNothingWhenAsked() {
        String revenue = indicator("obs-batch-revenue", "一般公共预算收入（批量）", "亿元");
        RecordObservationsRequest.Builder batch = RecordObservationsRequest.newBuilder()
                .addRequests(RecordObservationRequest.newBuilder().setParent(revenue)
                        .setObservation(observation(year(2021), "100")))
                .addRequests(RecordObservationRequest.newBuilder().setParent(revenue)
                        .setObservation(observation(year(2022), "110").setRegion("regions/999999")));

        RecordObservationsResponse checked = service.recordObservations(batch.clone().setValidateOnly(true).build());
        assertEquals(List.of(RecordOutcome.RECORD_OUTCOME_RECORDED, RecordOutcome.RECORD_OUTCOME_REJECTED),
                checked.getResultsList().stream().map(RecordResult::getOutcome).toList());
        assertFalse(checked.getResults(0).hasObservation(), "a value only checked has no name yet");
        RecordObservationsResponse refused = service.recordObservations(batch.clone()
                .setMode(BatchMode.BATCH_MODE_ALL_OR_NOTHING).build());
        assertEquals(RecordOutcome.RECORD_OUTCOME_REJECTED, refused.getResults(1).getOutcome());
        assertEquals(0, values(revenue).size(), "all or nothing: the good value is not written either");

        batch.setRequests(1, RecordObservationRequest.newBuilder().setParent(revenue)
                .setObservation(observation(year(2022), "110")));
        RecordObservationsResponse written = service.recordObservations(batch.clone()
                .setMode(BatchMode.BATCH_MODE_ALL_OR_NOTHING).build());
        assertTrue(written.getResultsList().stream().allMatch(r -> r.getOutcome() == RecordOutcome.RECORD_OUTCOME_RECORDED));
        assertEquals(List.of("100", "110"), values(revenue));
    }

    private List<String> values(String indicator) {
        return service.listObservations(ListObservationsRequest.newBuilder().setParent(indicator).build())
                .getObservationsList().stream().map(o -> o.getValue().getValue()).toList();
    }

    private String indicator(String id, String name, String unit) {
        return service.createIndicator(CreateIndicatorRequest.newBuilder().setIndicatorId(id)
                .setIndicator(Indicator.newBuilder().setDisplayName(name).setUnit(unit)
                        .setDirection(Direction.DIRECTION_HIGHER_IS_BETTER))
                .build()).getName();
    }

    private Observation record(String indicator, Period period, String value, ObservationStatus status, String source) {
        return service.recordObservation(RecordObservationRequest.newBuilder().setParent(indicator)
                .setObservation(observation(period, value).setStatus(status).setSource(source)).build());
    }

    private ListObservationsResponse list(String indicator, boolean history) {
        return service.listObservations(ListObservationsRequest.newBuilder().setParent(indicator)
                .setIncludeHistory(history).build());
    }

    private static RecordObservationRequest item(String indicator, Period period, String value, String source) {
        return RecordObservationRequest.newBuilder().setParent(indicator)
                .setObservation(observation(period, value).setSource(source)).build();
    }

    private static Observation.Builder observation(Period period, String value) {
        return Observation.newBuilder().setRegion("regions/410100").setPeriod(period)
                .setValue(Decimal.newBuilder().setValue(value))
                .setStatus(ObservationStatus.OBSERVATION_STATUS_PRELIMINARY).setSource(WORK_REPORT);
    }

    private static Period year(int year) {
        return Period.newBuilder().setKind(PeriodKind.PERIOD_KIND_YEAR).setYear(year).build();
    }
}
