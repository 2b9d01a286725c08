package io.planmonitor.indicators.service;

import io.planmonitor.indicators.domain.PeriodKind;
import io.planmonitor.indicators.domain.PlanKind;
import io.planmonitor.indicators.domain.progress.YearReconciliation;
import io.planmonitor.indicators.repository.IndicatorEntity;
import io.planmonitor.indicators.repository.IndicatorRepository;
import io.planmonitor.indicators.repository.ObservationEntity;
import io.planmonitor.indicators.repository.ObservationRepository;
import io.planmonitor.indicators.repository.PlanEntity;
import io.planmonitor.indicators.repository.PlanRepository;
import io.planmonitor.indicators.repository.TargetEntity;
import io.planmonitor.indicators.repository.TargetRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Reads what a region's documents say about one year — the five-year outline's targets, the annual plan's and work
 * report's targets for the year, the values reported for it — and sets them side by side per indicator.
 */
@ApplicationScoped
public class YearReconciler {

    private static final Set<PlanKind> ANNUAL_KINDS = Set.of(PlanKind.ANNUAL_PLAN, PlanKind.GOVERNMENT_WORK_REPORT);

    private final PlanRepository plans;
    private final TargetRepository targets;
    private final ObservationRepository observations;
    private final IndicatorRepository indicators;
    private final RegionDirectory regions;

    YearReconciler(PlanRepository plans, TargetRepository targets, ObservationRepository observations,
            IndicatorRepository indicators, RegionDirectory regions) {
        this.plans = plans;
        this.targets = targets;
        this.observations = observations;
        this.indicators = indicators;
        this.regions = regions;
    }

    /** One indicator's documents for the year and what they add up to. */
    public record Row(String indicatorId, TargetEntity outlineTarget, TargetEntity annualTarget,
            List<TargetEntity> otherAnnualTargets, List<ObservationEntity> reported,
            YearReconciliation.Result result) {
    }

    @Transactional
    public List<Row> reconcile(String regionCode, int year) {
        regions.get(regionCode);
        Map<String, PlanEntity> plansById = plans.list("startYear <= ?1 and endYear >= ?1", year).stream()
                .collect(Collectors.toMap(plan -> plan.id, plan -> plan));
        Map<String, TargetEntity> outline = new TreeMap<>();
        Map<String, List<TargetEntity>> annual = new TreeMap<>();
        List<TargetEntity> regionTargets = plansById.isEmpty() ? List.of() : targets.list(
                "regionCode = ?1 and planId in ?2", Sort.by("id"), regionCode, plansById.keySet());
        for (TargetEntity target : regionTargets) {
            PlanKind kind = plansById.get(target.planId).kind;
            if (kind == PlanKind.FIVE_YEAR_PLAN_OUTLINE && target.targetYear >= year) {
                // The nearest target year not before the year: a 2025 target before a 2035 one.
                outline.merge(target.indicatorId, target, (kept, other) -> other.targetYear < kept.targetYear
                        ? other : kept);
            } else if (ANNUAL_KINDS.contains(kind) && target.targetYear == year) {
                annual.computeIfAbsent(target.indicatorId, id -> new ArrayList<>()).add(target);
            }
        }
        Map<String, List<ObservationEntity>> reported = observations.list(
                "regionCode = ?1 and periodKind = ?2 and periodYear in ?3", Sort.by("id"), regionCode,
                PeriodKind.YEAR, List.of(year - 1, year)).stream()
                .collect(Collectors.groupingBy(o -> o.indicatorId, TreeMap::new, Collectors.toList()));

        Set<String> indicatorIds = new TreeSet<>(outline.keySet());
        indicatorIds.addAll(annual.keySet());
        indicatorIds.addAll(reported.keySet());
        // One query for the rows' indicators (direction, unit), not one per row.
        Map<String, IndicatorEntity> indicatorsById = indicators.byIds(indicatorIds);
        List<Row> rows = new ArrayList<>();
        for (String indicatorId : indicatorIds) {
            List<TargetEntity> annualTargets = annual.getOrDefault(indicatorId, List.of()).stream()
                    .sorted(Comparator.comparing((TargetEntity t) -> plansById.get(t.planId).kind)
                            .thenComparing(t -> t.id))
                    .toList();
            TargetEntity primary = annualTargets.isEmpty() ? null : annualTargets.get(0);
            List<TargetEntity> others = primary == null ? List.of() : annualTargets.stream().skip(1)
                    .filter(t -> t.form == primary.form).toList();
            List<ObservationEntity> values = reported.getOrDefault(indicatorId, List.of());
            List<ObservationEntity> thisYear = values.stream().filter(o -> o.periodYear == year).toList();
            BigDecimal previous = values.stream().filter(o -> o.periodYear == year - 1 && o.latest)
                    .map(o -> o.value).reduce((first, second) -> second).orElse(null);
            IndicatorEntity indicator = indicatorsById.get(indicatorId);
            YearReconciliation.Result result = YearReconciliation.reconcile(year, indicator.direction,
                    "%".equals(indicator.unit), goal(outline.get(indicatorId)), goal(primary),
                    others.stream().map(YearReconciler::goal).toList(),
                    thisYear.stream().map(o -> new YearReconciliation.Reported(o.value, o.source, o.status, o.latest))
                            .toList(), previous);
            boolean targeted = outline.containsKey(indicatorId) || primary != null;
            if (targeted || result.flags().contains(YearReconciliation.Flag.REPORTED_VALUES_DISAGREE)) {
                rows.add(new Row(indicatorId, outline.get(indicatorId), primary, others, thisYear, result));
            }
        }
        return rows;
    }

    private static YearReconciliation.Goal goal(TargetEntity target) {
        return target == null ? null : new YearReconciliation.Goal(target.form, target.baselineYear,
                target.baselineValue, target.targetYear, target.targetValue);
    }
}
