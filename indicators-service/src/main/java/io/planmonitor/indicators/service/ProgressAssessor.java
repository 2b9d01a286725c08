package io.planmonitor.indicators.service;

import io.planmonitor.indicators.domain.PeriodKind;
import io.planmonitor.indicators.domain.TargetAttribute;
import io.planmonitor.indicators.domain.progress.ObservedValue;
import io.planmonitor.indicators.domain.progress.ProgressEvaluation;
import io.planmonitor.indicators.domain.progress.ProgressEvaluator;
import io.planmonitor.indicators.domain.progress.ProgressStatus;
import io.planmonitor.indicators.domain.progress.TargetSpec;
import io.planmonitor.indicators.repository.IndicatorEntity;
import io.planmonitor.indicators.repository.TargetEntity;
import io.planmonitor.support.Page;
import io.planmonitor.support.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/** Feeds targets and their indicators' yearly values to the evaluator. */
@ApplicationScoped
public class ProgressAssessor {

    private final TargetBook targets;
    private final IndicatorCatalogue catalogue;
    private final ObservationLog observations;

    ProgressAssessor(TargetBook targets, IndicatorCatalogue catalogue, ObservationLog observations) {
        this.targets = targets;
        this.catalogue = catalogue;
        this.observations = observations;
    }

    /** A target with its evaluation. */
    public record Assessed(TargetEntity target, ProgressEvaluation evaluation) {
    }

    @Transactional
    public Assessed assess(String planId, String targetId, LocalDate asOf) {
        TargetEntity target = targets.get(planId, targetId);
        return new Assessed(target, evaluate(target, asOf));
    }

    /**
     * One page of the evaluations of the targets {@code filter} keeps, of those that read {@code status} (null: any).
     * A status is computed, not stored, so a status filter evaluates every target the filter keeps, then pages.
     */
    @Transactional
    public Page<Assessed> assess(TargetFilter filter, ProgressStatus status, LocalDate asOf, PageRequest request) {
        if (status == null) {
            Page<TargetEntity> page = targets.list(filter, request);
            List<Assessed> assessed = page.items().stream().map(t -> new Assessed(t, evaluate(t, asOf))).toList();
            return new Page<>(assessed, page.nextPageToken(), page.totalSize());
        }
        List<Assessed> reading = assessAll(filter, asOf).stream()
                .filter(assessed -> assessed.evaluation().status() == status)
                .toList();
        return Page.ofAll(reading, request, assessed -> assessed.target().id);
    }

    /** Every target {@code filter} keeps, evaluated, in the book's order. */
    @Transactional
    public List<Assessed> assessAll(TargetFilter filter, LocalDate asOf) {
        return targets.listAll(filter).stream().map(t -> new Assessed(t, evaluate(t, asOf))).toList();
    }

    private ProgressEvaluation evaluate(TargetEntity target, LocalDate asOf) {
        IndicatorEntity indicator = catalogue.get(target.indicatorId);
        // A growth target on an indicator measured in % (地区生产总值增长率) is read from yearly rates.
        boolean rates = target.form.isGrowth() && "%".equals(indicator.unit);
        TargetSpec spec = new TargetSpec(target.form, target.comparator, indicator.direction,
                target.attribute == TargetAttribute.BINDING, target.baselineYear, target.baselineValue,
                target.targetYear, target.targetValue, target.upperBound, rates);
        List<ObservedValue> yearly = observations.latestSeries(target.indicatorId, target.regionCode).stream()
                .filter(o -> o.periodKind == PeriodKind.YEAR)
                .map(o -> new ObservedValue(o.periodYear, o.value))
                .toList();
        return ProgressEvaluator.evaluate(spec, yearly, asOf);
    }
}
