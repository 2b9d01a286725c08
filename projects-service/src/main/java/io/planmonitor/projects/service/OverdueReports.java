package io.planmonitor.projects.service;

import io.planmonitor.projects.domain.InvestmentReporting;
import io.planmonitor.projects.domain.ProjectStage;
import io.planmonitor.projects.domain.ReportDue;
import io.planmonitor.projects.repository.InvestmentPlanRepository;
import io.planmonitor.projects.repository.InvestmentReportRepository;
import io.planmonitor.projects.repository.ProjectEntity;
import io.planmonitor.projects.repository.ProjectRepository;
import io.planmonitor.support.Conditions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Lists the projects whose responsible units are late with their investment reports as of a date, counted per unit.
 * A project must report while it is under construction (started or continuing), or when it has an investment plan for
 * the due month's year and is neither suspended nor cancelled; it is late when its latest report is older than the
 * month its reporting frequency makes due.
 */
@ApplicationScoped
public class OverdueReports {

    public static final String NO_UNIT = "未指定责任单位";

    private static final Set<ProjectStage> UNDER_CONSTRUCTION = Set.of(ProjectStage.STARTED, ProjectStage.CONTINUING);
    private static final Set<ProjectStage> NOT_REPORTING = Set.of(ProjectStage.SUSPENDED, ProjectStage.CANCELLED);

    private final ProjectRepository projects;
    private final InvestmentPlanRepository plans;
    private final InvestmentReportRepository reports;

    OverdueReports(ProjectRepository projects, InvestmentPlanRepository plans, InvestmentReportRepository reports) {
        this.projects = projects;
        this.plans = plans;
        this.reports = reports;
    }

    public record Overdue(ProjectEntity project, String unit, InvestmentReporting reporting, YearMonth due,
            YearMonth latest) {
    }

    public record Listing(List<Overdue> overdue, int checked, Map<String, Integer> overdueByUnit,
            Map<String, Integer> projectsByUnit) {
    }

    @Transactional
    public Listing list(ProjectFilter filter, LocalDate asOf) {
        Conditions conditions = filter.conditions();
        List<ProjectEntity> inScope = conditions.hql() == null ? projects.listAll()
                : projects.list(conditions.hql(), conditions.parameters());
        Set<String> planned = plannedProjectYears(asOf);
        Map<String, YearMonth> latestReports = reports.latestMonths();
        List<Overdue> overdue = new ArrayList<>();
        Map<String, Integer> overdueByUnit = new TreeMap<>();
        Map<String, Integer> projectsByUnit = new TreeMap<>();
        int checked = 0;
        for (ProjectEntity project : inScope) {
            InvestmentReporting reporting = project.investmentReporting == null ? InvestmentReporting.MONTHLY
                    : project.investmentReporting;
            YearMonth due = ReportDue.latestDue(reporting, asOf);
            boolean mustReport = UNDER_CONSTRUCTION.contains(project.stage)
                    || planned.contains(project.id + "|" + due.getYear()) && !NOT_REPORTING.contains(project.stage);
            if (!mustReport) {
                continue;
            }
            checked++;
            String unit = project.responsibleUnit == null ? NO_UNIT : project.responsibleUnit;
            projectsByUnit.merge(unit, 1, Integer::sum);
            YearMonth latest = latestReports.get(project.id);
            if (latest == null || latest.isBefore(due)) {
                overdue.add(new Overdue(project, unit, reporting, due, latest));
                overdueByUnit.merge(unit, 1, Integer::sum);
            }
        }
        overdue.sort(Comparator.comparing(Overdue::unit).thenComparing(o -> o.project().id));
        return new Listing(overdue, checked, overdueByUnit, projectsByUnit);
    }

    /** "project|year" of every investment plan of the years a report may be due for as of {@code asOf}. */
    private Set<String> plannedProjectYears(LocalDate asOf) {
        Set<Integer> years = new HashSet<>();
        for (InvestmentReporting reporting : InvestmentReporting.values()) {
            years.add(ReportDue.latestDue(reporting, asOf).getYear());
        }
        Set<String> planned = new HashSet<>();
        plans.list("year in ?1", years).forEach(plan -> planned.add(plan.projectId + "|" + plan.year));
        return planned;
    }
}
