package io.planmonitor.indicators.domain.progress;

import java.math.BigDecimal;
import java.math.MathContext;

/** Roots in exact decimal arithmetic: growth rates are n-th roots of ratios, and doubles would blur the 4th digit. */
final class DecimalMath {

    /** 34 significant digits (IEEE decimal128): far beyond what a plan's figures carry. */
    static final MathContext CONTEXT = MathContext.DECIMAL128;

    private DecimalMath() {
    }

    /** The positive n-th root of a positive number, by Newton's method. */
    static BigDecimal nthRoot(BigDecimal value, int n) {
        if (value.signum() <= 0 || n < 1) {
            throw new IllegalArgumentException("root of " + value + " with n=" + n);
        }
        if (n == 1) {
            return value;
        }
        BigDecimal degree = BigDecimal.valueOf(n);
        BigDecimal x = BigDecimal.valueOf(Math.pow(value.doubleValue(), 1.0 / n)); // a starting guess only
        for (int i = 0; i < 100; i++) {
            BigDecimal next = x.multiply(degree.subtract(BigDecimal.ONE), CONTEXT)
                    .add(value.divide(x.pow(n - 1, CONTEXT), CONTEXT), CONTEXT)
                    .divide(degree, CONTEXT);
            if (next.subtract(x).abs().compareTo(BigDecimal.ONE.movePointLeft(30)) < 0) {
                return next;
            }
            x = next;
        }
        return x;
    }

    /** The yearly rate that compounds to {@code factor} over {@code years}: factor^(1/years) − 1. */
    static BigDecimal yearlyRate(BigDecimal factor, int years) {
        return nthRoot(factor, years).subtract(BigDecimal.ONE);
    }
}
