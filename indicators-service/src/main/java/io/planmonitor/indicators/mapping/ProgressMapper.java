package io.planmonitor.indicators.mapping;

import io.planmonitor.indicators.domain.progress.ProgressEvaluation;
import io.planmonitor.indicators.service.ProgressAssessor;
import io.planmonitor.indicators.v1.BindingReading;
import io.planmonitor.indicators.v1.NotAssessableReason;
import io.planmonitor.indicators.v1.OfficeReading;
import io.planmonitor.indicators.v1.ProgressStatus;
import io.planmonitor.indicators.v1.YearValue;
import io.planmonitor.support.EnumNames;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.function.Consumer;

/** Evaluations, domain → proto. */
public final class ProgressMapper {

    public static final String STATUS = "PROGRESS_STATUS_";
    public static final String READING = "OFFICE_READING_";

    private ProgressMapper() {
    }

    public static io.planmonitor.indicators.v1.ProgressEvaluation toProto(ProgressAssessor.Assessed assessed) {
        ProgressEvaluation evaluation = assessed.evaluation();
        var proto = io.planmonitor.indicators.v1.ProgressEvaluation.newBuilder()
                .setTarget(TargetMapper.name(assessed.target()))
                .setIndicator(IndicatorMapper.COLLECTION + "/" + assessed.target().indicatorId)
                .setStatus(EnumNames.toProto(evaluation.status(), STATUS, ProgressStatus.class))
                .setOfficeReading(EnumNames.toProto(evaluation.reading(), READING, OfficeReading.class))
                .setLatestYear(evaluation.latestYear() == null ? 0 : evaluation.latestYear())
                .setExplanationZh(evaluation.explanationZh())
                .setExplanationEn(evaluation.explanationEn());
        if (assessed.countedInstead() != null) {
            proto.setCountedAs(TargetMapper.name(assessed.countedInstead()));
        }
        if (assessed.latest() != null) {
            proto.setLatestObservation(ObservationMapper.toProto(assessed.latest()));
        }
        assessed.yearly().stream().sorted(Comparator.comparingInt(o -> o.periodYear))
                .forEach(o -> proto.addYearlyValues(YearValue.newBuilder().setYear(o.periodYear)
                        .setValue(TargetMapper.decimal(o.value))));
        if (evaluation.binding() != null) {
            proto.setBindingReading(EnumNames.toProto(evaluation.binding(), "BINDING_READING_", BindingReading.class));
        }
        if (evaluation.reason() != null) {
            proto.setReason(EnumNames.toProto(evaluation.reason(), "NOT_ASSESSABLE_REASON_", NotAssessableReason.class));
        }
        setIfKnown(evaluation.baseline(), value -> proto.setBaselineValue(TargetMapper.decimal(value)));
        setIfKnown(evaluation.latestValue(), value -> proto.setLatestValue(TargetMapper.decimal(value)));
        setIfKnown(evaluation.requiredGrowth(), value -> proto.setRequiredGrowth(TargetMapper.decimal(value)));
        setIfKnown(evaluation.observedGrowth(), value -> proto.setObservedGrowth(TargetMapper.decimal(value)));
        setIfKnown(evaluation.ratio(), value -> proto.setRatio(TargetMapper.decimal(value)));
        setIfKnown(evaluation.elapsedShare(), value -> proto.setElapsedShare(TargetMapper.decimal(value)));
        return proto.build();
    }

    private static void setIfKnown(BigDecimal value, Consumer<BigDecimal> setter) {
        if (value != null) {
            setter.accept(value);
        }
    }
}
