package io.planmonitor.indicators.domain.progress;

/** Why the method cannot judge a target. */
public enum NotAssessableReason {
    /** The document left a placeholder (#, X, XX). */
    NO_TARGET_VALUE,
    /** No base-year value to measure progress from. */
    NO_BASELINE,
    /** No value after the base year up to the evaluation date. */
    NO_OBSERVATIONS,
    /** One value only, and no base to compare it with. */
    SINGLE_POINT,
    /** Base, target or latest value not all positive: growth rates are undefined. */
    SIGN_CHANGE,
    /** The method has no reading for this form (ranks). */
    UNSUPPORTED_FORM
}
