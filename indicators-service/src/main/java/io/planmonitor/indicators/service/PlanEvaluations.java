package io.planmonitor.indicators.service;

import io.planmonitor.indicators.domain.TargetAttribute;
import io.planmonitor.indicators.domain.progress.EvaluationKind;
import io.planmonitor.indicators.domain.progress.OfficeReading;
import io.planmonitor.indicators.domain.progress.ProgressStatus;
import io.planmonitor.indicators.repository.PlanEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A plan's evaluation as of a date, its indicator side: every target read, the conflicting figures, the late updates
 * of the plan's region and those under it (a plan's targets may be set for its districts). What a 中期评估 or 总结评估
 * report counts and lists; the projects by stage are projects-service's.
 */
@ApplicationScoped
public class PlanEvaluations {

    private final PlanRegistry plans;
    private final ProgressAssessor progress;
    private final TargetConflicts conflicts;
    private final OverdueUpdates overdue;
    private final RegionDirectory regions;

    PlanEvaluations(PlanRegistry plans, ProgressAssessor progress, TargetConflicts conflicts, OverdueUpdates overdue,
            RegionDirectory regions) {
        this.plans = plans;
        this.progress = progress;
        this.conflicts = conflicts;
        this.overdue = overdue;
        this.regions = regions;
    }

    public record Evaluation(PlanEntity plan, LocalDate asOf, EvaluationKind kind, List<ProgressAssessor.Assessed> assessed,
            List<TargetConflicts.Conflict> conflicts, OverdueUpdates.Listing freshness) {

        /** The targets counted: each indicator's once per region and year, though the plan may state it twice. */
        public List<ProgressAssessor.Assessed> counted() {
            return assessed.stream().filter(ProgressAssessor.Assessed::counted).toList();
        }

        /** Counted targets by status, in the statuses' order. */
        public Map<ProgressStatus, Integer> countsByStatus() {
            Map<ProgressStatus, Integer> counts = new EnumMap<>(ProgressStatus.class);
            counted().forEach(a -> counts.merge(a.evaluation().status(), 1, Integer::sum));
            return counts;
        }

        /** Counted targets by the office's reading, in the readings' order. */
        public Map<OfficeReading, Integer> countsByReading() {
            Map<OfficeReading, Integer> counts = new EnumMap<>(OfficeReading.class);
            counted().forEach(a -> counts.merge(a.evaluation().reading(), 1, Integer::sum));
            return counts;
        }

        public List<ProgressAssessor.Assessed> binding() {
            return counted().stream().filter(a -> a.target().attribute == TargetAttribute.BINDING).toList();
        }

        public List<ProgressAssessor.Assessed> behind() {
            return counted().stream().filter(a -> a.evaluation().status().isBehind()).toList();
        }
    }

    @Transactional
    public Evaluation evaluate(String planId, LocalDate asOf, EvaluationKind requested) {
        PlanEntity plan = plans.get(planId);
        return new Evaluation(plan, asOf, EvaluationKind.of(requested, plan.endYear, asOf),
                progress.assessAll(TargetFilter.ofPlan(planId, null, null), asOf), conflicts.list(planId),
                overdue.list(regions.withSubregions(plan.regionCode), planId, asOf));
    }
}
