package io.planmonitor.indicators.domain.progress;

/** How a binding (约束性) target reads: on course, at risk during the period, or missed once it ended. */
public enum BindingReading {
    MET,
    AT_RISK,
    MISSED
}
