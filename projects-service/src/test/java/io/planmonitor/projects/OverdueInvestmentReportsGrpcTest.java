package io.planmonitor.projects;

import static io.planmonitor.projects.GrpcAssertions.assertFieldViolation;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.planmonitor.common.v1.Decimal;
import io.planmonitor.common.v1.Money;
import io.planmonitor.localpostgres.EmbeddedPostgresTestResource;
import io.planmonitor.projects.v1.CreateProjectRequest;
import io.planmonitor.projects.v1.GetProjectRequest;
import io.planmonitor.projects.v1.InvestmentReportingFrequency;
import io.planmonitor.projects.v1.ListOverdueInvestmentReportsRequest;
import io.planmonitor.projects.v1.ListOverdueInvestmentReportsResponse;
import io.planmonitor.projects.v1.OverdueInvestmentReport;
import io.planmonitor.projects.v1.Project;
import io.planmonitor.projects.v1.ProjectServiceGrpc;
import io.planmonitor.projects.v1.ProjectStage;
import io.planmonitor.projects.v1.ReportInvestmentRequest;
import io.planmonitor.projects.v1.SetInvestmentPlanRequest;
import io.planmonitor.projects.v1.UpdateProjectRequest;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Responsible units and overdue investment reports, against a real PostgreSQL, in a region of its own (419903) so
 * the other tests' projects stay out. Projects and units are made up for the test.
 */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedPostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "projects"))
class OverdueInvestmentReportsGrpcTest {

    private static final String REGION = "419903";
    private static final String UNIT_A = "测试用发改部门";
    private static final String UNIT_B = "测试用住建部门";

    @GrpcClient("projects")
    ProjectServiceGrpc.ProjectServiceBlockingStub projects;

    @Test
    void lateReportersAreListedAndCountedPerUnit() {
        String current = create("overdue-current", ProjectStage.PROJECT_STAGE_STARTED, UNIT_A,
                InvestmentReportingFrequency.INVESTMENT_REPORTING_FREQUENCY_UNSPECIFIED);
        String behind = create("overdue-behind", ProjectStage.PROJECT_STAGE_CONTINUING, UNIT_A,
                InvestmentReportingFrequency.INVESTMENT_REPORTING_FREQUENCY_MONTHLY);
        String quarterly = create("overdue-quarterly", ProjectStage.PROJECT_STAGE_CONTINUING, UNIT_B,
                InvestmentReportingFrequency.INVESTMENT_REPORTING_FREQUENCY_QUARTERLY);
        String silent = create("overdue-silent", ProjectStage.PROJECT_STAGE_STARTED, "",
                InvestmentReportingFrequency.INVESTMENT_REPORTING_FREQUENCY_UNSPECIFIED);
        String plannedWithBudget = create("overdue-planned-budget", ProjectStage.PROJECT_STAGE_PLANNED, UNIT_B,
                InvestmentReportingFrequency.INVESTMENT_REPORTING_FREQUENCY_UNSPECIFIED);
        create("overdue-planned-idle", ProjectStage.PROJECT_STAGE_PLANNED, UNIT_B,
                InvestmentReportingFrequency.INVESTMENT_REPORTING_FREQUENCY_UNSPECIFIED);
        report(current, 6);
        report(behind, 4);
        report(quarterly, 6);
        projects.setInvestmentPlan(SetInvestmentPlanRequest.newBuilder().setParent(plannedWithBudget).setYear(2024)
                .setAmount(yuan("1000")).build());

        // As of 15 July 2024 June is due (by 10 July); the quarterly reporter owes June too and sent it.
        ListOverdueInvestmentReportsResponse july = overdue("2024-07-15");
        assertEquals(5, july.getCheckedCount());
        // By unit in code-point order (未… < 测试用住… < 测试用发…), then project.
        assertEquals(List.of(silent + " 2024-6 latest 0-0", plannedWithBudget + " 2024-6 latest 0-0",
                        behind + " 2024-6 latest 2024-4"),
                july.getOverdueList().stream().map(OverdueInvestmentReportsGrpcTest::line).toList());
        assertEquals(Map.of(UNIT_A, 1, UNIT_B, 1, "未指定责任单位", 1), july.getOverdueByUnitMap());
        assertEquals(Map.of(UNIT_A, 2, UNIT_B, 2, "未指定责任单位", 1), july.getProjectsByUnitMap());
        OverdueInvestmentReport late = july.getOverdue(2);
        assertEquals(UNIT_A + "应报送2024年1—6月投资完成情况，最新仅为2024年1—4月。", late.getExplanationZh());
        assertEquals(UNIT_A, late.getProject().getResponsibleUnit());

        // As of 9 July June is not due yet: only those without May are late.
        assertEquals(List.of(silent, plannedWithBudget, behind), overdue("2024-07-09").getOverdueList().stream()
                .map(o -> o.getProject().getName()).toList());
    }

    @Test
    void unitAndFrequencyAreWrittenByUpdateAndCheckedByName() {
        String project = create("overdue-update", ProjectStage.PROJECT_STAGE_PLANNED, "",
                InvestmentReportingFrequency.INVESTMENT_REPORTING_FREQUENCY_UNSPECIFIED);
        Project updated = projects.updateProject(UpdateProjectRequest.newBuilder()
                .setProject(Project.newBuilder().setName(project).setResponsibleUnit(UNIT_B)
                        .setInvestmentReporting(InvestmentReportingFrequency.INVESTMENT_REPORTING_FREQUENCY_QUARTERLY))
                .build());
        assertEquals(UNIT_B, updated.getResponsibleUnit());
        assertEquals(updated, projects.getProject(GetProjectRequest.newBuilder().setName(project).build()));
        assertFieldViolation("project.responsible_unit", () -> projects.updateProject(UpdateProjectRequest.newBuilder()
                .setProject(Project.newBuilder().setName(project).setResponsibleUnit("单".repeat(101))).build()));
        assertFieldViolation("project.investment_reporting", () -> projects.updateProject(UpdateProjectRequest
                .newBuilder().setProject(Project.newBuilder().setName(project).setInvestmentReportingValue(9)).build()));
        assertEquals(UNIT_B, projects.getProject(GetProjectRequest.newBuilder().setName(project).build())
                .getResponsibleUnit());
        assertFieldViolation("as_of_date", () -> projects.listOverdueInvestmentReports(
                ListOverdueInvestmentReportsRequest.newBuilder().setAsOfDate("2024-13-01").build()));
        assertFieldViolation("plan", () -> projects.listOverdueInvestmentReports(
                ListOverdueInvestmentReportsRequest.newBuilder().setPlan("plan/x").build()));
    }

    private String create(String id, ProjectStage stage, String unit, InvestmentReportingFrequency reporting) {
        return projects.createProject(CreateProjectRequest.newBuilder().setProjectId(id)
                .setProject(Project.newBuilder().setDisplayName("测试项目 " + id).setRegionCode(REGION).setStage(stage)
                        .setResponsibleUnit(unit).setInvestmentReporting(reporting))
                .build()).getName();
    }

    private void report(String project, int month) {
        projects.reportInvestment(ReportInvestmentRequest.newBuilder().setParent(project).setYear(2024)
                .setMonth(month).setCumulativeCompleted(yuan("100")).build());
    }

    private ListOverdueInvestmentReportsResponse overdue(String asOf) {
        return projects.listOverdueInvestmentReports(ListOverdueInvestmentReportsRequest.newBuilder()
                .setRegionCode(REGION).setAsOfDate(asOf).build());
    }

    private static String line(OverdueInvestmentReport overdue) {
        return overdue.getProject().getName() + " " + overdue.getDueYear() + "-" + overdue.getDueMonth() + " latest "
                + overdue.getLatestYear() + "-" + overdue.getLatestMonth();
    }

    private static Money yuan(String amount) {
        return Money.newBuilder().setCurrencyCode("CNY").setAmount(Decimal.newBuilder().setValue(amount)).build();
    }
}
