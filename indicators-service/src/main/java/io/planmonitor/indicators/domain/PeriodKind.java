package io.planmonitor.indicators.domain;

/** The stretch of time a value describes. */
public enum PeriodKind {
    YEAR,
    QUARTER,
    MONTH,
    SPAN
}
