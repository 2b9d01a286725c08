package io.planmonitor.indicators.mapping;

import io.planmonitor.indicators.domain.progress.YearReconciliation;
import io.planmonitor.indicators.service.YearReconciler;
import io.planmonitor.indicators.v1.ReconcileYearResponse;
import io.planmonitor.indicators.v1.ReconciliationFlag;
import io.planmonitor.indicators.v1.ReconciliationRow;
import io.planmonitor.support.EnumNames;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A year's reconciliation, domain → proto. */
public final class ReconciliationMapper {

    public static final String FLAG = "RECONCILIATION_FLAG_";

    private ReconciliationMapper() {
    }

    public static ReconcileYearResponse toProto(String regionCode, int year, List<YearReconciler.Row> rows) {
        ReconcileYearResponse.Builder response = ReconcileYearResponse.newBuilder()
                .setRegion(PlanMapper.regionName(regionCode))
                .setYear(year);
        Map<String, Integer> counts = new TreeMap<>();
        for (YearReconciler.Row row : rows) {
            response.addRows(toProto(row));
            row.result().flags().forEach(flag -> counts.merge(FLAG + flag.name(), 1, Integer::sum));
        }
        return response.putAllFlagCounts(counts).build();
    }

    private static ReconciliationRow toProto(YearReconciler.Row row) {
        YearReconciliation.Result result = row.result();
        ReconciliationRow.Builder proto = ReconciliationRow.newBuilder()
                .setIndicator(IndicatorMapper.COLLECTION + "/" + row.indicatorId())
                .addAllOtherAnnualTargets(row.otherAnnualTargets().stream().map(TargetMapper::toProto).toList())
                .addAllReported(row.reported().stream().map(ObservationMapper::toProto).toList())
                .addAllFlags(result.flags().stream()
                        .map(flag -> EnumNames.toProto(flag, FLAG, ReconciliationFlag.class)).toList())
                .setExplanationZh(result.explanationZh());
        if (row.outlineTarget() != null) {
            proto.setOutlineTarget(TargetMapper.toProto(row.outlineTarget()));
        }
        if (row.annualTarget() != null) {
            proto.setAnnualTarget(TargetMapper.toProto(row.annualTarget()));
        }
        if (result.requiredPace() != null) {
            proto.setRequiredPace(TargetMapper.decimal(result.requiredPace()));
        }
        if (result.actual() != null) {
            proto.setActual(TargetMapper.decimal(result.actual()));
        }
        return proto.build();
    }
}
