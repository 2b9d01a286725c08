package io.planmonitor.projects.service;

import io.planmonitor.projects.domain.BatchRole;
import java.math.BigDecimal;
import java.util.Map;

/** A batch's figures per role (count, total investment in CNY) and what its projects became since. */
public record BatchConversionView(String batchId, Map<BatchRole, Integer> counts, Map<BatchRole, BigDecimal> investment,
        int signedNowStarted, int signedNowInOperation, int startedNowInOperation) {
}
