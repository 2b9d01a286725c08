package io.planmonitor.projects;

import static io.planmonitor.projects.GrpcAssertions.assertCode;
import static io.planmonitor.projects.GrpcAssertions.assertFieldViolation;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.grpc.Status;
import io.planmonitor.common.v1.Decimal;
import io.planmonitor.common.v1.Money;
import io.planmonitor.localpostgres.EmbeddedPostgresTestResource;
import io.planmonitor.projects.v1.AddBatchProjectRequest;
import io.planmonitor.projects.v1.Batch;
import io.planmonitor.projects.v1.BatchConversion;
import io.planmonitor.projects.v1.BatchMember;
import io.planmonitor.projects.v1.BatchRole;
import io.planmonitor.projects.v1.BatchRoleFigures;
import io.planmonitor.projects.v1.ChangeProjectStageRequest;
import io.planmonitor.projects.v1.CreateBatchRequest;
import io.planmonitor.projects.v1.CreateProjectRequest;
import io.planmonitor.projects.v1.GetBatchConversionRequest;
import io.planmonitor.projects.v1.GetBatchRequest;
import io.planmonitor.projects.v1.ListBatchesRequest;
import io.planmonitor.projects.v1.Project;
import io.planmonitor.projects.v1.ProjectGroup;
import io.planmonitor.projects.v1.ProjectLevel;
import io.planmonitor.projects.v1.ProjectServiceGrpc;
import io.planmonitor.projects.v1.ProjectStage;
import io.planmonitor.projects.v1.ReportInvestmentRequest;
import io.planmonitor.projects.v1.SetInvestmentPlanRequest;
import io.planmonitor.projects.v1.SummarizeProjectsRequest;
import io.planmonitor.projects.v1.SummaryDimension;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** 三个一批 batches with their conversion figures, and registry summaries, against a real PostgreSQL. */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedPostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "projects"))
class BatchAndSummaryTest {

    @GrpcClient("projects")
    ProjectServiceGrpc.ProjectServiceBlockingStub projects;

    @Test
    void conversionOfASignedBatch() {
        projects.createBatch(CreateBatchRequest.newBuilder().setBatch(Batch.newBuilder().setYear(2024).setQuarter(2)
                .setTitle("郑州市2024年第二期“三个一批”项目建设活动")).build());
        String signedAndOperating = create("batch-signed-1", "410100", "600000000", "先进制造业");
        String signedAndStarted = create("batch-signed-2", "410100", "400000000", "先进制造业");
        String signedOnly = create("batch-signed-3", "410100", "100000000", "现代服务业");
        String startedAndOperating = create("batch-started-1", "410100", "250000000", "综合交通");
        for (String project : List.of(signedAndOperating, signedAndStarted, signedOnly)) {
            add("batches/2024-q2", project, BatchRole.BATCH_ROLE_SIGN);
            move(project, ProjectStage.PROJECT_STAGE_SIGNED, "2024-05-10");
        }
        add("batches/2024-q2", startedAndOperating, BatchRole.BATCH_ROLE_START);
        move(startedAndOperating, ProjectStage.PROJECT_STAGE_PREPARING, "2024-04-01");
        for (String project : List.of(signedAndOperating, signedAndStarted, startedAndOperating)) {
            move(project, ProjectStage.PROJECT_STAGE_STARTED, "2024-06-20");
        }
        for (String project : List.of(signedAndOperating, startedAndOperating)) {
            move(project, ProjectStage.PROJECT_STAGE_COMPLETED, "2025-03-01");
            move(project, ProjectStage.PROJECT_STAGE_IN_OPERATION, "2025-04-01");
        }

        BatchConversion conversion = projects.getBatchConversion(
                GetBatchConversionRequest.newBuilder().setName("batches/2024-q2").build());
        assertEquals(2, conversion.getSignedNowStarted());
        assertEquals(1, conversion.getSignedNowInOperation());
        assertEquals(1, conversion.getStartedNowInOperation());
        Map<BatchRole, BatchRoleFigures> roles = conversion.getRolesList().stream()
                .collect(Collectors.toMap(BatchRoleFigures::getRole, r -> r));
        assertEquals(3, roles.get(BatchRole.BATCH_ROLE_SIGN).getProjectCount());
        assertEquals("1100000000.00", roles.get(BatchRole.BATCH_ROLE_SIGN).getTotalInvestment().getAmount().getValue());
        assertEquals(1, roles.get(BatchRole.BATCH_ROLE_START).getProjectCount());
        assertEquals(0, roles.get(BatchRole.BATCH_ROLE_OPERATE).getProjectCount());

        Batch batch = projects.getBatch(GetBatchRequest.newBuilder().setName("batches/2024-q2").build());
        assertEquals(4, batch.getMembersCount());
        assertEquals(1, projects.listBatches(ListBatchesRequest.newBuilder().setYear(2024).build()).getBatchesCount());
    }

    @Test
    void batchErrors() {
        projects.createBatch(CreateBatchRequest.newBuilder().setBatch(Batch.newBuilder().setYear(2023).setQuarter(4))
                .build());
        assertCode(Status.Code.ALREADY_EXISTS, () -> projects.createBatch(CreateBatchRequest.newBuilder()
                .setBatch(Batch.newBuilder().setYear(2023).setQuarter(4)).build()));
        assertFieldViolation("batch.quarter", () -> projects.createBatch(CreateBatchRequest.newBuilder()
                .setBatch(Batch.newBuilder().setYear(2023).setQuarter(5)).build()));
        assertFieldViolation("batch.year", () -> projects.createBatch(CreateBatchRequest.newBuilder()
                .setBatch(Batch.newBuilder().setYear(23).setQuarter(1)).build()));
        assertFieldViolation("member.project", () -> add("batches/2023-q4", "projects/no-such-project",
                BatchRole.BATCH_ROLE_SIGN));
        assertFieldViolation("member.role", () -> add("batches/2023-q4", "projects/no-such-project",
                BatchRole.BATCH_ROLE_UNSPECIFIED));
        assertFieldViolation("batch", () -> add("batches/2023-Q4", "projects/x", BatchRole.BATCH_ROLE_SIGN));
        assertCode(Status.Code.NOT_FOUND, () -> projects.getBatch(
                GetBatchRequest.newBuilder().setName("batches/2022-q1").build()));
    }

    @Test
    void summaryBySectorSumsInvestmentAndTheYearsLatestReports() {
        String a = create("summary-a", "419801", "300000000", "水利设施");
        String b = create("summary-b", "419801", "200000000.50", "水利设施");
        create("summary-c", "419801", "50000000", "城市公园");
        report(a, 2026, 3, "10000000");
        report(a, 2026, 6, "25000000");
        report(b, 2026, 5, "7000000.25");

        Map<String, ProjectGroup> bySector = projects.summarizeProjects(SummarizeProjectsRequest.newBuilder()
                        .setGroupBy(SummaryDimension.SUMMARY_DIMENSION_SECTOR).setYear(2026).build())
                .getGroupsList().stream().collect(Collectors.toMap(ProjectGroup::getKey, g -> g));
        ProjectGroup water = bySector.get("水利设施");
        assertEquals(2, water.getProjectCount());
        assertEquals("500000000.50", water.getTotalInvestment().getAmount().getValue());
        assertEquals("32000000.25", water.getCompletedInvestment().getAmount().getValue(), "June's 25M + May's 7M");
        assertEquals("0.00", bySector.get("城市公园").getCompletedInvestment().getAmount().getValue());
        assertFieldViolation("group_by", () -> projects.summarizeProjects(SummarizeProjectsRequest.newBuilder()
                .setYear(2026).build()));
    }

    @Test
    void aSummaryGivesTheYearsPlansAndWhatTheirProjectsCompletedAsOfAMonth() {
        String planned = create("rate-planned", "419805", "900", "城市更新");
        String plannedToo = create("rate-planned-too", "419805", "500", "城市更新");
        String unplanned = create("rate-unplanned", "419805", "300", "城市更新");
        for (String[] plan : new String[][] {{planned, "600"}, {plannedToo, "200"}}) {
            projects.setInvestmentPlan(SetInvestmentPlanRequest.newBuilder().setParent(plan[0]).setYear(2026)
                    .setAmount(yuan(plan[1])).build());
        }
        report(planned, 2026, 3, "150");
        report(planned, 2026, 8, "420");
        report(plannedToo, 2026, 5, "90");
        report(unplanned, 2026, 4, "70");

        SummarizeProjectsRequest ofRegion = SummarizeProjectsRequest.newBuilder()
                .setGroupBy(SummaryDimension.SUMMARY_DIMENSION_REGION).setYear(2026).setRegionCode("419805").build();
        ProjectGroup wholeYear = projects.summarizeProjects(ofRegion).getGroups(0);
        assertEquals("800.00", wholeYear.getPlannedInvestment().getAmount().getValue(), "600 + 200");
        assertEquals("580.00", wholeYear.getCompletedInvestment().getAmount().getValue(), "420 + 90 + 70");
        assertEquals("510.00", wholeYear.getCompletedOfPlanned().getAmount().getValue(),
                "the unplanned project's 70 is not set against a plan");
        ProjectGroup asOfJune = projects.summarizeProjects(ofRegion.toBuilder().setMonth(6).build()).getGroups(0);
        assertEquals("310.00", asOfJune.getCompletedInvestment().getAmount().getValue(), "March's 150 + 90 + 70");
        assertEquals("240.00", asOfJune.getCompletedOfPlanned().getAmount().getValue(), "150 + 90");
        assertFieldViolation("month", () -> projects.summarizeProjects(ofRegion.toBuilder().setMonth(13).build()));
    }

    @Test
    void aSummaryCoversOnlyTheProjectsItsFiltersKeep() {
        create("filtered-summary-a", "419803", "100", "文旅融合");
        create("filtered-summary-b", "419804", "200", "文旅融合");
        create("filtered-summary-c", "419804", "400", "智慧城市");
        Map<String, ProjectGroup> ofOneRegion = projects.summarizeProjects(SummarizeProjectsRequest.newBuilder()
                        .setGroupBy(SummaryDimension.SUMMARY_DIMENSION_SECTOR).setYear(2026).setRegionCode("419804")
                        .build())
                .getGroupsList().stream().collect(Collectors.toMap(ProjectGroup::getKey, g -> g));
        assertEquals(Set.of("文旅融合", "智慧城市"), ofOneRegion.keySet());
        assertEquals("200.00", ofOneRegion.get("文旅融合").getTotalInvestment().getAmount().getValue());
        List<ProjectGroup> oneSector = projects.summarizeProjects(SummarizeProjectsRequest.newBuilder()
                .setGroupBy(SummaryDimension.SUMMARY_DIMENSION_REGION).setYear(2026).setSector("文旅融合").build())
                .getGroupsList();
        assertEquals(List.of("419803", "419804"), oneSector.stream().map(ProjectGroup::getKey).toList());
        move("projects/filtered-summary-c", ProjectStage.PROJECT_STAGE_PREPARING, "2026-02-01");
        SummarizeProjectsRequest bySector = SummarizeProjectsRequest.newBuilder()
                .setGroupBy(SummaryDimension.SUMMARY_DIMENSION_SECTOR).setYear(2026).setRegionCode("419804").build();
        assertEquals(List.of("智慧城市"), projects.summarizeProjects(bySector.toBuilder()
                .setStage(ProjectStage.PROJECT_STAGE_PREPARING).build()).getGroupsList().stream()
                .map(ProjectGroup::getKey).toList());
        assertEquals(List.of(), projects.summarizeProjects(bySector.toBuilder()
                .setLevel(ProjectLevel.PROJECT_LEVEL_NATIONAL).build()).getGroupsList());
        assertEquals(List.of(), projects.summarizeProjects(SummarizeProjectsRequest.newBuilder()
                .setGroupBy(SummaryDimension.SUMMARY_DIMENSION_SECTOR).setYear(2026)
                .setPlan("plans/no-plan-lists-these").build()).getGroupsList());
        assertFieldViolation("plan", () -> projects.summarizeProjects(SummarizeProjectsRequest.newBuilder()
                .setGroupBy(SummaryDimension.SUMMARY_DIMENSION_SECTOR).setYear(2026).setPlan("no-plan").build()));
    }

    private String create(String id, String region, String investment, String sector) {
        return projects.createProject(CreateProjectRequest.newBuilder().setProjectId(id)
                .setProject(Project.newBuilder().setDisplayName("项目 " + id).setRegionCode(region).setSector(sector)
                        .setTotalInvestment(yuan(investment)))
                .build()).getName();
    }

    private void add(String batch, String project, BatchRole role) {
        projects.addBatchProject(AddBatchProjectRequest.newBuilder().setBatch(batch)
                .setMember(BatchMember.newBuilder().setProject(project).setRole(role)).build());
    }

    private void move(String project, ProjectStage stage, String date) {
        projects.changeProjectStage(ChangeProjectStageRequest.newBuilder().setName(project).setStage(stage)
                .setEventDate(date).setReason("按计划推进").build());
    }

    private void report(String project, int year, int month, String amount) {
        projects.reportInvestment(ReportInvestmentRequest.newBuilder().setParent(project).setYear(year)
                .setMonth(month).setCumulativeCompleted(yuan(amount)).build());
    }

    private static Money yuan(String amount) {
        return Money.newBuilder().setCurrencyCode("CNY").setAmount(Decimal.newBuilder().setValue(amount)).build();
    }
}
