package io.planmonitor.indicators;

import static io.planmonitor.indicators.GrpcAssertions.assertCode;
import static io.planmonitor.indicators.GrpcAssertions.assertFieldViolation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.grpc.Status;
import io.planmonitor.common.v1.Decimal;
import io.planmonitor.common.v1.YearSpan;
import io.planmonitor.indicators.v1.Comparator;
import io.planmonitor.indicators.v1.CreateIndicatorRequest;
import io.planmonitor.indicators.v1.CreatePlanRequest;
import io.planmonitor.indicators.v1.CreateTargetRequest;
import io.planmonitor.indicators.v1.Direction;
import io.planmonitor.indicators.v1.Indicator;
import io.planmonitor.indicators.v1.IndicatorServiceGrpc;
import io.planmonitor.indicators.v1.Observation;
import io.planmonitor.indicators.v1.ObservationStatus;
import io.planmonitor.indicators.v1.Period;
import io.planmonitor.indicators.v1.PeriodKind;
import io.planmonitor.indicators.v1.Plan;
import io.planmonitor.indicators.v1.PlanKind;
import io.planmonitor.indicators.v1.ReconcileYearRequest;
import io.planmonitor.indicators.v1.ReconcileYearResponse;
import io.planmonitor.indicators.v1.ReconciliationFlag;
import io.planmonitor.indicators.v1.ReconciliationRow;
import io.planmonitor.indicators.v1.RecordObservationRequest;
import io.planmonitor.indicators.v1.Target;
import io.planmonitor.indicators.v1.TargetAttribute;
import io.planmonitor.indicators.v1.TargetForm;
import io.planmonitor.localpostgres.EmbeddedPostgresTestResource;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A district's outline, annual plan and work report for 2024 against a real PostgreSQL, with made-up figures
 * (API 示例数据): 1000 in 2020 to 1610.51 in 2025 requires 10 % a year; the annual plan asks 8 %, the work report
 * 8.5 %; two sources report 2024 differently (1437.48 and 1440 after 1331 in 2023).
 */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedPostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "indicators"))
class ReconciliationGrpcTest {

    private static final String JINSHUI = "regions/410105";

    @GrpcClient("indicators")
    IndicatorServiceGrpc.IndicatorServiceBlockingStub service;

    @Test
    void theOutlinesPaceTheAnnualTargetsAndTheReportedValuesOfAYearAreSetSideBySide() {
        service.createIndicator(CreateIndicatorRequest.newBuilder().setIndicatorId("rc-output")
                .setIndicator(Indicator.newBuilder().setDisplayName("对账测试产值（API 示例数据）").setUnit("亿元")
                        .setDirection(Direction.DIRECTION_HIGHER_IS_BETTER))
                .build());
        plan("rc-outline", PlanKind.PLAN_KIND_FIVE_YEAR_PLAN_OUTLINE, 2021, 2025);
        plan("rc-annual-2024", PlanKind.PLAN_KIND_ANNUAL_PLAN, 2024, 2024);
        plan("rc-report-2024", PlanKind.PLAN_KIND_GOVERNMENT_WORK_REPORT, 2024, 2024);
        target("rc-outline", 2020, "1000", 2025, "1610.51", TargetForm.TARGET_FORM_LEVEL, "亿元");
        target("rc-annual-2024", 2023, null, 2024, "8", TargetForm.TARGET_FORM_ANNUAL_GROWTH, "%");
        target("rc-report-2024", 2023, null, 2024, "8.5", TargetForm.TARGET_FORM_ANNUAL_GROWTH, "%");
        observe(2023, "1331", "对账测试公报甲（API 示例数据）");
        observe(2024, "1437.48", "对账测试公报甲（API 示例数据）");
        observe(2024, "1440", "对账测试报告乙（API 示例数据）");

        ReconcileYearResponse reconciliation = service.reconcileYear(ReconcileYearRequest.newBuilder()
                .setRegion(JINSHUI).setYear(2024).build());
        ReconciliationRow row = reconciliation.getRowsList().stream()
                .filter(r -> r.getIndicator().equals("indicators/rc-output")).findFirst().orElseThrow();
        assertEquals("plans/rc-outline/targets/rc-output", row.getOutlineTarget().getName());
        assertEquals("10", row.getRequiredPace().getValue(), "(1610.51 / 1000)^(1/5) − 1");
        assertEquals("plans/rc-annual-2024/targets/rc-output", row.getAnnualTarget().getName(),
                "the annual plan's target before the work report's");
        assertEquals(List.of("plans/rc-report-2024/targets/rc-output"),
                row.getOtherAnnualTargetsList().stream().map(Target::getName).toList());
        assertEquals(2, row.getReportedCount());
        assertEquals("8.19", row.getActual().getValue(), "1440 / 1331 − 1, from the latest vintage");
        assertEquals(List.of(ReconciliationFlag.RECONCILIATION_FLAG_ANNUAL_TARGET_BELOW_PACE,
                ReconciliationFlag.RECONCILIATION_FLAG_ANNUAL_TARGETS_DISAGREE,
                ReconciliationFlag.RECONCILIATION_FLAG_REPORTED_VALUES_DISAGREE), row.getFlagsList());
        assertFalse(row.getExplanationZh().isBlank());
        assertEquals(1, (int) reconciliation.getFlagCountsMap()
                .get("RECONCILIATION_FLAG_ANNUAL_TARGET_BELOW_PACE"));

        // 2023 has no annual target and no outline pace issue: the row is the outline's, without flags.
        ReconciliationRow earlier = service.reconcileYear(ReconcileYearRequest.newBuilder().setRegion(JINSHUI)
                .setYear(2023).build()).getRowsList().stream()
                .filter(r -> r.getIndicator().equals("indicators/rc-output")).findFirst().orElseThrow();
        assertEquals("1331", earlier.getRequiredPace().getValue(), "1000 × 1.1³ on the path to the target");
        assertEquals(List.of(), earlier.getFlagsList());
    }

    @Test
    void badRegionsAndYearsAreRefusedByField() {
        assertFieldViolation("region", () -> service.reconcileYear(ReconcileYearRequest.newBuilder()
                .setRegion("410105").setYear(2024).build()));
        assertFieldViolation("year", () -> service.reconcileYear(ReconcileYearRequest.newBuilder()
                .setRegion(JINSHUI).build()));
        assertCode(Status.Code.NOT_FOUND, () -> service.reconcileYear(ReconcileYearRequest.newBuilder()
                .setRegion("regions/419999").setYear(2024).build()));
    }

    private void plan(String id, PlanKind kind, int start, int end) {
        service.createPlan(CreatePlanRequest.newBuilder().setPlanId(id)
                .setPlan(Plan.newBuilder().setDisplayName("对账测试规划 " + id + "（API 示例数据）").setKind(kind)
                        .setRegion(JINSHUI).setPeriod(YearSpan.newBuilder().setStartYear(start).setEndYear(end)))
                .build());
    }

    private void target(String plan, int baseYear, String base, int year, String value, TargetForm form,
            String unit) {
        Target.Builder target = Target.newBuilder().setIndicator("indicators/rc-output").setBaselineYear(baseYear)
                .setTargetYear(year).setTargetValue(decimal(value)).setForm(form)
                .setComparator(Comparator.COMPARATOR_ABOUT).setAttribute(TargetAttribute.TARGET_ATTRIBUTE_EXPECTED)
                .setUnit(unit);
        if (base != null) {
            target.setBaselineValue(decimal(base));
        }
        service.createTarget(CreateTargetRequest.newBuilder().setParent("plans/" + plan).setTargetId("rc-output")
                .setTarget(target).build());
    }

    private void observe(int year, String value, String source) {
        service.recordObservation(RecordObservationRequest.newBuilder().setParent("indicators/rc-output")
                .setObservation(Observation.newBuilder().setRegion(JINSHUI)
                        .setPeriod(Period.newBuilder().setKind(PeriodKind.PERIOD_KIND_YEAR).setYear(year))
                        .setValue(decimal(value)).setStatus(ObservationStatus.OBSERVATION_STATUS_FINAL)
                        .setSource(source))
                .build());
    }

    private static Decimal decimal(String value) {
        return Decimal.newBuilder().setValue(value).build();
    }
}
