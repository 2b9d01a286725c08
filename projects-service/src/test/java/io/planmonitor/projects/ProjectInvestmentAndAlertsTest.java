package io.planmonitor.projects;

import static io.planmonitor.projects.GrpcAssertions.assertCode;
import static io.planmonitor.projects.GrpcAssertions.assertFieldViolation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.Status;
import io.planmonitor.common.v1.Decimal;
import io.planmonitor.common.v1.Money;
import io.planmonitor.localpostgres.EmbeddedPostgresTestResource;
import io.planmonitor.projects.v1.AlertKind;
import io.planmonitor.projects.v1.CompleteMilestoneRequest;
import io.planmonitor.projects.v1.CreateMilestoneRequest;
import io.planmonitor.projects.v1.CreateProjectRequest;
import io.planmonitor.projects.v1.GetInvestmentProgressRequest;
import io.planmonitor.projects.v1.InvestmentProgress;
import io.planmonitor.projects.v1.InvestmentReportingFrequency;
import io.planmonitor.projects.v1.ListInvestmentReportsRequest;
import io.planmonitor.projects.v1.ListMilestonesRequest;
import io.planmonitor.projects.v1.ListProjectAlertsRequest;
import io.planmonitor.projects.v1.ListProjectAlertsResponse;
import io.planmonitor.projects.v1.Milestone;
import io.planmonitor.projects.v1.MilestoneKind;
import io.planmonitor.projects.v1.Project;
import io.planmonitor.projects.v1.ProjectAlert;
import io.planmonitor.projects.v1.ProjectServiceGrpc;
import io.planmonitor.projects.v1.ReportInvestmentRequest;
import io.planmonitor.projects.v1.SetInvestmentPlanRequest;
import io.planmonitor.projects.v1.SummarizeProjectsRequest;
import io.planmonitor.projects.v1.SummarizeProjectsResponse;
import io.planmonitor.projects.v1.SummaryDimension;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Yearly plans, monthly reports, pace, milestones and alerts, against a real PostgreSQL. */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedPostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "projects"))
class ProjectInvestmentAndAlertsTest {

    @GrpcClient("projects")
    ProjectServiceGrpc.ProjectServiceBlockingStub projects;

    @Test
    void progressAgainstPlanAndPace() {
        String project = create("invest-pace", "410184");
        plan(project, 2024, "120000000");
        report(project, 2024, 3, "20000000", "");
        report(project, 2024, 6, "45000000", "");

        // June: 45 of 120 is 37.50 %, the pace is 50.00 %: 12.5 points behind, beyond the 5-point tolerance.
        InvestmentProgress june = progress(project, 2024, 6);
        assertEquals("120000000.00", june.getPlanned().getAmount().getValue());
        assertEquals("45000000.00", june.getCompleted().getAmount().getValue());
        assertEquals(6, june.getReportedMonth());
        assertEquals("0.3750", june.getCompletionRate().getValue());
        assertEquals("0.5000", june.getTimeElapsed().getValue());
        assertEquals("-0.1250", june.getGap().getValue());
        assertTrue(june.getBehindPace());

        // As of April the latest report is March's 1–3月 figure: 16.67 % read against March's pace, 25.00 % (not
        // April's 33.33 %: a cumulative figure is measured against the months it covers).
        InvestmentProgress april = progress(project, 2024, 4);
        assertEquals(3, april.getReportedMonth());
        assertEquals("0.1667", april.getCompletionRate().getValue());
        assertEquals("0.2500", april.getTimeElapsed().getValue());
        // 90 % of the plan by October is ahead of October's 83.33 %, whatever the calendar says.
        report(project, 2024, 10, "108000000", "");
        InvestmentProgress december = progress(project, 2024, 12);
        assertEquals("0.9000", december.getCompletionRate().getValue());
        assertEquals("0.8333", december.getTimeElapsed().getValue());
        assertTrue(!december.getBehindPace());
    }

    @Test
    void aDecreaseNeedsACorrectionReasonAndOtherwiseWritesNothing() {
        String project = create("invest-correction", "410184");
        report(project, 2024, 4, "30000000", "");
        assertFieldViolation("correction_reason", () -> report(project, 2024, 5, "28000000", ""));
        assertFieldViolation("correction_reason", () -> report(project, 2024, 4, "29000000", ""));
        assertEquals(List.of("30000000.00"), reportedValues(project));

        report(project, 2024, 5, "28000000", "4月数据重复统计，核减200万元");
        assertEquals(List.of("30000000.00", "28000000.00"), reportedValues(project));
    }

    @Test
    void badInvestmentInputNamesTheField() {
        String project = create("invest-bad", "410184");
        assertFieldViolation("month", () -> report(project, 2024, 13, "1", ""));
        assertFieldViolation("year", () -> plan(project, 1999, "1"));
        assertFieldViolation("amount.amount", () -> plan(project, 2024, "-5"));
        assertFieldViolation("cumulative_completed.amount.value", () -> report(project, 2024, 1, "1,000", ""));
        assertFieldViolation("amount", () -> projects.setInvestmentPlan(SetInvestmentPlanRequest.newBuilder()
                .setParent(project).setYear(2024).build()));
        assertCode(Status.Code.NOT_FOUND, () -> plan("projects/no-such-project", 2024, "1"));
    }

    @Test
    void milestonesAndAlertsForOneRegion() {
        String behind = create("alert-behind", "419901");
        String onPace = create("alert-on-pace", "419901");
        String silent = create("alert-silent", "419901");
        create("alert-other-region", "419902");
        for (String project : List.of(behind, onPace, silent)) {
            plan(project, 2025, "1200");
        }
        report(behind, 2025, 6, "400", "");   // 33.33 % against 50 %
        report(onPace, 2025, 6, "580", "");   // 48.33 %: inside the tolerance
        report(silent, 2025, 5, "600", "");   // nothing for June (May's 50 % still meets the June pace)

        Milestone land = projects.createMilestone(CreateMilestoneRequest.newBuilder().setParent(onPace)
                .setMilestone(Milestone.newBuilder().setKind(MilestoneKind.MILESTONE_KIND_LAND_USE)
                        .setDueDate("2025-05-31"))
                .build());
        projects.createMilestone(CreateMilestoneRequest.newBuilder().setParent(onPace)
                .setMilestone(Milestone.newBuilder().setKind(MilestoneKind.MILESTONE_KIND_CONSTRUCTION_PERMIT)
                        .setDueDate("2025-07-31"))
                .build());

        List<ProjectAlert> alerts = alerts(2025, 6, "419901");
        assertEquals(List.of(
                        behind + " ALERT_KIND_BEHIND_PACE",
                        onPace + " ALERT_KIND_OVERDUE_MILESTONE",
                        silent + " ALERT_KIND_NO_REPORT"),
                alerts.stream().map(a -> a.getProject() + " " + a.getKind()).sorted().toList());
        assertTrue(alerts.stream().filter(a -> a.getKind() == AlertKind.ALERT_KIND_BEHIND_PACE).findFirst().get()
                .getDetail().contains("33.33%"));
        ListProjectAlertsRequest june = ListProjectAlertsRequest.newBuilder().setYear(2025).setMonth(6)
                .setRegionCode("419901").build();
        assertEquals(List.of(behind), projects.listProjectAlerts(june.toBuilder()
                        .setKind(AlertKind.ALERT_KIND_BEHIND_PACE).build()).getAlertsList().stream()
                .map(ProjectAlert::getProject).toList());
        assertFieldViolation("kind", () -> projects.listProjectAlerts(june.toBuilder().setKindValue(42).build()));
        assertFieldViolation("region_code", () -> projects.listProjectAlerts(june.toBuilder().setRegionCode("41")
                .build()));
        assertFieldViolation("include_subregions", () -> projects.listProjectAlerts(june.toBuilder()
                .setRegionCode("").setIncludeSubregions(true).build()));

        Milestone done = projects.completeMilestone(CompleteMilestoneRequest.newBuilder()
                .setName(land.getName()).setActualDate("2025-06-20").build());
        assertEquals("2025-06-20", done.getActualDate());
        assertFalse(alerts(2025, 6, "419901").stream().anyMatch(a -> a.getKind() == AlertKind.ALERT_KIND_OVERDUE_MILESTONE));
        assertEquals(List.of("2025-05-31", "2025-07-31"), projects.listMilestones(ListMilestonesRequest.newBuilder()
                .setParent(onPace).build()).getMilestonesList().stream().map(Milestone::getDueDate).toList());
    }

    @Test
    void aMissingReportIsRaisedOnlyOnceItIsDueAndTheMonthReadIsTheLatestDue() {
        String monthly = create("due-monthly", "419903");
        String quarterly = projects.createProject(CreateProjectRequest.newBuilder().setProjectId("due-quarterly")
                .setProject(Project.newBuilder().setDisplayName("按季报送项目").setRegionCode("419903")
                        .setInvestmentReporting(InvestmentReportingFrequency.INVESTMENT_REPORTING_FREQUENCY_QUARTERLY))
                .build()).getName();
        plan(monthly, 2025, "1200");
        plan(quarterly, 2025, "1200");
        report(monthly, 2025, 4, "500", "");
        report(quarterly, 2025, 3, "300", "");
        ListProjectAlertsRequest may = ListProjectAlertsRequest.newBuilder().setYear(2025).setMonth(5)
                .setRegionCode("419903").setKind(AlertKind.ALERT_KIND_NO_REPORT).build();
        // May's report is due by 10 June: not owed on the 9th; owed on the 10th, and only by the monthly reporter.
        assertEquals(List.of(), noReport(may.toBuilder().setAsOfDate("2025-06-09").build()));
        assertEquals(List.of(monthly), noReport(may.toBuilder().setAsOfDate("2025-06-10").build()));
        // Without year and month the month read is the latest due: 7 December reads October (November's is due by
        // the 10th), so the quarterly reporter owes nothing and the monthly one owes October.
        ListProjectAlertsResponse december = projects.listProjectAlerts(ListProjectAlertsRequest.newBuilder()
                .setAsOfDate("2025-12-07").setRegionCode("419903").setKind(AlertKind.ALERT_KIND_NO_REPORT).build());
        assertEquals(List.of(2025, 10), List.of(december.getYear(), december.getMonth()));
        assertEquals(List.of(monthly), december.getAlertsList().stream().map(ProjectAlert::getProject).toList());
        assertFieldViolation("as_of_date", () -> projects.listProjectAlerts(may.toBuilder().setAsOfDate("2025-6-1")
                .build()));

        // The summary reads the same month and gives its pace: 1–10月 against 10 ÷ 12.
        SummarizeProjectsResponse summary = projects.summarizeProjects(SummarizeProjectsRequest.newBuilder()
                .setGroupBy(SummaryDimension.SUMMARY_DIMENSION_REGION).setRegionCode("419903")
                .setAsOfDate("2025-12-07").build());
        assertEquals(List.of(2025, 10, "0.8333"), List.of(summary.getYear(), summary.getMonth(),
                summary.getTimeElapsed().getValue()));
        assertEquals("800.00", summary.getGroups(0).getCompletedOfPlanned().getAmount().getValue());
        SummarizeProjectsResponse wholeYear = projects.summarizeProjects(SummarizeProjectsRequest.newBuilder()
                .setGroupBy(SummaryDimension.SUMMARY_DIMENSION_REGION).setRegionCode("419903").setYear(2025).build());
        assertEquals(0, wholeYear.getMonth());
        assertFalse(wholeYear.hasTimeElapsed());
    }

    private List<String> noReport(ListProjectAlertsRequest request) {
        return projects.listProjectAlerts(request).getAlertsList().stream().map(ProjectAlert::getProject).toList();
    }

    @Test
    void badMilestonesNameTheField() {
        String project = create("milestone-bad", "410184");
        assertFieldViolation("milestone.kind", () -> projects.createMilestone(CreateMilestoneRequest.newBuilder()
                .setParent(project).setMilestone(Milestone.newBuilder().setDueDate("2025-01-01")).build()));
        assertFieldViolation("milestone.title", () -> projects.createMilestone(CreateMilestoneRequest.newBuilder()
                .setParent(project).setMilestone(Milestone.newBuilder().setKind(MilestoneKind.MILESTONE_KIND_OTHER)
                        .setDueDate("2025-01-01")).build()));
        assertFieldViolation("milestone.due_date", () -> projects.createMilestone(CreateMilestoneRequest.newBuilder()
                .setParent(project).setMilestone(Milestone.newBuilder().setKind(MilestoneKind.MILESTONE_KIND_LAND_USE)
                        .setDueDate("2025-13-01")).build()));
        assertCode(Status.Code.NOT_FOUND, () -> projects.completeMilestone(CompleteMilestoneRequest.newBuilder()
                .setName(project + "/milestones/999999").setActualDate("2025-01-01").build()));
    }

    private String create(String id, String region) {
        return projects.createProject(CreateProjectRequest.newBuilder().setProjectId(id)
                .setProject(Project.newBuilder().setDisplayName("华润中原超级总部基地").setRegionCode(region))
                .build()).getName();
    }

    private void plan(String project, int year, String amount) {
        projects.setInvestmentPlan(SetInvestmentPlanRequest.newBuilder()
                .setParent(project).setYear(year).setAmount(yuan(amount)).build());
    }

    private void report(String project, int year, int month, String amount, String correction) {
        projects.reportInvestment(ReportInvestmentRequest.newBuilder().setParent(project).setYear(year)
                .setMonth(month).setCumulativeCompleted(yuan(amount)).setCorrectionReason(correction).build());
    }

    private InvestmentProgress progress(String project, int year, int month) {
        return projects.getInvestmentProgress(GetInvestmentProgressRequest.newBuilder()
                .setName(project).setYear(year).setMonth(month).build());
    }

    private List<String> reportedValues(String project) {
        return projects.listInvestmentReports(ListInvestmentReportsRequest.newBuilder().setParent(project)
                .setYear(2024).build()).getReportsList().stream()
                .map(r -> r.getCumulativeCompleted().getAmount().getValue()).toList();
    }

    private List<ProjectAlert> alerts(int year, int month, String region) {
        return projects.listProjectAlerts(ListProjectAlertsRequest.newBuilder()
                .setYear(year).setMonth(month).setRegionCode(region).build()).getAlertsList();
    }

    private static Money yuan(String amount) {
        return Money.newBuilder().setCurrencyCode("CNY").setAmount(Decimal.newBuilder().setValue(amount)).build();
    }
}
