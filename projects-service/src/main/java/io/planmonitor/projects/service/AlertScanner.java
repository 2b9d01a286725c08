package io.planmonitor.projects.service;

import io.planmonitor.projects.domain.InvestmentReporting;
import io.planmonitor.projects.domain.ReportDue;
import io.planmonitor.projects.repository.InvestmentPlanEntity;
import io.planmonitor.projects.repository.InvestmentPlanRepository;
import io.planmonitor.projects.repository.MilestoneEntity;
import io.planmonitor.projects.repository.MilestoneRepository;
import io.planmonitor.projects.repository.ProjectRepository;
import io.planmonitor.support.Conditions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the projects a plan office must chase as of the end of a month: investment behind the time-elapsed pace,
 * milestones past due, and projects with a yearly plan that sent no report for the month once it is due.
 */
@ApplicationScoped
public class AlertScanner {

    private final ProjectRepository projects;
    private final InvestmentPlanRepository plans;
    private final MilestoneRepository milestones;
    private final InvestmentLedger ledger;

    AlertScanner(ProjectRepository projects, InvestmentPlanRepository plans, MilestoneRepository milestones,
            InvestmentLedger ledger) {
        this.projects = projects;
        this.plans = plans;
        this.milestones = milestones;
        this.ledger = ledger;
    }

    /**
     * The alerts as of the end of {@code read} of the projects {@code filter} keeps, of {@code kind} (null: every
     * kind). A missing report is raised only once it is due by {@code today}.
     */
    @Transactional
    public List<ProjectAlertView> scan(YearMonth read, LocalDate today, ProjectFilter filter,
            ProjectAlertView.Kind kind) {
        return scan(read, today, filter).stream().filter(alert -> kind == null || alert.kind() == kind).toList();
    }

    private List<ProjectAlertView> scan(YearMonth read, LocalDate today, ProjectFilter filter) {
        int year = read.getYear();
        int month = read.getMonthValue();
        Conditions conditions = filter.conditions();
        Set<String> inScope = conditions.hql() == null ? null
                : projects.list(conditions.hql(), conditions.parameters()).stream().map(p -> p.id)
                        .collect(Collectors.toSet());
        List<InvestmentPlanEntity> yearPlans = plans.list("year = ?1 order by projectId", year).stream()
                .filter(plan -> inScope == null || inScope.contains(plan.projectId)).toList();
        Map<String, InvestmentReporting> reporting = reportingOf(yearPlans);
        List<ProjectAlertView> alerts = new ArrayList<>();
        for (InvestmentPlanEntity plan : yearPlans) {
            InvestmentProgressView progress = ledger.progress(plan.projectId, year, month);
            if (ReportDue.owes(reporting.get(plan.projectId), read, today) && progress.reportedMonth() != month) {
                alerts.add(new ProjectAlertView(plan.projectId, ProjectAlertView.Kind.NO_REPORT,
                        "no report for " + year + "-" + month + (progress.reportedMonth() == 0 ? ""
                                : "; the latest is for month " + progress.reportedMonth())));
            }
            if (progress.reading().behindPace()) {
                alerts.add(new ProjectAlertView(plan.projectId, ProjectAlertView.Kind.BEHIND_PACE,
                        "completion " + percent(progress.reading().completionRate()) + " against a pace of "
                                + percent(progress.reading().timeElapsed())));
            }
        }
        for (MilestoneEntity milestone : milestones.overdueOn(read.atEndOfMonth().plusDays(1))) {
            if (inScope == null || inScope.contains(milestone.projectId)) {
                alerts.add(new ProjectAlertView(milestone.projectId, ProjectAlertView.Kind.OVERDUE_MILESTONE,
                        milestone.kind + (milestone.title == null ? "" : " " + milestone.title)
                                + " was due " + milestone.dueDate));
            }
        }
        return alerts;
    }

    /** Each planned project's reporting frequency (monthly unless it says otherwise). */
    private Map<String, InvestmentReporting> reportingOf(List<InvestmentPlanEntity> yearPlans) {
        Map<String, InvestmentReporting> reporting = new HashMap<>();
        yearPlans.forEach(plan -> reporting.put(plan.projectId, InvestmentReporting.MONTHLY));
        if (!yearPlans.isEmpty()) {
            projects.list("id in ?1", yearPlans.stream().map(plan -> plan.projectId).toList()).stream()
                    .filter(project -> project.investmentReporting != null)
                    .forEach(project -> reporting.put(project.id, project.investmentReporting));
        }
        return reporting;
    }

    private static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP) + "%";
    }
}
