package io.planmonitor.projects.domain;

import java.math.BigDecimal;

/** An exact sum of money in a currency's main unit. */
public record Amount(BigDecimal value, String currency) {
}
