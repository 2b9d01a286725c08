package io.planmonitor.indicators.domain.progress;

import java.math.BigDecimal;

/** The current value of a year. */
public record ObservedValue(int year, BigDecimal value) {
}
