package io.planmonitor.projects.grpc;

import io.planmonitor.projects.domain.Amount;
import io.planmonitor.projects.domain.MilestoneKind;
import io.planmonitor.projects.mapping.InvestmentMapper;
import io.planmonitor.projects.mapping.MilestoneMapper;
import io.planmonitor.projects.mapping.OverdueReportMapper;
import io.planmonitor.projects.mapping.ProjectMapper;
import io.planmonitor.projects.repository.MilestoneEntity;
import io.planmonitor.projects.service.AlertScanner;
import io.planmonitor.projects.service.OverdueReports;
import io.planmonitor.projects.service.IndicatorDirectory;
import io.planmonitor.projects.service.InvestmentLedger;
import io.planmonitor.projects.service.MilestoneTracker;
import io.planmonitor.projects.service.ProjectAlertView;
import io.planmonitor.projects.service.ProjectFilter;
import io.planmonitor.projects.v1.CompleteMilestoneRequest;
import io.planmonitor.projects.v1.CreateMilestoneRequest;
import io.planmonitor.projects.v1.GetInvestmentProgressRequest;
import io.planmonitor.projects.v1.InvestmentPlan;
import io.planmonitor.projects.v1.InvestmentProgress;
import io.planmonitor.projects.v1.InvestmentReport;
import io.planmonitor.projects.v1.ListInvestmentReportsRequest;
import io.planmonitor.projects.v1.ListInvestmentReportsResponse;
import io.planmonitor.projects.v1.ListMilestonesRequest;
import io.planmonitor.projects.v1.ListMilestonesResponse;
import io.planmonitor.projects.v1.ListOverdueInvestmentReportsRequest;
import io.planmonitor.projects.v1.ListOverdueInvestmentReportsResponse;
import io.planmonitor.projects.v1.ListProjectAlertsRequest;
import io.planmonitor.projects.v1.ListProjectAlertsResponse;
import io.planmonitor.projects.v1.Milestone;
import io.planmonitor.projects.v1.ReportInvestmentRequest;
import io.planmonitor.projects.v1.SetInvestmentPlanRequest;
import io.planmonitor.support.ApiErrors;
import io.planmonitor.support.EnumNames;
import io.planmonitor.support.IsoDates;
import io.planmonitor.support.RequestFields;
import io.planmonitor.support.ResourceNames;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The project-work methods of ProjectService (investment, milestones, alerts): request checks and mapping, kept apart
 * from the registry methods so each class stays readable. Called by ProjectGrpcService on a worker thread.
 */
@ApplicationScoped
class ProjectWorkGrpcHandlers {

    private static final Pattern MILESTONE_NAME = Pattern.compile("projects/([a-z][a-z0-9-]{0,62})/milestones/(\\d{1,18})");

    private final InvestmentLedger ledger;
    private final MilestoneTracker milestones;
    private final AlertScanner alerts;
    private final OverdueReports overdueReports;
    private final IndicatorDirectory regions;

    ProjectWorkGrpcHandlers(InvestmentLedger ledger, MilestoneTracker milestones, AlertScanner alerts,
            OverdueReports overdueReports, IndicatorDirectory regions) {
        this.ledger = ledger;
        this.milestones = milestones;
        this.alerts = alerts;
        this.overdueReports = overdueReports;
        this.regions = regions;
    }

    InvestmentPlan setInvestmentPlan(SetInvestmentPlanRequest request) {
        String projectId = parent(request.getParent());
        int year = PeriodFields.year(request.getYear());
        var money = MoneyFields.required(request.hasAmount(), request.getAmount(), "amount");
        Amount amount = new Amount(MoneyFields.amount(money, "amount"), MoneyFields.currency(money, "amount"));
        return InvestmentMapper.toProto(ledger.setPlan(projectId, year, amount));
    }

    InvestmentReport reportInvestment(ReportInvestmentRequest request) {
        String projectId = parent(request.getParent());
        int year = PeriodFields.year(request.getYear());
        int month = PeriodFields.month(request.getMonth());
        String field = "cumulative_completed";
        var money = MoneyFields.required(request.hasCumulativeCompleted(), request.getCumulativeCompleted(), field);
        Amount completed = new Amount(MoneyFields.amount(money, field), MoneyFields.currency(money, field));
        String reason = RequestFields.optional(request.getCorrectionReason(), "correction_reason", 500);
        return InvestmentMapper.toProto(ledger.report(projectId, year, month, completed, reason));
    }

    ListInvestmentReportsResponse listInvestmentReports(ListInvestmentReportsRequest request) {
        String projectId = parent(request.getParent());
        int year = PeriodFields.year(request.getYear());
        return ListInvestmentReportsResponse.newBuilder()
                .addAllReports(ledger.reports(projectId, year).stream().map(InvestmentMapper::toProto).toList())
                .build();
    }

    InvestmentProgress getInvestmentProgress(GetInvestmentProgressRequest request) {
        String projectId = ResourceNames.parse(ProjectMapper.COLLECTION, request.getName(), "name");
        return InvestmentMapper.toProto(ledger.progress(projectId,
                PeriodFields.year(request.getYear()), PeriodFields.month(request.getMonth())));
    }

    Milestone createMilestone(CreateMilestoneRequest request) {
        MilestoneEntity milestone = new MilestoneEntity();
        milestone.projectId = parent(request.getParent());
        MilestoneKind kind = MilestoneMapper.fromProto(request.getMilestone().getKind());
        if (kind == null) {
            throw ApiErrors.invalidArgument("milestone.kind", "is required");
        }
        milestone.kind = kind;
        milestone.title = kind == MilestoneKind.OTHER
                ? RequestFields.required(request.getMilestone().getTitle(), "milestone.title", 200)
                : RequestFields.optional(request.getMilestone().getTitle(), "milestone.title", 200);
        milestone.dueDate = IsoDates.parseRequired(request.getMilestone().getDueDate(), "milestone.due_date");
        milestone.actualDate = IsoDates.parseOptional(request.getMilestone().getActualDate(), "milestone.actual_date");
        return MilestoneMapper.toProto(milestones.create(milestone));
    }

    ListMilestonesResponse listMilestones(ListMilestonesRequest request) {
        return ListMilestonesResponse.newBuilder()
                .addAllMilestones(milestones.list(parent(request.getParent())).stream()
                        .map(MilestoneMapper::toProto).toList())
                .build();
    }

    Milestone completeMilestone(CompleteMilestoneRequest request) {
        Matcher name = MILESTONE_NAME.matcher(request.getName());
        if (!name.matches()) {
            throw ApiErrors.invalidArgument("name", "must be a resource name like projects/{id}/milestones/{id}");
        }
        return MilestoneMapper.toProto(milestones.complete(name.group(1), Long.parseLong(name.group(2)),
                IsoDates.parseRequired(request.getActualDate(), "actual_date")));
    }

    ListProjectAlertsResponse listProjectAlerts(ListProjectAlertsRequest request) {
        LocalDate asOf = IsoDates.parseOptional(request.getAsOfDate(), "as_of_date");
        LocalDate today = asOf == null ? LocalDate.now() : asOf;
        YearMonth read = PeriodFields.monthRead(request.getYear(), request.getMonth(), today);
        ProjectFilter filter = new ProjectFilter(ProjectFilters.regionCodes(request.getRegionCode(),
                request.getIncludeSubregions(), regions), ProjectFields.planName(request.getPlan(), "plan"), null, null,
                null);
        ProjectAlertView.Kind kind = EnumNames.optional(request.getKind(), MilestoneMapper.ALERT_PREFIX,
                ProjectAlertView.Kind.class, "kind");
        return ListProjectAlertsResponse.newBuilder()
                .addAllAlerts(alerts.scan(read, today, filter, kind).stream().map(MilestoneMapper::toProto)
                        .toList())
                .setYear(read.getYear()).setMonth(read.getMonthValue())
                .build();
    }

    ListOverdueInvestmentReportsResponse listOverdueInvestmentReports(ListOverdueInvestmentReportsRequest request) {
        LocalDate asOf = IsoDates.parseOptional(request.getAsOfDate(), "as_of_date");
        ProjectFilter filter = new ProjectFilter(ProjectFilters.regionCodes(request.getRegionCode(),
                request.getIncludeSubregions(), regions), ProjectFields.planName(request.getPlan(), "plan"), null, null,
                null);
        return OverdueReportMapper.toProto(overdueReports.list(filter, asOf == null ? LocalDate.now() : asOf));
    }

    private static String parent(String name) {
        return ResourceNames.parse(ProjectMapper.COLLECTION, name, "parent");
    }
}
