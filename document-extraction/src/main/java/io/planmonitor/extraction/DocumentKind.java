package io.planmonitor.extraction;

/** The kinds of document a plan office receives; the kind decides whether a figure reads as a target or a result. */
public enum DocumentKind {
    FIVE_YEAR_PLAN_OUTLINE,
    FIVE_YEAR_PLAN_RECOMMENDATION,
    ANNUAL_PLAN,
    GOVERNMENT_WORK_REPORT,
    STATISTICAL_BULLETIN;

    /** Five-year documents: a growth rate without 年均 still means a yearly average over the plan. */
    boolean isMultiYear() {
        return this == FIVE_YEAR_PLAN_OUTLINE || this == FIVE_YEAR_PLAN_RECOMMENDATION;
    }
}
