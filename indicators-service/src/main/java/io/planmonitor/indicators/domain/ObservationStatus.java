package io.planmonitor.indicators.domain;

/** How final a reported value is (初步核算 is PRELIMINARY). */
public enum ObservationStatus {
    PRELIMINARY,
    FINAL,
    REVISED,
    ESTIMATED
}
