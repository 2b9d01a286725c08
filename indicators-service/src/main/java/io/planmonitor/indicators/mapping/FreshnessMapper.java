package io.planmonitor.indicators.mapping;

import io.planmonitor.indicators.domain.freshness.UpdateDue;
import io.planmonitor.indicators.service.OverdueUpdates;
import io.planmonitor.indicators.v1.ListOverdueUpdatesResponse;
import io.planmonitor.indicators.v1.OverdueUpdate;
import io.planmonitor.indicators.v1.Period;
import io.planmonitor.indicators.v1.PeriodKind;
import io.planmonitor.indicators.v1.ReportingFrequency;
import io.planmonitor.support.EnumNames;

/** Overdue updates, domain → proto. */
public final class FreshnessMapper {

    private FreshnessMapper() {
    }

    public static ListOverdueUpdatesResponse toProto(OverdueUpdates.Listing listing) {
        return ListOverdueUpdatesResponse.newBuilder()
                .addAllOverdue(listing.overdue().stream().map(FreshnessMapper::toProto).toList())
                .setCheckedCount(listing.checked())
                .putAllOverdueByUnit(listing.overdueByUnit())
                .putAllTargetsByUnit(listing.targetsByUnit())
                .build();
    }

    private static OverdueUpdate toProto(OverdueUpdates.Overdue overdue) {
        OverdueUpdate.Builder proto = OverdueUpdate.newBuilder()
                .setTarget(TargetMapper.toProto(overdue.target()))
                .setResponsibleUnit(overdue.unit())
                .setReportingFrequency(EnumNames.toProto(overdue.frequency(), TargetMapper.FREQUENCY,
                        ReportingFrequency.class))
                .setDue(period(overdue.due()))
                .setExplanationZh(overdue.unit() + "应报送" + overdue.due().labelZh() + "数据，"
                        + (overdue.latest() == null ? "尚未报送任何数据。" : "最新仅为" + overdue.latest().labelZh() + "。"));
        if (overdue.latest() != null) {
            proto.setLatest(period(overdue.latest()));
        }
        return proto.build();
    }

    private static Period period(UpdateDue.Period period) {
        Period.Builder proto = Period.newBuilder()
                .setKind(EnumNames.toProto(period.kind(), "PERIOD_KIND_", PeriodKind.class))
                .setYear(period.year());
        switch (period.kind()) {
            case QUARTER -> proto.setQuarter(period.part());
            case MONTH -> proto.setMonth(period.part());
            default -> { }
        }
        return proto.build();
    }
}
