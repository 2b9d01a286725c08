package io.planmonitor.indicators.domain;

/** How a target states its number (see targets.proto). */
public enum TargetForm {
    LEVEL,
    ANNUAL_GROWTH,
    AVERAGE_ANNUAL_GROWTH,
    CUMULATIVE_CHANGE,
    PERCENTAGE_POINT_CHANGE,
    SHARE,
    RANK
}
