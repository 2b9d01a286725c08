package io.planmonitor.indicators;

import static io.planmonitor.indicators.GrpcAssertions.assertFieldViolation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.planmonitor.common.v1.Decimal;
import io.planmonitor.common.v1.YearSpan;
import io.planmonitor.indicators.v1.Comparator;
import io.planmonitor.indicators.v1.CreateIndicatorRequest;
import io.planmonitor.indicators.v1.CreatePlanRequest;
import io.planmonitor.indicators.v1.CreateTargetRequest;
import io.planmonitor.indicators.v1.Direction;
import io.planmonitor.indicators.v1.Indicator;
import io.planmonitor.indicators.v1.IndicatorServiceGrpc;
import io.planmonitor.indicators.v1.ListOverdueUpdatesRequest;
import io.planmonitor.indicators.v1.ListOverdueUpdatesResponse;
import io.planmonitor.indicators.v1.Observation;
import io.planmonitor.indicators.v1.ObservationStatus;
import io.planmonitor.indicators.v1.OverdueUpdate;
import io.planmonitor.indicators.v1.Period;
import io.planmonitor.indicators.v1.PeriodKind;
import io.planmonitor.indicators.v1.Plan;
import io.planmonitor.indicators.v1.PlanKind;
import io.planmonitor.indicators.v1.RecordObservationRequest;
import io.planmonitor.indicators.v1.ReportingFrequency;
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
 * Three units' targets in a plan of their own, made-up (API 示例数据): the 统计局's yearly figure is reported up to
 * 2023, the 发改委's quarterly one only to Q1 2024, and the third target has no unit and no value at all.
 */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedPostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "indicators"))
class OverdueUpdatesGrpcTest {

    private static final String REGION = "regions/410184";

    @GrpcClient("indicators")
    IndicatorServiceGrpc.IndicatorServiceBlockingStub service;

    @Test
    void overdueUpdatesAreListedAndCountedPerResponsibleUnit() {
        service.createPlan(CreatePlanRequest.newBuilder().setPlanId("od-plan")
                .setPlan(Plan.newBuilder().setDisplayName("时效测试规划（API 示例数据）")
                        .setKind(PlanKind.PLAN_KIND_FIVE_YEAR_PLAN_OUTLINE).setRegion(REGION)
                        .setPeriod(YearSpan.newBuilder().setStartYear(2021).setEndYear(2025)))
                .build());
        for (String id : List.of("od-yearly", "od-quarterly", "od-nobody")) {
            service.createIndicator(CreateIndicatorRequest.newBuilder().setIndicatorId(id)
                    .setIndicator(Indicator.newBuilder().setDisplayName("时效测试 " + id + "（API 示例数据）")
                            .setUnit("亿元").setDirection(Direction.DIRECTION_HIGHER_IS_BETTER))
                    .build());
        }
        Target yearly = target("od-yearly", "市统计局（示例）", ReportingFrequency.REPORTING_FREQUENCY_YEARLY);
        assertEquals("市统计局（示例）", yearly.getResponsibleUnit());
        target("od-quarterly", "市发展改革委（示例）", ReportingFrequency.REPORTING_FREQUENCY_QUARTERLY);
        target("od-nobody", "", ReportingFrequency.REPORTING_FREQUENCY_UNSPECIFIED);
        observe("od-yearly", Period.newBuilder().setKind(PeriodKind.PERIOD_KIND_YEAR).setYear(2023).build());
        observe("od-quarterly", Period.newBuilder().setKind(PeriodKind.PERIOD_KIND_QUARTER).setYear(2024)
                .setQuarter(1).build());

        // 15 August 2024: 2023's yearly figure and Q2 2024's quarterly one are due.
        ListOverdueUpdatesResponse august = overdue("2024-08-15");
        assertEquals(3, august.getCheckedCount());
        assertEquals(List.of("plans/od-plan/targets/od-nobody", "plans/od-plan/targets/od-quarterly"),
                august.getOverdueList().stream().map(o -> o.getTarget().getName()).sorted().toList());
        OverdueUpdate quarterly = august.getOverdueList().stream()
                .filter(o -> o.getTarget().getName().endsWith("od-quarterly")).findFirst().orElseThrow();
        assertEquals(2, quarterly.getDue().getQuarter());
        assertEquals(1, quarterly.getLatest().getQuarter());
        assertEquals("市发展改革委（示例）应报送2024年第2季度数据，最新仅为2024年第1季度。", quarterly.getExplanationZh());
        assertEquals(1, (int) august.getOverdueByUnitMap().get("未指定责任单位"));
        assertFalse(august.getOverdueByUnitMap().containsKey("市统计局（示例）"));

        // A year later the 统计局 is late too: 2024's figure was due by 31 March 2025.
        ListOverdueUpdatesResponse next = overdue("2025-04-01");
        assertEquals(1, (int) next.getOverdueByUnitMap().get("市统计局（示例）"));
        assertEquals(3, next.getOverdueCount());

        assertFieldViolation("target.reporting_frequency", () -> service.createTarget(CreateTargetRequest.newBuilder()
                .setParent("plans/od-plan").setTargetId("od-bad").setTarget(base("od-yearly")
                        .setReportingFrequencyValue(99)).build()));
    }

    private ListOverdueUpdatesResponse overdue(String asOf) {
        return service.listOverdueUpdates(ListOverdueUpdatesRequest.newBuilder().setRegion(REGION)
                .setPlan("plans/od-plan").setAsOfDate(asOf).build());
    }

    private Target target(String indicator, String unit, ReportingFrequency frequency) {
        return service.createTarget(CreateTargetRequest.newBuilder().setParent("plans/od-plan").setTargetId(indicator)
                .setTarget(base(indicator).setResponsibleUnit(unit).setReportingFrequency(frequency)).build());
    }

    private static Target.Builder base(String indicator) {
        return Target.newBuilder().setIndicator("indicators/" + indicator).setBaselineYear(2020)
                .setTargetYear(2025).setTargetValue(Decimal.newBuilder().setValue("100"))
                .setForm(TargetForm.TARGET_FORM_LEVEL).setComparator(Comparator.COMPARATOR_ABOUT)
                .setAttribute(TargetAttribute.TARGET_ATTRIBUTE_EXPECTED).setUnit("亿元");
    }

    private void observe(String indicator, Period period) {
        service.recordObservation(RecordObservationRequest.newBuilder().setParent("indicators/" + indicator)
                .setObservation(Observation.newBuilder().setRegion(REGION).setPeriod(period)
                        .setValue(Decimal.newBuilder().setValue("90")).setStatus(ObservationStatus.OBSERVATION_STATUS_FINAL)
                        .setSource("时效测试报表（API 示例数据）"))
                .build());
    }
}
