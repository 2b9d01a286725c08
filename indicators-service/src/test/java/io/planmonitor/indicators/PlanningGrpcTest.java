package io.planmonitor.indicators;

import static io.planmonitor.indicators.GrpcAssertions.assertCode;
import static io.planmonitor.indicators.GrpcAssertions.assertFieldViolation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.FieldMask;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.planmonitor.common.v1.Decimal;
import io.planmonitor.common.v1.Provenance;
import io.planmonitor.common.v1.YearSpan;
import io.planmonitor.indicators.v1.BatchCreateTargetsRequest;
import io.planmonitor.indicators.v1.BatchCreateTargetsResponse;
import io.planmonitor.indicators.v1.BatchMode;
import io.planmonitor.indicators.v1.Comparator;
import io.planmonitor.indicators.v1.CreateIndicatorRequest;
import io.planmonitor.indicators.v1.CreatePlanRequest;
import io.planmonitor.indicators.v1.CreateRegionRequest;
import io.planmonitor.indicators.v1.CreateTargetRequest;
import io.planmonitor.indicators.v1.DeleteTargetRequest;
import io.planmonitor.indicators.v1.Direction;
import io.planmonitor.indicators.v1.EvaluatePlanProgressRequest;
import io.planmonitor.indicators.v1.EvaluateProgressRequest;
import io.planmonitor.indicators.v1.EvaluateRegionProgressRequest;
import io.planmonitor.indicators.v1.Observation;
import io.planmonitor.indicators.v1.ObservationStatus;
import io.planmonitor.indicators.v1.Period;
import io.planmonitor.indicators.v1.PeriodKind;
import io.planmonitor.indicators.v1.ProgressEvaluation;
import io.planmonitor.indicators.v1.ProgressStatus;
import io.planmonitor.indicators.v1.RecordObservationRequest;
import io.planmonitor.indicators.v1.GetRegionRequest;
import io.planmonitor.indicators.v1.GetTargetRequest;
import io.planmonitor.indicators.v1.Indicator;
import io.planmonitor.indicators.v1.IndicatorServiceGrpc;
import io.planmonitor.indicators.v1.ListIndicatorsRequest;
import io.planmonitor.indicators.v1.ListPlansRequest;
import io.planmonitor.indicators.v1.ListRegionsRequest;
import io.planmonitor.indicators.v1.ListTargetConflictsRequest;
import io.planmonitor.indicators.v1.ListTargetsRequest;
import io.planmonitor.indicators.v1.Plan;
import io.planmonitor.indicators.v1.PlanKind;
import io.planmonitor.indicators.v1.Region;
import io.planmonitor.indicators.v1.RegionLevel;
import io.planmonitor.indicators.v1.Target;
import io.planmonitor.indicators.v1.TargetAttribute;
import io.planmonitor.indicators.v1.TargetConflict;
import io.planmonitor.indicators.v1.TargetForm;
import io.planmonitor.indicators.v1.UpdateIndicatorRequest;
import io.planmonitor.indicators.v1.UpdatePlanRequest;
import io.planmonitor.indicators.v1.UpdateTargetRequest;
import io.planmonitor.localpostgres.EmbeddedPostgresTestResource;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Regions, plans and targets against a real PostgreSQL, with rows of the Xinzheng outline's indicator table. */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedPostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "indicators"))
class PlanningGrpcTest {

    private static final String XINZHENG_OUTLINE = "新郑市国民经济和社会发展第十四个五年规划纲要";

    @GrpcClient("indicators")
    IndicatorServiceGrpc.IndicatorServiceBlockingStub service;

    @BeforeEach
    void xinzhengOutlineAndItsIndicators() {
        if (service.listPlans(ListPlansRequest.newBuilder().setRegion("regions/410184").build())
                .getPlansList().stream().anyMatch(plan -> plan.getName().equals("plans/xinzheng-14th-outline"))) {
            return;
        }
        indicator("xz-retail-sales", "社会消费品零售总额", "亿元", List.of("社会消费品零售额"));
        indicator("xz-labour-productivity", "全员劳动生产率", "万元/人", List.of());
        service.createPlan(CreatePlanRequest.newBuilder().setPlanId("xinzheng-14th-outline")
                .setPlan(Plan.newBuilder().setDisplayName(XINZHENG_OUTLINE)
                        .setKind(PlanKind.PLAN_KIND_FIVE_YEAR_PLAN_OUTLINE).setRegion("regions/410184")
                        .setPeriod(YearSpan.newBuilder().setStartYear(2021).setEndYear(2025))
                        .setIssuer("新郑市人民政府"))
                .build());
    }

    @Test
    void aCityWithItsSubregionsListsTheirPlansAndTargetsToo() {
        List<String> cityOnly = service.listPlans(ListPlansRequest.newBuilder().setRegion("regions/410100").build())
                .getPlansList().stream().map(Plan::getName).toList();
        List<String> withSubregions = service.listPlans(ListPlansRequest.newBuilder().setRegion("regions/410100")
                .setIncludeSubregions(true).build()).getPlansList().stream().map(Plan::getName).toList();
        assertFalse(cityOnly.contains("plans/xinzheng-14th-outline"));
        assertTrue(withSubregions.contains("plans/xinzheng-14th-outline"), withSubregions.toString());
        assertTrue(withSubregions.containsAll(cityOnly));
        assertFieldViolation("include_subregions", () -> service.listPlans(ListPlansRequest.newBuilder()
                .setIncludeSubregions(true).build()));
        assertCode(Status.Code.NOT_FOUND, () -> service.listPlans(ListPlansRequest.newBuilder()
                .setRegion("regions/419999").setIncludeSubregions(true).build()));
        int xinzhengTargets = service.evaluateRegionProgress(EvaluateRegionProgressRequest.newBuilder()
                .setRegion("regions/410184").setPageSize(1000).build()).getEvaluationsCount();
        int cityTargets = service.evaluateRegionProgress(EvaluateRegionProgressRequest.newBuilder()
                .setRegion("regions/410100").setPageSize(1000).build()).getEvaluationsCount();
        assertEquals(cityTargets + xinzhengTargets, service.evaluateRegionProgress(EvaluateRegionProgressRequest
                .newBuilder().setRegion("regions/410100").setIncludeSubregions(true).setPageSize(1000).build())
                .getEvaluationsCount() - jinshuiTargets());
    }

    private int jinshuiTargets() {
        return service.evaluateRegionProgress(EvaluateRegionProgressRequest.newBuilder().setRegion("regions/410105")
                .setPageSize(1000).build()).getEvaluationsCount();
    }

    @Test
    void seedRegionsExistAndNest() {
        Region xinzheng = service.getRegion(GetRegionRequest.newBuilder().setName("regions/410184").build());
        assertEquals("新郑市", xinzheng.getDisplayName());
        assertEquals(RegionLevel.REGION_LEVEL_COUNTY, xinzheng.getLevel());
        assertEquals("regions/410100", xinzheng.getParent());
        List<String> children = service.listRegions(ListRegionsRequest.newBuilder().setParent("regions/410100")
                .build()).getRegionsList().stream().map(Region::getName).toList();
        assertEquals(List.of("regions/410105", "regions/410184"), children);
        assertFieldViolation("region.parent", () -> service.createRegion(CreateRegionRequest.newBuilder()
                .setRegionCode("419999").setRegion(Region.newBuilder().setDisplayName("无").setParent("regions/419998")
                        .setLevel(RegionLevel.REGION_LEVEL_COUNTY)).build()));
    }

    @Test
    void planMetadataUpdatesUnderItsEtag() {
        Plan plan = service.createPlan(CreatePlanRequest.newBuilder().setPlanId("zhengzhou-2024-annual")
                .setPlan(Plan.newBuilder().setDisplayName("郑州市2024年国民经济和社会发展计划")
                        .setKind(PlanKind.PLAN_KIND_ANNUAL_PLAN).setRegion("regions/410100")
                        .setPeriod(YearSpan.newBuilder().setStartYear(2024).setEndYear(2024)))
                .build());
        Plan updated = service.updatePlan(UpdatePlanRequest.newBuilder()
                .setPlan(Plan.newBuilder().setName(plan.getName()).setEtag(plan.getEtag()).setIssueDate("2024-03-14"))
                .build());
        assertEquals("2024-03-14", updated.getIssueDate());
        assertEquals(plan.getDisplayName(), updated.getDisplayName());
        assertCode(Status.Code.ABORTED, () -> service.updatePlan(UpdatePlanRequest.newBuilder()
                .setPlan(Plan.newBuilder().setName(plan.getName()).setEtag(plan.getEtag()).setIssuer("郑州市人民政府"))
                .build()));
        assertFieldViolation("update_mask", () -> service.updatePlan(UpdatePlanRequest.newBuilder()
                .setPlan(Plan.newBuilder().setName(plan.getName()))
                .setUpdateMask(FieldMask.newBuilder().addPaths("period")).build()));
    }

    @Test
    void aliasResolvesAWordingToOneIndicator() {
        List<Indicator> found = service.listIndicators(ListIndicatorsRequest.newBuilder()
                .setWording("社会消费品零售额").build()).getIndicatorsList();
        assertEquals(List.of("indicators/xz-retail-sales"), found.stream().map(Indicator::getName).toList());
        assertFieldViolation("indicator.aliases[0]", () -> indicator("xz-retail-sales-2", "社零", "亿元",
                List.of("社会消费品零售额")));
    }

    @Test
    void xinzhengTableRowsAreHeldExactly() {
        // 专栏1: 社会消费品零售总额 | 亿元 | 306.3 | 470 | 9 | 预期性
        Target retail = service.createTarget(CreateTargetRequest.newBuilder()
                .setParent("plans/xinzheng-14th-outline").setTargetId("retail-sales-level")
                .setTarget(Target.newBuilder().setIndicator("indicators/xz-retail-sales")
                        .setBaselineYear(2020).setBaselineValue(decimal("306.3"))
                        .setTargetYear(2025).setTargetValue(decimal("470"))
                        .setForm(TargetForm.TARGET_FORM_LEVEL).setComparator(Comparator.COMPARATOR_EXACT)
                        .setAttribute(TargetAttribute.TARGET_ATTRIBUTE_EXPECTED).setUnit("亿元")
                        .setProvenance(Provenance.newBuilder().setDocument(XINZHENG_OUTLINE)
                                .setQuote("社会消费品零售总额\t亿元\t306.3\t470\t9\t预期性").setLocation("专栏1 第3行")))
                .build());
        assertEquals("plans/xinzheng-14th-outline/targets/retail-sales-level", retail.getName());
        assertEquals("regions/410184", retail.getRegion(), "the plan's region by default");
        assertEquals("306.3", retail.getBaselineValue().getValue());
        assertEquals("470", retail.getTargetValue().getValue());

        // 专栏1: 全员劳动生产率 | 万元/人 | # | - | # | 预期性 — placeholders are "not set", never 0.
        Target productivity = service.createTarget(CreateTargetRequest.newBuilder()
                .setParent("plans/xinzheng-14th-outline").setTargetId("xz-labour-productivity")
                .setTarget(Target.newBuilder().setIndicator("indicators/xz-labour-productivity")
                        .setBaselineYear(2020).setTargetYear(2025)
                        .setForm(TargetForm.TARGET_FORM_LEVEL).setComparator(Comparator.COMPARATOR_EXACT)
                        .setAttribute(TargetAttribute.TARGET_ATTRIBUTE_EXPECTED).setUnit("万元/人"))
                .build());
        assertFalse(productivity.hasTargetValue());
        assertFalse(productivity.hasBaselineValue());
        assertEquals(productivity, service.getTarget(GetTargetRequest.newBuilder()
                .setName(productivity.getName()).build()));
    }

    @Test
    void aTargetLeftUnsetNeedsNoComparatorButAValueDoes() {
        // 专栏1: 人均预期寿命 | 岁 | # | # | - — nothing to qualify.
        Target.Builder unset = Target.newBuilder().setIndicator("indicators/xz-labour-productivity")
                .setBaselineYear(2020).setTargetYear(2025).setForm(TargetForm.TARGET_FORM_LEVEL)
                .setAttribute(TargetAttribute.TARGET_ATTRIBUTE_EXPECTED).setUnit("万元/人");
        Target created = createTarget(unset.clone(), "unset-without-comparator");
        assertEquals(Comparator.COMPARATOR_UNSPECIFIED, created.getComparator());
        assertFieldViolation("target.comparator", () -> createTarget(unset.clone().setTargetValue(decimal("18")),
                "valued-without-comparator"));
    }

    @Test
    void conflictingFiguresOfOnePlanAreListedTogether() {
        // 新郑市: 科技型企业达到300家以上 in one chapter, 400家以上 in another; a third target agrees with neither.
        Target.Builder techFirms = Target.newBuilder().setIndicator("indicators/xz-retail-sales").setBaselineYear(2020)
                .setTargetYear(2025).setForm(TargetForm.TARGET_FORM_LEVEL).setComparator(Comparator.COMPARATOR_AT_LEAST)
                .setAttribute(TargetAttribute.TARGET_ATTRIBUTE_EXPECTED).setUnit("亿元");
        createTarget(techFirms.clone().setTargetValue(decimal("300")), "conflict-300");
        createTarget(techFirms.clone().setTargetValue(decimal("400")), "conflict-400");
        createTarget(techFirms.clone().setTargetValue(decimal("400")).setTargetYear(2024), "no-conflict-2024");
        List<TargetConflict> conflicts = service.listTargetConflicts(ListTargetConflictsRequest.newBuilder()
                .setParent("plans/xinzheng-14th-outline").build()).getConflictsList();
        TargetConflict techConflict = conflicts.stream()
                .filter(c -> c.getTargetsList().stream().anyMatch(t -> t.getName().endsWith("/conflict-300")))
                .findFirst().orElseThrow();
        assertEquals(2025, techConflict.getTargetYear());
        assertTrue(techConflict.getTargetsList().stream().map(Target::getName).toList()
                .containsAll(List.of("plans/xinzheng-14th-outline/targets/conflict-300",
                        "plans/xinzheng-14th-outline/targets/conflict-400")));
        assertTrue(conflicts.stream().flatMap(c -> c.getTargetsList().stream())
                .noneMatch(t -> t.getName().endsWith("/no-conflict-2024")));
        assertCode(Status.Code.NOT_FOUND, () -> service.listTargetConflicts(ListTargetConflictsRequest.newBuilder()
                .setParent("plans/no-such-plan").build()));
    }

    @Test
    void aBatchOfTargetsIsWrittenWholeOrNotAtAll() {
        Target.Builder row = Target.newBuilder().setIndicator("indicators/xz-retail-sales").setBaselineYear(2020)
                .setTargetYear(2025).setTargetValue(decimal("470")).setForm(TargetForm.TARGET_FORM_LEVEL)
                .setComparator(Comparator.COMPARATOR_EXACT).setAttribute(TargetAttribute.TARGET_ATTRIBUTE_EXPECTED)
                .setUnit("亿元");
        BatchCreateTargetsRequest.Builder batch = BatchCreateTargetsRequest.newBuilder()
                .setParent("plans/xinzheng-14th-outline")
                .addRequests(CreateTargetRequest.newBuilder().setTargetId("batch-a").setTarget(row.clone()))
                .addRequests(CreateTargetRequest.newBuilder().setTargetId("batch-b").setTarget(row.clone().setUnit("万元")))
                .addRequests(CreateTargetRequest.newBuilder().setTargetId("batch-c").setTarget(row.clone()
                        .setTargetValue(decimal("7.7左右"))))
                .addRequests(CreateTargetRequest.newBuilder().setTargetId("batch-a").setTarget(row.clone()));
        int before = countTargets();

        BatchCreateTargetsResponse refused = service.batchCreateTargets(batch.build());
        assertEquals(0, refused.getWrittenCount());
        assertEquals(before, countTargets(), "one refused item: nothing is written");
        assertTrue(refused.getResults(0).getViolationsList().isEmpty());
        assertEquals("target.unit", refused.getResults(1).getViolations(0).getField());
        assertEquals("target.target_value.value", refused.getResults(2).getViolations(0).getField());
        assertEquals("target_id", refused.getResults(3).getViolations(0).getField());

        BatchCreateTargetsResponse checked = service.batchCreateTargets(batch.clone().setValidateOnly(true)
                .setMode(BatchMode.BATCH_MODE_VALID_ITEMS).build());
        assertEquals(0, checked.getWrittenCount());
        assertEquals("plans/xinzheng-14th-outline/targets/batch-a", checked.getResults(0).getTarget().getName());
        assertEquals(before, countTargets(), "validate_only writes nothing");

        BatchCreateTargetsResponse valid = service.batchCreateTargets(batch.clone()
                .setMode(BatchMode.BATCH_MODE_VALID_ITEMS).build());
        assertEquals(1, valid.getWrittenCount());
        assertEquals(before + 1, countTargets());
        assertEquals("470", service.getTarget(GetTargetRequest.newBuilder()
                .setName("plans/xinzheng-14th-outline/targets/batch-a").build()).getTargetValue().getValue());

        BatchCreateTargetsResponse whole = service.batchCreateTargets(BatchCreateTargetsRequest.newBuilder()
                .setParent("plans/xinzheng-14th-outline")
                .addRequests(CreateTargetRequest.newBuilder().setTargetId("batch-d").setTarget(row.clone()))
                .addRequests(CreateTargetRequest.newBuilder().setTargetId("batch-e").setTarget(row.clone()))
                .build());
        assertEquals(2, whole.getWrittenCount());
        assertEquals(before + 3, countTargets());
    }

    private int countTargets() {
        return service.listTargets(ListTargetsRequest.newBuilder().setParent("plans/xinzheng-14th-outline")
                .setPageSize(1).build()).getTotalSize();
    }

    @Test
    void badTargetsNameTheField() {
        Target.Builder valid = Target.newBuilder().setIndicator("indicators/xz-retail-sales").setBaselineYear(2020)
                .setTargetYear(2025).setTargetValue(decimal("470")).setForm(TargetForm.TARGET_FORM_LEVEL)
                .setComparator(Comparator.COMPARATOR_EXACT).setAttribute(TargetAttribute.TARGET_ATTRIBUTE_EXPECTED)
                .setUnit("亿元");
        assertFieldViolation("target.unit", () -> createTarget(valid.clone().setUnit("万元")));
        assertFieldViolation("target.unit", () -> createTarget(valid.clone().setForm(TargetForm.TARGET_FORM_ANNUAL_GROWTH)));
        assertFieldViolation("target.target_year", () -> createTarget(valid.clone().setTargetYear(2019)));
        assertFieldViolation("target.target_year", () -> createTarget(valid.clone().setTargetYear(2030)));
        assertFieldViolation("target.indicator", () -> createTarget(valid.clone().setIndicator("indicators/nothing")));
        assertFieldViolation("target.region", () -> createTarget(valid.clone().setRegion("regions/999999")));
        assertFieldViolation("target.target_value.value", () -> createTarget(valid.clone()
                .setTargetValue(decimal("7.7左右"))));
        assertFieldViolation("target.upper_bound", () -> createTarget(valid.clone()
                .setComparator(Comparator.COMPARATOR_RANGE)));
        assertFieldViolation("target.attribute", () -> createTarget(valid.clone()
                .setAttribute(TargetAttribute.TARGET_ATTRIBUTE_UNSPECIFIED)));
        assertCode(Status.Code.NOT_FOUND, () -> service.createTarget(CreateTargetRequest.newBuilder()
                .setParent("plans/no-such-plan").setTarget(valid).build()));
        assertEquals(0, service.listTargets(ListTargetsRequest.newBuilder().setParent("plans/xinzheng-14th-outline")
                .build()).getTargetsList().stream().filter(t -> t.getName().contains("bad")).count());
    }

    @Test
    void concurrentUpdatesWithOneEtagLetExactlyOneWin() throws Exception {
        Target target = createTarget(Target.newBuilder().setIndicator("indicators/xz-retail-sales").setBaselineYear(2020)
                .setTargetYear(2025).setTargetValue(decimal("470")).setForm(TargetForm.TARGET_FORM_LEVEL)
                .setComparator(Comparator.COMPARATOR_EXACT).setAttribute(TargetAttribute.TARGET_ATTRIBUTE_EXPECTED)
                .setUnit("亿元"), "race");
        int writers = 5;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Status.Code>> outcomes = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            String value = "48" + i;
            outcomes.add(pool.submit(() -> {
                start.await();
                try {
                    service.updateTarget(UpdateTargetRequest.newBuilder()
                            .setTarget(Target.newBuilder().setName(target.getName()).setEtag(target.getEtag())
                                    .setTargetValue(decimal(value)))
                            .setUpdateMask(FieldMask.newBuilder().addPaths("target_value")).build());
                    return Status.Code.OK;
                } catch (StatusRuntimeException e) {
                    return e.getStatus().getCode();
                }
            }));
        }
        start.countDown();
        List<Status.Code> codes = new ArrayList<>();
        for (Future<Status.Code> outcome : outcomes) {
            codes.add(outcome.get());
        }
        pool.shutdown();
        assertEquals(1, codes.stream().filter(Status.Code.OK::equals).count(), codes.toString());
        assertEquals(writers - 1, codes.stream().filter(Status.Code.ABORTED::equals).count(), codes.toString());
    }

    @Test
    void deleteWithAStaleEtagIsAbortedAndKeepsTheTarget() {
        Target target = createTarget(Target.newBuilder().setIndicator("indicators/xz-retail-sales").setBaselineYear(2020)
                .setTargetYear(2025).setForm(TargetForm.TARGET_FORM_LEVEL).setComparator(Comparator.COMPARATOR_EXACT)
                .setAttribute(TargetAttribute.TARGET_ATTRIBUTE_EXPECTED).setUnit("亿元"), "to-delete");
        assertCode(Status.Code.ABORTED, () -> service.deleteTarget(DeleteTargetRequest.newBuilder()
                .setName(target.getName()).setEtag("99").build()));
        service.deleteTarget(DeleteTargetRequest.newBuilder().setName(target.getName()).setEtag(target.getEtag()).build());
        assertCode(Status.Code.NOT_FOUND, () -> service.getTarget(GetTargetRequest.newBuilder()
                .setName(target.getName()).build()));
    }

    @Test
    void indicatorUpdateWithAStaleEtagIsAborted() {
        Indicator created = indicator("xz-fixed-investment", "固定资产投资", "亿元", List.of());
        Indicator updated = service.updateIndicator(UpdateIndicatorRequest.newBuilder()
                .setIndicator(Indicator.newBuilder().setName(created.getName()).setEtag(created.getEtag())
                        .addAliases("固定资产投资总额"))
                .setUpdateMask(FieldMask.newBuilder().addPaths("aliases")).build());
        assertEquals(List.of("固定资产投资总额"), updated.getAliasesList());
        assertEquals("固定资产投资", updated.getDisplayName());
        assertCode(Status.Code.ABORTED, () -> service.updateIndicator(UpdateIndicatorRequest.newBuilder()
                .setIndicator(Indicator.newBuilder().setName(created.getName()).setEtag(created.getEtag())
                        .setCategory("经济发展"))
                .build()));
    }

    @Test
    void progressOfATargetFromTheRecordedValues() {
        Target target = createTarget(Target.newBuilder().setIndicator("indicators/xz-retail-sales").setBaselineYear(2020)
                .setBaselineValue(decimal("306.3")).setTargetYear(2025).setTargetValue(decimal("470"))
                .setForm(TargetForm.TARGET_FORM_LEVEL).setComparator(Comparator.COMPARATOR_EXACT)
                .setAttribute(TargetAttribute.TARGET_ATTRIBUTE_EXPECTED).setUnit("亿元"), "retail-evaluated");
        service.recordObservation(RecordObservationRequest.newBuilder().setParent("indicators/xz-retail-sales")
                .setObservation(Observation.newBuilder().setRegion("regions/410184")
                        .setPeriod(Period.newBuilder().setKind(PeriodKind.PERIOD_KIND_YEAR).setYear(2023))
                        .setValue(decimal("400")).setStatus(ObservationStatus.OBSERVATION_STATUS_PRELIMINARY)
                        .setSource("测试值"))
                .build());

        ProgressEvaluation evaluation = service.evaluateProgress(EvaluateProgressRequest.newBuilder()
                .setTarget(target.getName()).setAsOfDate("2024-07-01").build());
        assertEquals(ProgressStatus.PROGRESS_STATUS_ON_TRACK, evaluation.getStatus());
        assertEquals("8.9407", evaluation.getRequiredGrowth().getValue());
        assertEquals("9.3044", evaluation.getObservedGrowth().getValue());
        assertEquals("1.0407", evaluation.getRatio().getValue());
        assertEquals(2023, evaluation.getLatestYear());

        List<ProgressEvaluation> plan = service.evaluatePlanProgress(EvaluatePlanProgressRequest.newBuilder()
                .setPlan("plans/xinzheng-14th-outline").setAsOfDate("2024-07-01").setPageSize(100).build())
                .getEvaluationsList();
        assertEquals(ProgressStatus.PROGRESS_STATUS_ON_TRACK, plan.stream()
                .filter(e -> e.getTarget().equals(target.getName())).findFirst().orElseThrow().getStatus());
        List<ProgressEvaluation> region = service.evaluateRegionProgress(EvaluateRegionProgressRequest.newBuilder()
                .setRegion("regions/410184").setAsOfDate("2024-07-01").setPageSize(100).build()).getEvaluationsList();
        assertTrue(region.stream().anyMatch(e -> e.getTarget().equals(target.getName())
                && e.getStatus() == ProgressStatus.PROGRESS_STATUS_ON_TRACK));
        assertCode(Status.Code.NOT_FOUND, () -> service.evaluateRegionProgress(EvaluateRegionProgressRequest.newBuilder()
                .setRegion("regions/419999").build()));
        assertFieldViolation("as_of_date", () -> service.evaluateProgress(EvaluateProgressRequest.newBuilder()
                .setTarget(target.getName()).setAsOfDate("2024-13-01").build()));
    }

    private Target createTarget(Target.Builder target) {
        return createTarget(target, "bad-target");
    }

    private Target createTarget(Target.Builder target, String id) {
        return service.createTarget(CreateTargetRequest.newBuilder().setParent("plans/xinzheng-14th-outline")
                .setTargetId(id).setTarget(target).build());
    }

    private Indicator indicator(String id, String name, String unit, List<String> aliases) {
        return service.createIndicator(CreateIndicatorRequest.newBuilder().setIndicatorId(id)
                .setIndicator(Indicator.newBuilder().setDisplayName(name).setUnit(unit).addAllAliases(aliases)
                        .setDirection(Direction.DIRECTION_HIGHER_IS_BETTER))
                .build());
    }

    private static Decimal decimal(String value) {
        return Decimal.newBuilder().setValue(value).build();
    }
}
