package io.planmonitor.indicators.domain;

/** The kinds of document a plan office tracks. */
public enum PlanKind {
    FIVE_YEAR_PLAN_OUTLINE,
    FIVE_YEAR_PLAN_RECOMMENDATION,
    ANNUAL_PLAN,
    GOVERNMENT_WORK_REPORT
}
