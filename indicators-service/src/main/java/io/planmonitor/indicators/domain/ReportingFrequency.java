package io.planmonitor.indicators.domain;

/** How often a target's responsible unit must report its indicator's value. */
public enum ReportingFrequency {
    YEARLY,
    QUARTERLY,
    MONTHLY
}
