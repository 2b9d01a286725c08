package io.planmonitor.indicators.domain.progress;

import io.planmonitor.indicators.domain.Comparator;
import io.planmonitor.indicators.domain.IndicatorDirection;
import io.planmonitor.indicators.domain.TargetForm;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Judges a target against observed values as of a date, with the CAGR-ratio measure used for SDG progress reporting:
 * the yearly progress observed since the base year divided by the yearly progress the target requires
 * (≥ 0.95 on track, 0.6–0.95 needs acceleration, 0–0.6 lagging, below 0 deteriorating). Adapted per form:
 * growth-rate series are chained into an index, cumulative changes become a required yearly factor, shares and point
 * changes use a linear pace, and a ceiling above the base (失业率 5.5%左右) is read as met or exceeded.
 */
public final class ProgressEvaluator {

    static final BigDecimal ON_TRACK_RATIO = new BigDecimal("0.95");
    static final BigDecimal ACCELERATE_RATIO = new BigDecimal("0.6");
    /**
     * 左右 (about) accepts values within 2 % of the target's size: 7 % growth "左右" is met from 6.86 %, an unemployment
     * ceiling of 5.5 % "左右" holds up to 5.61 %. Plan offices read 左右 as "give or take a little"; 2 % keeps that to
     * about one-tenth of a point for typical rates.
     */
    static final BigDecimal ABOUT_TOLERANCE = new BigDecimal("0.02");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int SCALE = 4;

    private ProgressEvaluator() {
    }

    public static ProgressEvaluation evaluate(TargetSpec target, List<ObservedValue> observed, LocalDate asOf) {
        BigDecimal elapsed = elapsedShare(target, asOf);
        if (target.form() == TargetForm.RANK) {
            return Explanations.notAssessable(NotAssessableReason.UNSUPPORTED_FORM, null, null, elapsed);
        }
        if (target.targetValue() == null) {
            return Explanations.notAssessable(NotAssessableReason.NO_TARGET_VALUE, null, null, elapsed);
        }
        List<ObservedValue> series = observed.stream()
                .filter(o -> o.year() > target.baselineYear() && o.year() <= target.targetYear()
                        && o.year() <= asOf.getYear())
                .sorted(java.util.Comparator.comparingInt(ObservedValue::year))
                .toList();
        BigDecimal baseline = target.baselineValue() != null ? target.baselineValue()
                : observed.stream().filter(o -> o.year() == target.baselineYear()).map(ObservedValue::value)
                        .findFirst().orElse(null);
        if (series.isEmpty()) {
            return Explanations.notAssessable(NotAssessableReason.NO_OBSERVATIONS, baseline, null, elapsed);
        }
        ObservedValue latest = series.get(series.size() - 1);
        Reading reading = switch (target.form()) {
            case LEVEL, SHARE -> levelOrShare(target, baseline, latest, series);
            case PERCENTAGE_POINT_CHANGE -> linear(target, baseline, latest, target.targetValue());
            case ANNUAL_GROWTH, AVERAGE_ANNUAL_GROWTH -> target.observationsAreRates()
                    ? chainedGrowth(target, series)
                    : growthFromLevels(target, baseline, latest);
            case CUMULATIVE_CHANGE -> cumulativeChange(target, baseline, latest, series);
            case RANK -> throw new IllegalStateException("ranks are handled above");
        };
        if (reading.reason() != null) {
            return Explanations.notAssessable(reading.reason(), baseline, latest, elapsed);
        }
        ProgressStatus status = reading.achieved() ? ProgressStatus.ACHIEVED : statusOf(reading);
        if (status == ProgressStatus.ON_TRACK && latest.year() >= target.targetYear()) {
            // The period is over and the target not met: close, but not "on track" any more.
            status = ProgressStatus.NEEDS_ACCELERATION;
        }
        BindingReading binding = target.binding() ? bindingReading(status, target, latest, asOf) : null;
        BigDecimal ratio = reading.ratio() == null ? null : reading.ratio().setScale(SCALE, RoundingMode.HALF_UP);
        return Explanations.assessed(status, binding, target, baseline, latest, scaled(reading.required()),
                scaled(reading.observed()), ratio, reading.years(), elapsed);
    }

    /**
     * A value to reach. Met already, it is achieved; a cap the base already respects (失业率控制在5.5%以内) needs no
     * growth, only staying under it; otherwise levels compare compound yearly growth and shares a linear pace.
     */
    private static Reading levelOrShare(TargetSpec target, BigDecimal baseline, ObservedValue latest,
            List<ObservedValue> series) {
        boolean achieved = meets(latest.value(), target, ceiling(target));
        if (baseline == null || (ceiling(target) && target.targetValue().compareTo(baseline) >= 0)) {
            return achieved ? Reading.met() : trendOnly(target, series);
        }
        if (target.form() == TargetForm.SHARE) {
            return linear(target, baseline, latest, target.targetValue().subtract(baseline));
        }
        if (baseline.signum() <= 0 || target.targetValue().signum() <= 0 || latest.value().signum() <= 0) {
            return Reading.notAssessable(NotAssessableReason.SIGN_CHANGE);
        }
        BigDecimal required = percent(DecimalMath.yearlyRate(
                target.targetValue().divide(baseline, DecimalMath.CONTEXT), years(target)));
        BigDecimal observed = percent(DecimalMath.yearlyRate(
                latest.value().divide(baseline, DecimalMath.CONTEXT), latest.year() - target.baselineYear()));
        return Reading.of(achieved, required, observed, latest.year() - target.baselineYear());
    }

    /** Shares and point changes move linearly: points per year required vs observed. */
    private static Reading linear(TargetSpec target, BigDecimal baseline, ObservedValue latest, BigDecimal change) {
        if (baseline == null) {
            return Reading.notAssessable(NotAssessableReason.NO_BASELINE);
        }
        BigDecimal required = change.divide(BigDecimal.valueOf(years(target)), DecimalMath.CONTEXT);
        BigDecimal moved = latest.value().subtract(baseline);
        BigDecimal observed = moved.divide(BigDecimal.valueOf(latest.year() - target.baselineYear()), DecimalMath.CONTEXT);
        boolean achieved = target.form() == TargetForm.PERCENTAGE_POINT_CHANGE
                ? meets(moved, target, change.signum() < 0)
                : meets(latest.value(), target, ceiling(target));
        return Reading.of(achieved, required, observed, latest.year() - target.baselineYear());
    }

    /** Yearly growth rates chained into an index; the period is achieved once complete at the required pace. */
    private static Reading chainedGrowth(TargetSpec target, List<ObservedValue> rates) {
        BigDecimal index = chain(rates);
        if (index.signum() <= 0) {
            return Reading.notAssessable(NotAssessableReason.SIGN_CHANGE);
        }
        BigDecimal observed = percent(DecimalMath.yearlyRate(index, rates.size()));
        ObservedValue last = rates.get(rates.size() - 1);
        boolean achieved = last.year() == target.targetYear() && meets(observed, target, false);
        return Reading.of(achieved, target.targetValue(), observed, rates.size());
    }

    /** An average growth target read from levels: compound growth since the base. */
    private static Reading growthFromLevels(TargetSpec target, BigDecimal baseline, ObservedValue latest) {
        if (baseline == null) {
            return Reading.notAssessable(NotAssessableReason.NO_BASELINE);
        }
        if (baseline.signum() <= 0 || latest.value().signum() <= 0) {
            return Reading.notAssessable(NotAssessableReason.SIGN_CHANGE);
        }
        BigDecimal observed = percent(DecimalMath.yearlyRate(latest.value().divide(baseline, DecimalMath.CONTEXT),
                latest.year() - target.baselineYear()));
        boolean achieved = latest.year() == target.targetYear() && meets(observed, target, false);
        return Reading.of(achieved, target.targetValue(), observed, latest.year() - target.baselineYear());
    }

    /**
     * A change over the whole period (单位GDP能耗降低13.5% is −13.5): the yearly factor it requires against the one
     * observed, from chained yearly changes or from levels. Achieved once the change so far reaches the target.
     */
    private static Reading cumulativeChange(TargetSpec target, BigDecimal baseline, ObservedValue latest,
            List<ObservedValue> series) {
        BigDecimal soFar;
        int years = latest.year() - target.baselineYear();
        if (target.observationsAreRates()) {
            soFar = chain(series);
        } else if (baseline == null) {
            return Reading.notAssessable(NotAssessableReason.NO_BASELINE);
        } else if (baseline.signum() <= 0 || latest.value().signum() <= 0) {
            return Reading.notAssessable(NotAssessableReason.SIGN_CHANGE);
        } else {
            soFar = latest.value().divide(baseline, DecimalMath.CONTEXT);
        }
        BigDecimal targetFactor = BigDecimal.ONE.add(target.targetValue().divide(HUNDRED, DecimalMath.CONTEXT));
        if (targetFactor.signum() <= 0 || soFar.signum() <= 0) {
            return Reading.notAssessable(NotAssessableReason.SIGN_CHANGE);
        }
        BigDecimal required = percent(DecimalMath.yearlyRate(targetFactor, years(target)));
        BigDecimal observed = percent(DecimalMath.yearlyRate(soFar, years));
        BigDecimal changeSoFar = percent(soFar.subtract(BigDecimal.ONE));
        boolean achieved = meets(changeSoFar, target, target.targetValue().signum() < 0);
        return Reading.of(achieved, required, observed, years);
    }

    /** Without a base to measure from: the direction of the last move. */
    private static Reading trendOnly(TargetSpec target, List<ObservedValue> series) {
        if (series.size() < 2) {
            return Reading.notAssessable(NotAssessableReason.SINGLE_POINT);
        }
        BigDecimal move = series.get(series.size() - 1).value().subtract(series.get(series.size() - 2).value());
        boolean improving = ceiling(target) ? move.signum() < 0 : move.signum() > 0;
        return new Reading(false, null, null, null, improving ? ProgressStatus.LAGGING : ProgressStatus.DETERIORATING,
                null, 0);
    }

    private static ProgressStatus statusOf(Reading reading) {
        if (reading.trendStatus() != null) {
            return reading.trendStatus();
        }
        BigDecimal ratio = reading.ratio();
        if (ratio == null) {
            // Nothing was required (the target equals the base) and it is not met: it slipped.
            return ProgressStatus.DETERIORATING;
        }
        if (ratio.compareTo(ON_TRACK_RATIO) >= 0) {
            return ProgressStatus.ON_TRACK;
        }
        if (ratio.compareTo(ACCELERATE_RATIO) >= 0) {
            return ProgressStatus.NEEDS_ACCELERATION;
        }
        return ratio.signum() >= 0 ? ProgressStatus.LAGGING : ProgressStatus.DETERIORATING;
    }

    /** Binding targets: met or missed once the period is over, met or at risk before. */
    private static BindingReading bindingReading(ProgressStatus status, TargetSpec target, ObservedValue latest,
            LocalDate asOf) {
        boolean over = latest.year() >= target.targetYear() || asOf.isAfter(LocalDate.of(target.targetYear(), 12, 31));
        boolean good = status == ProgressStatus.ACHIEVED || (!over && status == ProgressStatus.ON_TRACK);
        if (good) {
            return BindingReading.MET;
        }
        return over ? BindingReading.MISSED : BindingReading.AT_RISK;
    }

    /** Whether {@code value} satisfies the target: at least it, at most it, or within a range (左右 widens by 2 %). */
    static boolean meets(BigDecimal value, TargetSpec target, boolean ceiling) {
        BigDecimal goal = target.targetValue();
        if (target.comparator() == Comparator.RANGE && target.upperBound() != null) {
            return value.compareTo(goal) >= 0 && value.compareTo(target.upperBound()) <= 0;
        }
        BigDecimal tolerance = target.comparator() == Comparator.ABOUT
                ? goal.abs().multiply(ABOUT_TOLERANCE) : BigDecimal.ZERO;
        return ceiling
                ? value.compareTo(goal.add(tolerance)) <= 0
                : value.compareTo(goal.subtract(tolerance)) >= 0;
    }

    /** A level target is a ceiling when it says 以内 / 以下, or when lower is better and it does not say 以上. */
    private static boolean ceiling(TargetSpec target) {
        return target.comparator() == Comparator.AT_MOST
                || (target.comparator() != Comparator.AT_LEAST
                        && target.direction() == IndicatorDirection.LOWER_IS_BETTER);
    }

    /** 序时进度: the share of the target period (1 January after the base year to 31 December of the target year). */
    static BigDecimal elapsedShare(TargetSpec target, LocalDate asOf) {
        int firstYear = Math.min(target.baselineYear() + 1, target.targetYear());
        LocalDate start = LocalDate.of(firstYear, 1, 1);
        LocalDate end = LocalDate.of(target.targetYear(), 12, 31).plusDays(1);
        long total = ChronoUnit.DAYS.between(start, end);
        long gone = Math.max(0, Math.min(total, ChronoUnit.DAYS.between(start, asOf)));
        return BigDecimal.valueOf(gone).divide(BigDecimal.valueOf(total), SCALE, RoundingMode.HALF_UP);
    }

    private static BigDecimal chain(List<ObservedValue> rates) {
        BigDecimal index = BigDecimal.ONE;
        for (ObservedValue rate : rates) {
            index = index.multiply(BigDecimal.ONE.add(rate.value().divide(HUNDRED, DecimalMath.CONTEXT)),
                    DecimalMath.CONTEXT);
        }
        return index;
    }

    private static int years(TargetSpec target) {
        return Math.max(1, target.targetYear() - target.baselineYear());
    }

    private static BigDecimal percent(BigDecimal fraction) {
        return fraction.multiply(HUNDRED, DecimalMath.CONTEXT);
    }

    private static BigDecimal scaled(BigDecimal value) {
        return value == null ? null : value.setScale(SCALE, RoundingMode.HALF_UP);
    }

    /** What one form's reading found; {@code years}: how many years the observed pace is measured over. */
    private record Reading(boolean achieved, BigDecimal required, BigDecimal observed, BigDecimal ratio,
            ProgressStatus trendStatus, NotAssessableReason reason, int years) {

        static Reading of(boolean achieved, BigDecimal required, BigDecimal observed, int years) {
            BigDecimal ratio = required.signum() == 0 ? null : observed.divide(required, DecimalMath.CONTEXT);
            return new Reading(achieved, required, observed, ratio, null, null, years);
        }

        static Reading met() {
            return new Reading(true, null, null, null, null, null, 0);
        }

        static Reading notAssessable(NotAssessableReason reason) {
            return new Reading(false, null, null, null, null, reason, 0);
        }
    }
}
