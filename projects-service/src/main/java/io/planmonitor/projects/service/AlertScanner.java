package io.planmonitor.projects.service;

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
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the projects a plan office must chase as of the end of a month: investment behind the time-elapsed pace,
 * milestones past due, and projects with a yearly plan that sent no report for the month.
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

    /** The alerts of the projects {@code filter} keeps, of {@code kind} (null: every kind). */
    @Transactional
    public List<ProjectAlertView> scan(int year, int month, ProjectFilter filter, ProjectAlertView.Kind kind) {
        return scan(year, month, filter).stream().filter(alert -> kind == null || alert.kind() == kind).toList();
    }

    private List<ProjectAlertView> scan(int year, int month, ProjectFilter filter) {
        Conditions conditions = filter.conditions();
        Set<String> inScope = conditions.hql() == null ? null
                : projects.list(conditions.hql(), conditions.parameters()).stream().map(p -> p.id)
                        .collect(Collectors.toSet());
        List<ProjectAlertView> alerts = new ArrayList<>();
        for (InvestmentPlanEntity plan : plans.list("year = ?1 order by projectId", year)) {
            if (inScope != null && !inScope.contains(plan.projectId)) {
                continue;
            }
            InvestmentProgressView progress = ledger.progress(plan.projectId, year, month);
            if (progress.reportedMonth() != month) {
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
        YearMonth asOf = YearMonth.of(year, month);
        for (MilestoneEntity milestone : milestones.overdueOn(asOf.atEndOfMonth().plusDays(1))) {
            if (inScope == null || inScope.contains(milestone.projectId)) {
                alerts.add(new ProjectAlertView(milestone.projectId, ProjectAlertView.Kind.OVERDUE_MILESTONE,
                        milestone.kind + (milestone.title == null ? "" : " " + milestone.title)
                                + " was due " + milestone.dueDate));
            }
        }
        return alerts;
    }

    private static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP) + "%";
    }
}
