package io.planmonitor.indicators.domain;

/** Whether a rising value is good news; progress evaluation reads targets through it. */
public enum IndicatorDirection {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER
}
