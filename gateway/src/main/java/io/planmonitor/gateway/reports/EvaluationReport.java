package io.planmonitor.gateway.reports;

import io.planmonitor.gateway.dashboards.PlanDashboardJson;
import io.planmonitor.gateway.plans.PlanningJson;
import io.planmonitor.projects.v1.ProjectGroup;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an evaluation of a plan as of a date rests on: the plan, its indicator table with each target's reading,
 * the targets that disagree, its key projects by stage, and the targets whose responsible units are late. 中期评估 before the plan's last year has ended, 总结评估
 * after, unless the caller says which.
 */
record EvaluationReport(PlanningJson.Plan plan, LocalDate asOf, String kindZh, List<PlanDashboardJson.Row> rows,
        List<PlanningJson.Conflict> conflicts, List<ProjectGroup> stages, PlanningJson.OverdueUpdates overdue) {

    static final String MID_TERM = "中期评估";
    static final String FINAL = "总结评估";
    static final List<String> BEHIND = List.of("NEEDS_ACCELERATION", "LAGGING", "DETERIORATING");

    /** The kind the caller asked for ("mid-term", "final"), or the one the date implies when it asked for none. */
    static String kind(String requested, PlanningJson.Plan plan, LocalDate asOf) {
        return switch (requested) {
            case "mid-term" -> MID_TERM;
            case "final" -> FINAL;
            default -> asOf.getYear() > plan.endYear() ? FINAL : MID_TERM;
        };
    }

    String title() {
        return plan.displayName() + kindZh + "报告";
    }

    /** Rows by reading, in the evaluator's order of statuses. */
    Map<String, Integer> countsByStatus() {
        Map<String, Integer> counts = new TreeMap<>();
        rows.forEach(row -> counts.merge(row.status(), 1, Integer::sum));
        return counts;
    }

    List<PlanDashboardJson.Row> binding() {
        return rows.stream().filter(row -> "BINDING".equals(row.attribute())).toList();
    }

    List<PlanDashboardJson.Row> behind() {
        return rows.stream().filter(row -> BEHIND.contains(row.status())).toList();
    }

    /** The indicator's name of a target of the table, by the target's resource name. */
    String indicatorName(String target) {
        return rows.stream().filter(row -> row.target().equals(target)).map(PlanDashboardJson.Row::indicatorName)
                .findFirst().orElse(target);
    }
}
