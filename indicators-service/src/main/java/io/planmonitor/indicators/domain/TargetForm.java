package io.planmonitor.indicators.domain;

/** How a target states its number (see targets.proto). */
public enum TargetForm {
    LEVEL,
    ANNUAL_GROWTH,
    AVERAGE_ANNUAL_GROWTH,
    CUMULATIVE_CHANGE,
    PERCENTAGE_POINT_CHANGE,
    SHARE,
    RANK;

    /** A rate of change in %, not a value to reach: 增长, 年均增长, a change over the period. */
    public boolean isGrowth() {
        return this == ANNUAL_GROWTH || this == AVERAGE_ANNUAL_GROWTH || this == CUMULATIVE_CHANGE;
    }
}
