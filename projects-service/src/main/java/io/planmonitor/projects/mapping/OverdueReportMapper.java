package io.planmonitor.projects.mapping;

import io.planmonitor.projects.service.OverdueReports;
import io.planmonitor.projects.v1.InvestmentReportingFrequency;
import io.planmonitor.projects.v1.ListOverdueInvestmentReportsResponse;
import io.planmonitor.projects.v1.OverdueInvestmentReport;
import io.planmonitor.support.EnumNames;
import java.time.YearMonth;

/** Overdue investment reports, service listing → proto. */
public final class OverdueReportMapper {

    private OverdueReportMapper() {
    }

    public static ListOverdueInvestmentReportsResponse toProto(OverdueReports.Listing listing) {
        return ListOverdueInvestmentReportsResponse.newBuilder()
                .addAllOverdue(listing.overdue().stream().map(OverdueReportMapper::toProto).toList())
                .setCheckedCount(listing.checked())
                .putAllOverdueByUnit(listing.overdueByUnit())
                .putAllProjectsByUnit(listing.projectsByUnit())
                .build();
    }

    private static OverdueInvestmentReport toProto(OverdueReports.Overdue overdue) {
        OverdueInvestmentReport.Builder proto = OverdueInvestmentReport.newBuilder()
                .setProject(ProjectMapper.toProto(overdue.project()))
                .setResponsibleUnit(overdue.unit())
                .setInvestmentReporting(EnumNames.toProto(overdue.reporting(), ProjectMapper.REPORTING_PREFIX,
                        InvestmentReportingFrequency.class))
                .setDueYear(overdue.due().getYear())
                .setDueMonth(overdue.due().getMonthValue())
                .setExplanationZh(overdue.unit() + "应报送" + label(overdue.due()) + "投资完成情况，"
                        + (overdue.latest() == null ? "尚未报送任何月报。" : "最新仅为" + label(overdue.latest()) + "。"));
        if (overdue.latest() != null) {
            proto.setLatestYear(overdue.latest().getYear()).setLatestMonth(overdue.latest().getMonthValue());
        }
        return proto.build();
    }

    /** 2024年1—6月: a report is the year's cumulative figure up to its month. */
    private static String label(YearMonth month) {
        return month.getYear() + "年" + (month.getMonthValue() == 1 ? "1月" : "1—" + month.getMonthValue() + "月");
    }
}
