package io.planmonitor.indicators.domain.progress;

/** Where a target stands, from the CAGR-ratio measure (observed ÷ required yearly progress). */
public enum ProgressStatus {
    /** The latest value already meets the target. */
    ACHIEVED,
    /** Ratio ≥ 0.95. */
    ON_TRACK,
    /** Ratio 0.6–0.95. */
    NEEDS_ACCELERATION,
    /** Ratio 0–0.6 ("limited progress" in SDG reporting). */
    LAGGING,
    /** Ratio below 0: moving away from the target. */
    DETERIORATING,
    NOT_ASSESSABLE
}
