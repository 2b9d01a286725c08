package io.planmonitor.indicators.service;

import io.planmonitor.indicators.domain.TargetAttribute;
import io.planmonitor.indicators.domain.progress.ObservedValue;
import io.planmonitor.indicators.domain.progress.ProgressEvaluation;
import io.planmonitor.indicators.domain.progress.ProgressEvaluator;
import io.planmonitor.indicators.domain.progress.ProgressStatus;
import io.planmonitor.indicators.domain.progress.TargetSpec;
import io.planmonitor.indicators.repository.IndicatorEntity;
import io.planmonitor.indicators.repository.IndicatorRepository;
import io.planmonitor.indicators.repository.ObservationEntity;
import io.planmonitor.indicators.repository.TargetEntity;
import io.planmonitor.support.Page;
import io.planmonitor.support.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Feeds targets and their indicators' yearly values to the evaluator. A list of targets is read with two queries
 * (its indicators, then every yearly value of its indicator and region pairs), not two per target.
 */
@ApplicationScoped
public class ProgressAssessor {

    private final TargetBook targets;
    private final IndicatorRepository indicators;
    private final ObservationLog observations;

    ProgressAssessor(TargetBook targets, IndicatorRepository indicators, ObservationLog observations) {
        this.targets = targets;
        this.indicators = indicators;
        this.observations = observations;
    }

    /**
     * A target with its evaluation, the vintage its latest value was read from (null when none), when the plan states
     * the same indicator's target again the statement counted instead of this one (null when it is counted), and the
     * current yearly values from its baseline year to its target year known by the as-of year.
     */
    public record Assessed(TargetEntity target, ProgressEvaluation evaluation, ObservationEntity latest,
            TargetEntity countedInstead, List<ObservationEntity> yearly) {

        /** Whether counts of the plan's readings count this target (once per indicator, region and year). */
        public boolean counted() {
            return countedInstead == null;
        }
    }

    @Transactional
    public Assessed assess(String planId, String targetId, LocalDate asOf) {
        return assess(List.of(targets.get(planId, targetId)), asOf).get(0);
    }

    /**
     * One page of the evaluations of the targets {@code filter} keeps, of those that read {@code status} (null: any).
     * A status is computed, not stored, so a status filter evaluates every target the filter keeps, then pages.
     */
    @Transactional
    public Page<Assessed> assess(TargetFilter filter, ProgressStatus status, LocalDate asOf, PageRequest request) {
        if (status == null) {
            Page<TargetEntity> page = targets.list(filter, request);
            return new Page<>(assess(page.items(), asOf), page.nextPageToken(), page.totalSize());
        }
        List<Assessed> reading = assessAll(filter, asOf).stream()
                .filter(assessed -> assessed.evaluation().status() == status)
                .toList();
        return Page.ofAll(reading, request, assessed -> assessed.target().id);
    }

    /** Every target {@code filter} keeps, evaluated, in the book's order. */
    @Transactional
    public List<Assessed> assessAll(TargetFilter filter, LocalDate asOf) {
        return assess(targets.listAll(filter), asOf);
    }

    /** These targets evaluated, in their order. */
    @Transactional
    public List<Assessed> assess(List<TargetEntity> list, LocalDate asOf) {
        Set<String> indicatorIds = list.stream().map(t -> t.indicatorId).collect(Collectors.toSet());
        Map<String, IndicatorEntity> indicatorsById = indicators.byIds(indicatorIds);
        Map<String, List<ObservationEntity>> yearly = observations.latestYearly(indicatorIds,
                list.stream().map(t -> t.regionCode).collect(Collectors.toSet()));
        Map<String, TargetEntity> repeated = RepeatedTargets.countedInstead(list);
        return list.stream().map(target -> {
            List<ObservationEntity> values = yearly.getOrDefault(target.indicatorId + "|" + target.regionCode,
                    List.of());
            ProgressEvaluation evaluation = evaluate(target, indicatorsById.get(target.indicatorId), values, asOf);
            return new Assessed(target, evaluation, readFrom(values, evaluation.latestYear()), repeated.get(target.id),
                    values.stream().filter(o -> o.periodYear >= target.baselineYear && o.periodYear <= target.targetYear
                            && o.periodYear <= asOf.getYear()).toList());
        }).toList();
    }

    /** The current vintage of the year an evaluation's latest value is of. */
    private static ObservationEntity readFrom(List<ObservationEntity> yearly, Integer year) {
        return year == null ? null
                : yearly.stream().filter(o -> o.periodYear == year).findFirst().orElse(null);
    }

    private static ProgressEvaluation evaluate(TargetEntity target, IndicatorEntity indicator,
            List<ObservationEntity> yearly, LocalDate asOf) {
        // A growth target on an indicator measured in % (地区生产总值增长率) is read from yearly rates.
        boolean rates = target.form.isGrowth() && "%".equals(indicator.unit);
        TargetSpec spec = new TargetSpec(target.form, target.comparator, indicator.direction,
                target.attribute == TargetAttribute.BINDING, target.baselineYear, target.baselineValue,
                target.targetYear, target.targetValue, target.upperBound, rates);
        return ProgressEvaluator.evaluate(spec, yearly.stream().map(o -> new ObservedValue(o.periodYear, o.value))
                .toList(), asOf);
    }
}
