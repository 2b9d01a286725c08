package io.planmonitor.indicators.domain.progress;

import io.planmonitor.indicators.domain.IndicatorDirection;
import io.planmonitor.indicators.domain.ObservationStatus;
import io.planmonitor.indicators.domain.TargetForm;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * One indicator of a region in one year, document against document: the pace the five-year outline requires for the
 * year, the annual target, the reported actual, and what disagrees. Pure arithmetic on what the caller read.
 *
 * <p>The pace is put in the annual target's terms. A growth target (年均增长 g%, 增长 g%) requires g% in every year;
 * a level target from base B (year b) to T (year t) requires the yearly rate (T/B)^(1/(t−b)) − 1, which puts the
 * year y on the path at B·(1+r)^(y−b); a share moves in equal steps from B to T. Forms without a yearly path
 * (cumulative changes, points, ranks) give no pace.
 */
public final class YearReconciliation {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int SCALE = 4;

    /** What a target says, as far as reconciliation reads it. */
    public record Goal(TargetForm form, int baselineYear, BigDecimal baselineValue, int targetYear,
            BigDecimal targetValue) {
    }

    /** One reported value of the year. */
    public record Reported(BigDecimal value, String source, ObservationStatus status, boolean latest) {
    }

    public enum Flag {
        ANNUAL_TARGET_BELOW_PACE,
        ACTUAL_BELOW_ANNUAL_TARGET,
        REPORTED_VALUES_DISAGREE,
        ANNUAL_TARGETS_DISAGREE
    }

    public record Result(BigDecimal requiredPace, BigDecimal actual, List<Flag> flags, String explanationZh) {
    }

    private YearReconciliation() {
    }

    /**
     * @param rates whether the indicator itself is a rate in % (地区生产总值增长率), so a growth target is read from its
     *              values directly rather than computed from two years' levels
     * @param outline the outline's target, or null
     * @param annual the annual target, or null
     * @param otherAnnual the year's other annual targets of the same form
     * @param reported the year's reported values, every vintage
     * @param previousYear the latest value of the year before, or null
     */
    public static Result reconcile(int year, IndicatorDirection direction, boolean rates, Goal outline, Goal annual,
            List<Goal> otherAnnual, List<Reported> reported, BigDecimal previousYear) {
        List<Flag> flags = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        boolean growthTerms = annual != null ? annual.form().isGrowth() : outline != null && outline.form().isGrowth();
        BigDecimal pace = outline == null ? null : pace(outline, year, growthTerms);
        if (outline != null) {
            sentences.add(pace == null ? "规划目标（" + outline.targetYear() + "年）未给出逐年进度。"
                    : "规划要求" + year + "年" + describe(pace, growthTerms) + "。");
        }
        if (annual != null && annual.targetValue() != null) {
            sentences.add("年度目标" + describe(annual.targetValue(), annual.form().isGrowth()) + "。");
            if (pace != null && worse(annual.targetValue(), pace, direction)) {
                flags.add(Flag.ANNUAL_TARGET_BELOW_PACE);
                sentences.add("年度目标低于规划要求的进度。");
            }
        }
        if (annual != null && otherAnnual.stream().anyMatch(other -> !same(other.targetValue(), annual.targetValue()))) {
            flags.add(Flag.ANNUAL_TARGETS_DISAGREE);
            sentences.add("不同文件的年度目标不一致。");
        }
        Reported latest = reported.stream().filter(Reported::latest).reduce((first, second) -> second).orElse(null);
        BigDecimal actual = latest == null ? null : actual(latest.value(), annual, growthTerms, rates, previousYear);
        if (actual != null) {
            sentences.add("实际" + describe(actual, growthTerms) + "（" + latest.source() + "）。");
            if (annual != null && annual.targetValue() != null && worse(actual, annual.targetValue(), direction)) {
                flags.add(Flag.ACTUAL_BELOW_ANNUAL_TARGET);
                sentences.add("实际未达到年度目标。");
            }
        } else if (reported.isEmpty()) {
            sentences.add("尚无" + year + "年实际数据。");
        }
        if (disagree(reported)) {
            flags.add(Flag.REPORTED_VALUES_DISAGREE);
            sentences.add("不同文件报告的同一数字不一致。");
        }
        return new Result(pace, actual, List.copyOf(flags), String.join("", sentences));
    }

    /** The outline's requirement for {@code year}: a yearly growth in % or a level on the path to the target. */
    private static BigDecimal pace(Goal outline, int year, boolean growthTerms) {
        BigDecimal base = outline.baselineValue();
        int years = outline.targetYear() - outline.baselineYear();
        int elapsed = year - outline.baselineYear();
        if (outline.targetValue() == null || outline.form() == TargetForm.CUMULATIVE_CHANGE) {
            return null;
        }
        if (outline.form().isGrowth()) {
            if (growthTerms) {
                return outline.targetValue();
            }
            if (base == null || elapsed <= 0) {
                return null;
            }
            BigDecimal factor = BigDecimal.ONE.add(outline.targetValue().divide(HUNDRED, DecimalMath.CONTEXT));
            return rounded(base.multiply(factor.pow(elapsed, DecimalMath.CONTEXT)));
        }
        if (base == null || years <= 0 || elapsed <= 0) {
            return null;
        }
        if (outline.form() == TargetForm.SHARE) {
            BigDecimal step = outline.targetValue().subtract(base).divide(BigDecimal.valueOf(years), DecimalMath.CONTEXT);
            return growthTerms ? null : rounded(base.add(step.multiply(BigDecimal.valueOf(elapsed))));
        }
        if (outline.form() != TargetForm.LEVEL || base.signum() <= 0 || outline.targetValue().signum() <= 0) {
            return null;
        }
        BigDecimal rate = DecimalMath.yearlyRate(outline.targetValue().divide(base, DecimalMath.CONTEXT), years);
        return growthTerms ? rounded(rate.multiply(HUNDRED))
                : rounded(base.multiply(BigDecimal.ONE.add(rate).pow(elapsed, DecimalMath.CONTEXT)));
    }

    private static BigDecimal rounded(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }

    /** The reported value in the annual target's terms: a growth from two years' levels when it must be. */
    private static BigDecimal actual(BigDecimal value, Goal annual, boolean growthTerms, boolean rates,
            BigDecimal previousYear) {
        if (annual != null && !annual.form().isGrowth() && annual.form() != TargetForm.LEVEL
                && annual.form() != TargetForm.SHARE) {
            return null;
        }
        if (!growthTerms || rates) {
            return value;
        }
        if (previousYear == null || previousYear.signum() <= 0) {
            return null;
        }
        return value.divide(previousYear, DecimalMath.CONTEXT).subtract(BigDecimal.ONE).multiply(HUNDRED)
                .setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }

    /** Two sources reporting the same figure with the same status but different values. */
    private static boolean disagree(List<Reported> reported) {
        for (int i = 0; i < reported.size(); i++) {
            for (int j = i + 1; j < reported.size(); j++) {
                Reported a = reported.get(i);
                Reported b = reported.get(j);
                if (a.status() == b.status() && !a.source().equals(b.source()) && a.value().compareTo(b.value()) != 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean worse(BigDecimal value, BigDecimal than, IndicatorDirection direction) {
        int comparison = value.compareTo(than);
        return direction == IndicatorDirection.LOWER_IS_BETTER ? comparison > 0 : comparison < 0;
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String describe(BigDecimal value, boolean growth) {
        return (growth ? "增长" : "达到") + value.toPlainString() + (growth ? "%" : "");
    }
}
