package io.planmonitor.extraction;

/** A programme total the document reports (项目N个、总投资X亿元; 三个一批 batches): kept as reported, amounts in 亿元. */
public record TotalReading(String programme, Integer year, Integer projectCount, Integer batchCount,
        String totalInvestment, String completedInvestment) {
}
