package io.planmonitor.indicators.domain.progress;

import java.math.BigDecimal;

/**
 * The reading of one target and the numbers behind it. Growth figures are yearly rates in % (for point targets,
 * points per year); {@code ratio} is observed ÷ required; {@code elapsedShare} is the share of the target period
 * gone by (序时进度). Fields the method could not compute are null; {@code binding} is null for expected targets.
 * {@code reading} is the status in the plan office's words.
 */
public record ProgressEvaluation(
        ProgressStatus status,
        OfficeReading reading,
        BindingReading binding,
        NotAssessableReason reason,
        BigDecimal baseline,
        Integer latestYear,
        BigDecimal latestValue,
        BigDecimal requiredGrowth,
        BigDecimal observedGrowth,
        BigDecimal ratio,
        BigDecimal elapsedShare,
        String explanationZh,
        String explanationEn) {
}
