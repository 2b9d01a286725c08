package io.planmonitor.indicators;

import static io.planmonitor.indicators.GrpcAssertions.assertCode;
import static io.planmonitor.indicators.GrpcAssertions.assertFieldViolation;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.grpc.Status;
import io.planmonitor.common.v1.Decimal;
import io.planmonitor.common.v1.YearSpan;
import io.planmonitor.indicators.v1.Comparator;
import io.planmonitor.indicators.v1.CreateIndicatorRequest;
import io.planmonitor.indicators.v1.CreatePlanRequest;
import io.planmonitor.indicators.v1.CreateTargetRequest;
import io.planmonitor.indicators.v1.Direction;
import io.planmonitor.indicators.v1.EvaluationKind;
import io.planmonitor.indicators.v1.GetPlanEvaluationRequest;
import io.planmonitor.indicators.v1.Indicator;
import io.planmonitor.indicators.v1.IndicatorServiceGrpc;
import io.planmonitor.indicators.v1.Observation;
import io.planmonitor.indicators.v1.ObservationStatus;
import io.planmonitor.indicators.v1.Period;
import io.planmonitor.indicators.v1.PeriodKind;
import io.planmonitor.indicators.v1.Plan;
import io.planmonitor.indicators.v1.PlanEvaluation;
import io.planmonitor.indicators.v1.PlanKind;
import io.planmonitor.indicators.v1.ProgressEvaluation;
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
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A plan of four made-up targets (API 示例数据): a binding one already met, one far behind its path, and two that
 * disagree on the same indicator's 2025 value and have no actual yet.
 */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedPostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "indicators"))
class PlanEvaluationGrpcTest {

    private static final String REGION = "regions/410184";
    private static final String PLAN = "plans/ev-plan";

    @GrpcClient("indicators")
    IndicatorServiceGrpc.IndicatorServiceBlockingStub service;

    @Test
    void aPlanIsEvaluatedWithItsCountsListsAndSentences() {
        service.createPlan(CreatePlanRequest.newBuilder().setPlanId("ev-plan")
                .setPlan(Plan.newBuilder().setDisplayName("评估测试规划（API 示例数据）")
                        .setKind(PlanKind.PLAN_KIND_FIVE_YEAR_PLAN_OUTLINE).setRegion(REGION)
                        .setPeriod(YearSpan.newBuilder().setStartYear(2021).setEndYear(2025)))
                .build());
        for (String id : List.of("ev-met", "ev-behind", "ev-unread")) {
            service.createIndicator(CreateIndicatorRequest.newBuilder().setIndicatorId(id)
                    .setIndicator(Indicator.newBuilder().setDisplayName("评估测试 " + id + "（API 示例数据）")
                            .setUnit("亿元").setDirection(Direction.DIRECTION_HIGHER_IS_BETTER))
                    .build());
        }
        target("ev-met", "ev-met", "150", TargetAttribute.TARGET_ATTRIBUTE_BINDING);
        target("ev-behind", "ev-behind", "200", TargetAttribute.TARGET_ATTRIBUTE_EXPECTED);
        target("ev-unread-a", "ev-unread", "150", TargetAttribute.TARGET_ATTRIBUTE_EXPECTED);
        target("ev-unread-b", "ev-unread", "160", TargetAttribute.TARGET_ATTRIBUTE_EXPECTED);
        observe("ev-met", "160");     // above 150: achieved, so the binding target is met
        observe("ev-behind", "102");  // 2 of the 100 it must add by 2025, three years in: lagging

        PlanEvaluation june = evaluate("2024-06-30", EvaluationKind.EVALUATION_KIND_UNSPECIFIED);
        assertEquals(EvaluationKind.EVALUATION_KIND_MID_TERM, june.getKind());
        assertEquals("评估测试规划（API 示例数据）中期评估报告", june.getTitleZh());
        assertEquals(4, june.getEvaluationsCount());
        // ev-unread is stated twice for 2025 (150 and 160): both are read, counted once.
        assertEquals(PLAN + "/targets/ev-unread-a", june.getEvaluationsList().stream()
                .filter(e -> e.getTarget().endsWith("/ev-unread-b")).findFirst().orElseThrow().getCountedAs());
        assertEquals(Map.of("PROGRESS_STATUS_ACHIEVED", 1, "PROGRESS_STATUS_LAGGING", 1,
                "PROGRESS_STATUS_NOT_ASSESSABLE", 1), june.getCountsByStatusMap());
        assertEquals(1, june.getBindingCount());
        assertEquals(Map.of("BINDING_READING_MET", 1), june.getBindingByReadingMap());
        assertEquals(List.of(PLAN + "/targets/ev-behind"), june.getBehindTargetsList());
        assertEquals(1, june.getConflictsCount(), "ev-unread's two 2025 values");
        assertEquals(2, june.getConflicts(0).getTargetsCount());
        assertEquals(Map.of("OFFICE_READING_EARLY_ACHIEVED", 1, "OFFICE_READING_BEHIND", 1,
                "OFFICE_READING_NOT_ASSESSABLE", 1), june.getCountsByReadingMap());
        assertEquals("评估测试规划（API 示例数据）（2021—2025年）共设指标目标3项，其中约束性1项。截至2024-06-30，"
                + "提前实现1项，滞后1项，无法评估1项。", june.getOverviewZh());
        assertEquals("约束性指标1项：达标1项。", june.getBindingZh());
        // 2023 is reported for two of them; the two with no value at all are late with it.
        assertEquals(4, june.getFreshness().getCheckedCount());
        assertEquals(2, june.getFreshness().getOverdueCount());
        assertEquals(june.getEvaluationsList().stream().map(ProgressEvaluation::getTarget).sorted().toList(),
                june.getEvaluationsList().stream().map(ProgressEvaluation::getTarget).toList(), "by target name");

        assertEquals(EvaluationKind.EVALUATION_KIND_FINAL,
                evaluate("2026-03-01", EvaluationKind.EVALUATION_KIND_UNSPECIFIED).getKind());
        PlanEvaluation askedFor = evaluate("2026-03-01", EvaluationKind.EVALUATION_KIND_MID_TERM);
        assertEquals(EvaluationKind.EVALUATION_KIND_MID_TERM, askedFor.getKind());

        assertCode(Status.Code.NOT_FOUND, () -> service.getPlanEvaluation(GetPlanEvaluationRequest.newBuilder()
                .setPlan("plans/no-such-plan").build()));
        assertFieldViolation("plan", () -> service.getPlanEvaluation(GetPlanEvaluationRequest.newBuilder()
                .setPlan("plan/ev-plan").build()));
        assertFieldViolation("as_of_date", () -> service.getPlanEvaluation(GetPlanEvaluationRequest.newBuilder()
                .setPlan(PLAN).setAsOfDate("2024-02-30").build()));
        assertFieldViolation("kind", () -> service.getPlanEvaluation(GetPlanEvaluationRequest.newBuilder()
                .setPlan(PLAN).setKindValue(7).build()));
    }

    private PlanEvaluation evaluate(String asOf, EvaluationKind kind) {
        return service.getPlanEvaluation(GetPlanEvaluationRequest.newBuilder().setPlan(PLAN).setAsOfDate(asOf)
                .setKind(kind).build());
    }

    private void target(String id, String indicator, String value, TargetAttribute attribute) {
        service.createTarget(CreateTargetRequest.newBuilder().setParent(PLAN).setTargetId(id)
                .setTarget(Target.newBuilder().setIndicator("indicators/" + indicator).setBaselineYear(2020)
                        .setBaselineValue(Decimal.newBuilder().setValue("100")).setTargetYear(2025)
                        .setTargetValue(Decimal.newBuilder().setValue(value)).setForm(TargetForm.TARGET_FORM_LEVEL)
                        .setComparator(Comparator.COMPARATOR_AT_LEAST).setAttribute(attribute).setUnit("亿元"))
                .build());
    }

    private void observe(String indicator, String value) {
        service.recordObservation(RecordObservationRequest.newBuilder().setParent("indicators/" + indicator)
                .setObservation(Observation.newBuilder().setRegion(REGION)
                        .setPeriod(Period.newBuilder().setKind(PeriodKind.PERIOD_KIND_YEAR).setYear(2023))
                        .setValue(Decimal.newBuilder().setValue(value))
                        .setStatus(ObservationStatus.OBSERVATION_STATUS_FINAL).setSource("评估测试报表（API 示例数据）"))
                .build());
    }
}
