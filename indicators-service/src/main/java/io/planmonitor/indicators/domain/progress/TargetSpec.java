package io.planmonitor.indicators.domain.progress;

import io.planmonitor.indicators.domain.Comparator;
import io.planmonitor.indicators.domain.IndicatorDirection;
import io.planmonitor.indicators.domain.TargetForm;
import java.math.BigDecimal;

/**
 * What the evaluator needs of a target. Growth and change values are in % (7 means 7 %), point changes in points.
 * {@code observationsAreRates}: the observed series holds yearly growth rates in % (an indicator such as
 * 地区生产总值增长率) rather than levels. Null values are unknown: a null target value is "not set", never zero.
 */
public record TargetSpec(
        TargetForm form,
        Comparator comparator,
        IndicatorDirection direction,
        boolean binding,
        int baselineYear,
        BigDecimal baselineValue,
        int targetYear,
        BigDecimal targetValue,
        BigDecimal upperBound,
        boolean observationsAreRates) {
}
