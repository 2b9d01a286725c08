package io.planmonitor.projects.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Reads a year's investment against its plan and against the months it covers (序时进度: N ÷ 12 for a 1–N月
 * cumulative figure), the way plan offices report key-project progress. A project is behind pace when its completion rate trails the time elapsed by
 * more than the tolerance.
 */
public final class InvestmentPace {

    /** Rates are reported as percentages with two decimals: fractions to four places. */
    private static final int RATE_SCALE = 4;
    private static final BigDecimal MONTHS = BigDecimal.valueOf(12);

    private InvestmentPace() {
    }

    /**
     * The reading of a 1–{@code month}月 figure; {@code planned} and {@code completed} may be null when unknown
     * (then {@code month} is the month asked about).
     */
    public static PaceReading read(BigDecimal planned, BigDecimal completed, int month, BigDecimal tolerance) {
        BigDecimal elapsed = timeElapsed(month);
        if (planned == null || completed == null || planned.signum() == 0) {
            return new PaceReading(null, elapsed, null, false);
        }
        BigDecimal rate = completed.divide(planned, RATE_SCALE, RoundingMode.HALF_UP);
        BigDecimal gap = rate.subtract(elapsed);
        return new PaceReading(rate, elapsed, gap, gap.compareTo(tolerance.negate()) < 0);
    }

    /** 序时进度 of a 1–{@code month}月 figure: month ÷ 12. */
    public static BigDecimal timeElapsed(int month) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month must be 1-12: " + month);
        }
        return BigDecimal.valueOf(month).divide(MONTHS, RATE_SCALE, RoundingMode.HALF_UP);
    }

    /** completionRate and gap are null when there is no plan or no report. */
    public record PaceReading(BigDecimal completionRate, BigDecimal timeElapsed, BigDecimal gap, boolean behindPace) {
    }
}
