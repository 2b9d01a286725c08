package io.planmonitor.indicators;

import static io.planmonitor.indicators.GrpcAssertions.assertFieldViolation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planmonitor.common.v1.Decimal;
import io.planmonitor.common.v1.YearSpan;
import io.planmonitor.indicators.v1.CascadeShare;
import io.planmonitor.indicators.v1.Comparator;
import io.planmonitor.indicators.v1.CreateIndicatorRequest;
import io.planmonitor.indicators.v1.CreatePlanRequest;
import io.planmonitor.indicators.v1.CreateTargetRequest;
import io.planmonitor.indicators.v1.Direction;
import io.planmonitor.indicators.v1.GetTargetCascadeRequest;
import io.planmonitor.indicators.v1.Indicator;
import io.planmonitor.indicators.v1.IndicatorServiceGrpc;
import io.planmonitor.indicators.v1.Observation;
import io.planmonitor.indicators.v1.ObservationStatus;
import io.planmonitor.indicators.v1.Period;
import io.planmonitor.indicators.v1.PeriodKind;
import io.planmonitor.indicators.v1.Plan;
import io.planmonitor.indicators.v1.PlanKind;
import io.planmonitor.indicators.v1.RecordObservationRequest;
import io.planmonitor.indicators.v1.Target;
import io.planmonitor.indicators.v1.TargetAttribute;
import io.planmonitor.indicators.v1.TargetCascade;
import io.planmonitor.indicators.v1.TargetForm;
import io.planmonitor.localpostgres.EmbeddedPostgresTestResource;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * A city target decomposed to two of its regions (分解落实), with made-up figures (API 示例数据): 1000 for the city,
 * 400 and 500 for the shares (900: less than the city's), 2024 actuals 380 and 450 (830).
 */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedPostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "indicators"))
class CascadeGrpcTest {

    @GrpcClient("indicators")
    IndicatorServiceGrpc.IndicatorServiceBlockingStub service;

    @Test
    void aCityTargetsSharesAreReadAndTheirTargetsAndActualsSummedWhereTheyAddUp() {
        indicator("cc-output", "分解测试产值（API 示例数据）", "亿元");
        plan("cc-city", "410100");
        plan("cc-jinshui", "410105");
        plan("cc-xinzheng", "410184");
        target("cc-city", "cc-output", "1000", "亿元", "");
        Target jinshui = target("cc-jinshui", "cc-output", "400", "亿元", "plans/cc-city/targets/cc-output");
        target("cc-xinzheng", "cc-output", "500", "亿元", "plans/cc-city/targets/cc-output");
        assertEquals("plans/cc-city/targets/cc-output", jinshui.getParentTarget());
        observe("cc-output", "410105", "380");
        observe("cc-output", "410184", "450");

        TargetCascade cascade = service.getTargetCascade(GetTargetCascadeRequest.newBuilder()
                .setTarget("plans/cc-city/targets/cc-output").setAsOfDate("2024-12-31").build());
        assertEquals(2, cascade.getSharesCount());
        assertEquals(java.util.List.of("plans/cc-jinshui/targets/cc-output", "plans/cc-xinzheng/targets/cc-output"),
                cascade.getSharesList().stream().map(CascadeShare::getTarget).map(Target::getName).toList());
        assertTrue(cascade.getAdditive());
        assertEquals("900", cascade.getSharesTargetTotal().getValue());
        assertEquals(2024, cascade.getRolledUpYear());
        assertEquals("830", cascade.getRolledUpActual().getValue());
        assertTrue(cascade.getExplanationZh().contains("低于上级目标1000亿元"), cascade.getExplanationZh());

        // A rate does not add up: its shares are listed, nothing is summed.
        indicator("cc-rate", "分解测试比率（API 示例数据）", "%");
        target("cc-city", "cc-rate", "60", "%", "");
        target("cc-jinshui", "cc-rate", "65", "%", "plans/cc-city/targets/cc-rate");
        TargetCascade rate = service.getTargetCascade(GetTargetCascadeRequest.newBuilder()
                .setTarget("plans/cc-city/targets/cc-rate").build());
        assertFalse(rate.getAdditive());
        assertEquals(1, rate.getSharesCount());
        assertFalse(rate.hasSharesTargetTotal());
        assertTrue(rate.getExplanationZh().contains("不能由各地区相加"), rate.getExplanationZh());
    }

    @Test
    void aShareMustMeasureTheSameInARegionUnderItsParents() {
        indicator("cc-bad", "分解测试校验（API 示例数据）", "亿元");
        plan("cc-bad-city", "410100");
        plan("cc-bad-district", "410105");
        target("cc-bad-city", "cc-bad", "10", "亿元", "");
        target("cc-bad-district", "cc-bad", "5", "亿元", "");
        assertFieldViolation("target.parent_target", () -> target("cc-bad-district", "cc-bad", "5", "亿元",
                "plans/cc-bad-city/targets/no-such-target", "other"));
        assertFieldViolation("target.parent_target", () -> target("cc-bad-city", "cc-bad", "5", "亿元",
                "plans/cc-bad-district/targets/cc-bad", "upward"));
        assertFieldViolation("target.parent_target", () -> target("cc-bad-district", "cc-bad", "5", "亿元",
                "plans/cc-bad-city/targets", "malformed"));
    }

    private void indicator(String id, String name, String unit) {
        service.createIndicator(CreateIndicatorRequest.newBuilder().setIndicatorId(id)
                .setIndicator(Indicator.newBuilder().setDisplayName(name).setUnit(unit)
                        .setDirection(Direction.DIRECTION_HIGHER_IS_BETTER))
                .build());
    }

    private void plan(String id, String region) {
        service.createPlan(CreatePlanRequest.newBuilder().setPlanId(id)
                .setPlan(Plan.newBuilder().setDisplayName("分解测试规划 " + id + "（API 示例数据）")
                        .setKind(PlanKind.PLAN_KIND_FIVE_YEAR_PLAN_OUTLINE).setRegion("regions/" + region)
                        .setPeriod(YearSpan.newBuilder().setStartYear(2021).setEndYear(2025)))
                .build());
    }

    private Target target(String plan, String indicator, String value, String unit, String parent) {
        return target(plan, indicator, value, unit, parent, indicator);
    }

    private Target target(String plan, String indicator, String value, String unit, String parent, String id) {
        return service.createTarget(CreateTargetRequest.newBuilder().setParent("plans/" + plan).setTargetId(id)
                .setTarget(Target.newBuilder().setIndicator("indicators/" + indicator).setBaselineYear(2020)
                        .setTargetYear(2025).setTargetValue(decimal(value)).setForm(TargetForm.TARGET_FORM_LEVEL)
                        .setComparator(Comparator.COMPARATOR_ABOUT)
                        .setAttribute(TargetAttribute.TARGET_ATTRIBUTE_EXPECTED).setUnit(unit)
                        .setParentTarget(parent))
                .build());
    }

    private void observe(String indicator, String region, String value) {
        service.recordObservation(RecordObservationRequest.newBuilder().setParent("indicators/" + indicator)
                .setObservation(Observation.newBuilder().setRegion("regions/" + region)
                        .setPeriod(Period.newBuilder().setKind(PeriodKind.PERIOD_KIND_YEAR).setYear(2024))
                        .setValue(decimal(value)).setStatus(ObservationStatus.OBSERVATION_STATUS_FINAL)
                        .setSource("分解测试公报（API 示例数据）"))
                .build());
    }

    private static Decimal decimal(String value) {
        return Decimal.newBuilder().setValue(value).build();
    }
}
