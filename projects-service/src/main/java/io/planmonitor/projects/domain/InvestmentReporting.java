package io.planmonitor.projects.domain;

/** How often a project's responsible unit must report the investment completed (1–N月累计完成投资). */
public enum InvestmentReporting {
    MONTHLY,
    QUARTERLY
}
