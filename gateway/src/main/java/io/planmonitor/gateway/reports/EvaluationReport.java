package io.planmonitor.gateway.reports;

import io.planmonitor.gateway.dashboards.PlanDashboardJson;
import io.planmonitor.gateway.plans.PlanningJson;
import io.planmonitor.gateway.plans.PlanningJsonMapper;
import io.planmonitor.indicators.v1.EvaluationKind;
import io.planmonitor.indicators.v1.EvaluationNote;
import io.planmonitor.indicators.v1.PlanEvaluation;
import io.planmonitor.projects.v1.ProjectGroup;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What an evaluation of a plan as of a date rests on: indicators-service's evaluation of the plan (kind, counts,
 * sentences, lagging targets, conflicts, late updates), the plan's indicator table with each target's reading, the
 * staff's notes (原因分析, 下一步措施) by subject, and its key projects by stage from projects-service.
 */
record EvaluationReport(PlanningJson.Plan plan, LocalDate asOf, PlanEvaluation evaluation,
        List<PlanDashboardJson.Row> rows, List<ProjectGroup> stages, Map<String, EvaluationNote> notes) {

    /** The resource id of the evaluation an evaluation kind is: mid-term or final. */
    static String evaluationId(EvaluationKind kind) {
        return kind == EvaluationKind.EVALUATION_KIND_FINAL ? "final" : "mid-term";
    }

    /** The staff note on a target ("plans/…/targets/{id}"), or on the plan as a whole ("overall"); null when none. */
    EvaluationNote note(String subject) {
        return notes.get(EvaluationNoteJson.subjectOf(subject));
    }

    /** The rows counted: each indicator once per region and year, in the document's order. */
    List<PlanDashboardJson.Row> countedRows() {
        return rows.stream().filter(row -> row.countedAs() == null).toList();
    }

    /** The request's kind (mid-term, final, or "" for the one the date implies) as the contract names it. */
    static EvaluationKind kind(String requested) {
        return switch (requested) {
            case "mid-term" -> EvaluationKind.EVALUATION_KIND_MID_TERM;
            case "final" -> EvaluationKind.EVALUATION_KIND_FINAL;
            default -> EvaluationKind.EVALUATION_KIND_UNSPECIFIED;
        };
    }

    String title() {
        return evaluation.getTitleZh();
    }

    /** The as-of date as a document writes it: 2023年12月31日. */
    String asOfZh() {
        return asOf.getYear() + "年" + asOf.getMonthValue() + "月" + asOf.getDayOfMonth() + "日";
    }

    /** 中期评估 or 总结评估. */
    String kindZh() {
        return evaluation.getKind() == EvaluationKind.EVALUATION_KIND_FINAL ? "总结评估" : "中期评估";
    }

    /** The targets counted: each indicator once per region and year, though the plan may state it again. */
    int countedTargets() {
        return countedRows().size();
    }

    /** Targets by the office's reading (提前实现, 滞后 …), as the overview counts them. */
    Map<String, Integer> countsByReading() {
        return PlanningJsonMapper.withoutPrefixes(evaluation.getCountsByReadingMap());
    }

    List<PlanDashboardJson.Row> binding() {
        return countedRows().stream().filter(row -> "BINDING".equals(row.attribute())).toList();
    }

    /** The rows of the targets indicators-service lists as needing acceleration, lagging or deteriorating. */
    List<PlanDashboardJson.Row> behind() {
        return rows.stream().filter(row -> evaluation.getBehindTargetsList().contains(row.target())).toList();
    }

    List<PlanningJson.Conflict> conflicts() {
        return evaluation.getConflictsList().stream().map(PlanningJsonMapper::toJson).toList();
    }

    PlanningJson.OverdueUpdates overdue() {
        return PlanningJsonMapper.toJson(evaluation.getFreshness());
    }

    /** The indicator's name of a target of the table, by the target's resource name. */
    String indicatorName(String target) {
        return rows.stream().filter(row -> row.target().equals(target)).map(PlanDashboardJson.Row::indicatorName)
                .findFirst().orElse(target);
    }
}
