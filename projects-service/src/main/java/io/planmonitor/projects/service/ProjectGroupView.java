package io.planmonitor.projects.service;

import java.math.BigDecimal;

/** One group of a registry summary; money in CNY. */
public record ProjectGroupView(String key, int projectCount, BigDecimal totalInvestment, BigDecimal completedInvestment) {
}
