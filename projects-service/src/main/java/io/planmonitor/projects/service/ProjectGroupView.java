package io.planmonitor.projects.service;

import java.math.BigDecimal;

/**
 * One group of a registry summary; money in CNY. {@code completedOfPlanned} is the completed investment of the
 * projects with a plan for the year, so that it ÷ {@code plannedInvestment} is the group's completion rate.
 */
public record ProjectGroupView(String key, int projectCount, BigDecimal totalInvestment, BigDecimal completedInvestment,
        BigDecimal plannedInvestment, BigDecimal completedOfPlanned) {
}
