package io.planmonitor.indicators;

import static io.planmonitor.indicators.GrpcAssertions.assertFieldViolation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planmonitor.common.v1.Decimal;
import io.planmonitor.common.v1.YearSpan;
import io.planmonitor.indicators.v1.Comparator;
import io.planmonitor.indicators.v1.CreateIndicatorRequest;
import io.planmonitor.indicators.v1.CreatePlanRequest;
import io.planmonitor.indicators.v1.CreateTargetRequest;
import io.planmonitor.indicators.v1.Direction;
import io.planmonitor.indicators.v1.EvaluatePlanProgressRequest;
import io.planmonitor.indicators.v1.EvaluatePlanProgressResponse;
import io.planmonitor.indicators.v1.EvaluateRegionProgressRequest;
import io.planmonitor.indicators.v1.Indicator;
import io.planmonitor.indicators.v1.IndicatorServiceGrpc;
import io.planmonitor.indicators.v1.ListIndicatorsRequest;
import io.planmonitor.indicators.v1.ListPlansRequest;
import io.planmonitor.indicators.v1.ListTargetsRequest;
import io.planmonitor.indicators.v1.ListTargetsResponse;
import io.planmonitor.indicators.v1.Observation;
import io.planmonitor.indicators.v1.ObservationStatus;
import io.planmonitor.indicators.v1.Period;
import io.planmonitor.indicators.v1.PeriodKind;
import io.planmonitor.indicators.v1.Plan;
import io.planmonitor.indicators.v1.PlanKind;
import io.planmonitor.indicators.v1.ProgressEvaluation;
import io.planmonitor.indicators.v1.ProgressStatus;
import io.planmonitor.indicators.v1.RecordObservationRequest;
import io.planmonitor.indicators.v1.Target;
import io.planmonitor.indicators.v1.TargetAttribute;
import io.planmonitor.indicators.v1.TargetForm;
import io.planmonitor.localpostgres.EmbeddedPostgresTestResource;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The list filters (category, attribute, status, plan, kind, year) against a real PostgreSQL: one five-year outline
 * of 金水区 with five targets on indicators of two categories, whose recorded values read three different statuses.
 */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedPostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "indicators"))
class TargetFiltersGrpcTest {

    private static final String PLAN = "plans/filters-jinshui-outline";
    private static final String GREEN = "过滤测试·绿色";
    private static final String PEOPLE = "过滤测试·民生";

    @GrpcClient("indicators")
    IndicatorServiceGrpc.IndicatorServiceBlockingStub service;

    /** Target id → category, attribute, 2023 value (null: none recorded); each on its own indicator. */
    private static final List<String[]> TARGETS = List.of(
            new String[] {"green-binding-achieved", GREEN, "BINDING", "210"},
            new String[] {"green-binding-lagging", GREEN, "BINDING", "105"},
            new String[] {"green-expected-lagging", GREEN, "EXPECTED", "104"},
            new String[] {"people-expected-achieved", PEOPLE, "EXPECTED", "230"},
            new String[] {"people-binding-unassessable", PEOPLE, "BINDING", null});

    @BeforeEach
    void outlineWithFiveTargets() {
        if (service.listIndicators(ListIndicatorsRequest.newBuilder().setCategory(GREEN).build())
                .getTotalSize() > 0) {
            return;
        }
        service.createPlan(CreatePlanRequest.newBuilder().setPlanId("filters-jinshui-outline")
                .setPlan(Plan.newBuilder().setDisplayName("金水区国民经济和社会发展第十四个五年规划纲要（过滤测试）")
                        .setKind(PlanKind.PLAN_KIND_FIVE_YEAR_PLAN_OUTLINE).setRegion("regions/410105")
                        .setPeriod(YearSpan.newBuilder().setStartYear(2021).setEndYear(2025)))
                .build());
        for (String[] row : TARGETS) {
            String indicator = "filters-" + row[0];
            service.createIndicator(CreateIndicatorRequest.newBuilder().setIndicatorId(indicator)
                    .setIndicator(Indicator.newBuilder().setDisplayName("过滤测试指标 " + row[0]).setUnit("亿元")
                            .setCategory(row[1]).setDirection(Direction.DIRECTION_HIGHER_IS_BETTER))
                    .build());
            service.createTarget(CreateTargetRequest.newBuilder().setParent(PLAN).setTargetId(row[0])
                    .setTarget(Target.newBuilder().setIndicator("indicators/" + indicator).setBaselineYear(2020)
                            .setBaselineValue(decimal("100")).setTargetYear(2025).setTargetValue(decimal("200"))
                            .setForm(TargetForm.TARGET_FORM_LEVEL).setComparator(Comparator.COMPARATOR_AT_LEAST)
                            .setAttribute(TargetAttribute.valueOf("TARGET_ATTRIBUTE_" + row[2])).setUnit("亿元"))
                    .build());
            if (row[3] != null) {
                service.recordObservation(RecordObservationRequest.newBuilder().setParent("indicators/" + indicator)
                        .setObservation(Observation.newBuilder().setRegion("regions/410105")
                                .setPeriod(Period.newBuilder().setKind(PeriodKind.PERIOD_KIND_YEAR).setYear(2023))
                                .setValue(decimal(row[3])).setStatus(ObservationStatus.OBSERVATION_STATUS_FINAL)
                                .setSource("过滤测试"))
                        .build());
            }
        }
    }

    @Test
    void targetsByCategoryAndAttribute() {
        ListTargetsRequest ofPlan = ListTargetsRequest.newBuilder().setParent(PLAN).build();
        assertEquals(5, service.listTargets(ofPlan).getTotalSize());
        ListTargetsResponse green = service.listTargets(ofPlan.toBuilder().setCategory(GREEN).build());
        assertEquals(Set.of("green-binding-achieved", "green-binding-lagging", "green-expected-lagging"), ids(green));
        assertEquals(3, green.getTotalSize());
        ListTargetsResponse greenBinding = service.listTargets(ofPlan.toBuilder().setCategory(GREEN)
                .setAttribute(TargetAttribute.TARGET_ATTRIBUTE_BINDING).build());
        assertEquals(Set.of("green-binding-achieved", "green-binding-lagging"), ids(greenBinding));
        assertEquals(3, service.listTargets(ofPlan.toBuilder().setAttribute(TargetAttribute.TARGET_ATTRIBUTE_BINDING)
                .build()).getTotalSize());
        assertEquals(0, service.listTargets(ofPlan.toBuilder().setCategory("没有这个类别").build()).getTotalSize());
        assertFieldViolation("attribute", () -> service.listTargets(ofPlan.toBuilder().setAttributeValue(7).build()));
    }

    @Test
    void evaluationsByStatusArePagedLikeAnyList() {
        EvaluatePlanProgressRequest lagging = EvaluatePlanProgressRequest.newBuilder().setPlan(PLAN)
                .setAsOfDate("2024-06-30").setStatus(ProgressStatus.PROGRESS_STATUS_LAGGING).setPageSize(1).build();
        List<String> seen = new ArrayList<>();
        String token = "";
        do {
            EvaluatePlanProgressResponse page = service.evaluatePlanProgress(lagging.toBuilder().setPageToken(token)
                    .build());
            assertTrue(page.getEvaluationsCount() <= 1);
            page.getEvaluationsList().forEach(e -> {
                assertEquals(ProgressStatus.PROGRESS_STATUS_LAGGING, e.getStatus());
                seen.add(e.getTarget());
            });
            token = page.getNextPageToken();
        } while (!token.isEmpty());
        assertEquals(List.of(PLAN + "/targets/green-binding-lagging", PLAN + "/targets/green-expected-lagging"), seen);

        assertEquals(Set.of("people-binding-unassessable"), evaluated(service.evaluatePlanProgress(
                lagging.toBuilder().setPageSize(0).setStatus(ProgressStatus.PROGRESS_STATUS_NOT_ASSESSABLE).build())
                .getEvaluationsList()));
        assertEquals(Set.of("green-binding-achieved"), evaluated(service.evaluatePlanProgress(lagging.toBuilder()
                .setPageSize(0).setStatus(ProgressStatus.PROGRESS_STATUS_ACHIEVED).setCategory(GREEN).build())
                .getEvaluationsList()));
        assertFieldViolation("status", () -> service.evaluatePlanProgress(lagging.toBuilder().setStatusValue(99)
                .build()));
    }

    @Test
    void aRegionsEvaluationsOfOnePlan() {
        EvaluateRegionProgressRequest jinshui = EvaluateRegionProgressRequest.newBuilder().setRegion("regions/410105")
                .setAsOfDate("2024-06-30").setPageSize(1000).build();
        List<ProgressEvaluation> ofPlan = service.evaluateRegionProgress(jinshui.toBuilder().setPlan(PLAN).build())
                .getEvaluationsList();
        assertEquals(5, ofPlan.size());
        assertTrue(ofPlan.stream().allMatch(e -> e.getTarget().startsWith(PLAN + "/")));
        assertEquals(Set.of("green-binding-lagging"), evaluated(service.evaluateRegionProgress(jinshui.toBuilder()
                .setPlan(PLAN).setAttribute(TargetAttribute.TARGET_ATTRIBUTE_BINDING)
                .setStatus(ProgressStatus.PROGRESS_STATUS_LAGGING).build()).getEvaluationsList()));
        // The city with its districts sees 金水区's targets of the plan; the city alone has none of them.
        assertEquals(5, service.evaluateRegionProgress(jinshui.toBuilder().setRegion("regions/410100")
                .setIncludeSubregions(true).setPlan(PLAN).build()).getEvaluationsCount());
        assertEquals(0, service.evaluateRegionProgress(jinshui.toBuilder().setRegion("regions/410100").setPlan(PLAN)
                .build()).getEvaluationsCount());
        assertFieldViolation("plan", () -> service.evaluateRegionProgress(jinshui.toBuilder().setPlan("filters")
                .build()));
    }

    @Test
    void indicatorsByCategoryAndPlansByKindAndYear() {
        assertEquals(3, service.listIndicators(ListIndicatorsRequest.newBuilder().setCategory(GREEN).build())
                .getTotalSize());
        assertEquals(Set.of("indicators/filters-people-expected-achieved",
                        "indicators/filters-people-binding-unassessable"),
                service.listIndicators(ListIndicatorsRequest.newBuilder().setCategory(PEOPLE).build())
                        .getIndicatorsList().stream().map(Indicator::getName).collect(Collectors.toSet()));

        ListPlansRequest jinshuiPlans = ListPlansRequest.newBuilder().setRegion("regions/410105").build();
        assertTrue(names(service.listPlans(jinshuiPlans.toBuilder()
                .setKind(PlanKind.PLAN_KIND_FIVE_YEAR_PLAN_OUTLINE).build()).getPlansList()).contains(PLAN));
        assertFalse(names(service.listPlans(jinshuiPlans.toBuilder().setKind(PlanKind.PLAN_KIND_ANNUAL_PLAN)
                .build()).getPlansList()).contains(PLAN));
        assertTrue(names(service.listPlans(jinshuiPlans.toBuilder().setYear(2021).build()).getPlansList())
                .contains(PLAN));
        assertTrue(names(service.listPlans(jinshuiPlans.toBuilder().setYear(2025).build()).getPlansList())
                .contains(PLAN));
        assertFalse(names(service.listPlans(jinshuiPlans.toBuilder().setYear(2026).build()).getPlansList())
                .contains(PLAN), "a 2021–2025 outline is not in force in 2026");
        assertFieldViolation("year", () -> service.listPlans(jinshuiPlans.toBuilder().setYear(1800).build()));
        assertFieldViolation("kind", () -> service.listPlans(jinshuiPlans.toBuilder().setKindValue(40).build()));
    }

    private static Set<String> ids(ListTargetsResponse page) {
        return page.getTargetsList().stream().map(t -> t.getName().substring((PLAN + "/targets/").length()))
                .collect(Collectors.toSet());
    }

    private static Set<String> evaluated(List<ProgressEvaluation> evaluations) {
        return evaluations.stream().map(e -> e.getTarget().substring((PLAN + "/targets/").length()))
                .collect(Collectors.toSet());
    }

    private static List<String> names(List<Plan> plans) {
        return plans.stream().map(Plan::getName).toList();
    }

    private static Decimal decimal(String value) {
        return Decimal.newBuilder().setValue(value).build();
    }
}
