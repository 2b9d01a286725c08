package io.planmonitor.gateway.projects;

import static io.planmonitor.gateway.api.ProtoJson.emptyToNull;

import io.planmonitor.common.v1.Provenance;
import io.planmonitor.gateway.api.ProtoJson;
import io.planmonitor.projects.v1.Batch;
import io.planmonitor.projects.v1.BatchConversion;
import io.planmonitor.projects.v1.ListOverdueInvestmentReportsResponse;
import io.planmonitor.projects.v1.ProjectAlert;
import io.planmonitor.projects.v1.ProjectGroup;
import io.planmonitor.projects.v1.ReportedTotal;
import java.time.YearMonth;
import java.util.TreeMap;

/** Proto → JSON for batches, conversions and alerts. */
public final class PortfolioJsonMapper {

    static final String ROLE = "BATCH_ROLE_";
    static final String ALERT = "ALERT_KIND_";

    private PortfolioJsonMapper() {
    }

    public static PortfolioJson.Batch toJson(Batch batch) {
        return new PortfolioJson.Batch(batch.getName(), batch.getYear(), batch.getQuarter(), emptyToNull(batch.getTitle()),
                batch.getMembersList().stream().map(member -> new PortfolioJson.Member(member.getProject(),
                        ProtoJson.enumName(member.getRole(), ROLE))).toList());
    }

    public static PortfolioJson.Conversion toJson(BatchConversion conversion) {
        return new PortfolioJson.Conversion(conversion.getBatch(),
                conversion.getRolesList().stream().map(role -> new PortfolioJson.RoleFigures(
                        ProtoJson.enumName(role.getRole(), ROLE), role.getProjectCount(),
                        ProjectJsonMapper.toJson(role.getTotalInvestment()))).toList(),
                conversion.getSignedNowStarted(), conversion.getSignedNowInOperation(),
                conversion.getStartedNowInOperation());
    }

    public static PortfolioJson.Group toJson(ProjectGroup group) {
        return new PortfolioJson.Group(group.getKey(), group.getProjectCount(),
                ProjectJsonMapper.toJson(group.getTotalInvestment()),
                ProjectJsonMapper.toJson(group.getCompletedInvestment()),
                ProjectJsonMapper.toJson(group.getPlannedInvestment()),
                ProjectJsonMapper.toJson(group.getCompletedOfPlanned()));
    }

    public static PortfolioJson.OverdueReports toJson(ListOverdueInvestmentReportsResponse listing) {
        return new PortfolioJson.OverdueReports(listing.getOverdueList().stream().map(overdue ->
                new PortfolioJson.OverdueReport(overdue.getProject().getName(), overdue.getProject().getDisplayName(),
                        overdue.getProject().getRegionCode(), overdue.getResponsibleUnit(),
                        ProtoJson.enumName(overdue.getInvestmentReporting(), ProjectJsonMapper.REPORTING),
                        yearMonth(overdue.getDueYear(), overdue.getDueMonth()),
                        overdue.getLatestYear() == 0 ? null : yearMonth(overdue.getLatestYear(), overdue.getLatestMonth()),
                        overdue.getExplanationZh())).toList(),
                listing.getCheckedCount(), new TreeMap<>(listing.getOverdueByUnitMap()),
                new TreeMap<>(listing.getProjectsByUnitMap()));
    }

    private static String yearMonth(int year, int month) {
        return YearMonth.of(year, month).toString();
    }

    public static PortfolioJson.Alert toJson(ProjectAlert alert) {
        return new PortfolioJson.Alert(alert.getProject(), ProtoJson.enumName(alert.getKind(), ALERT), alert.getDetail());
    }

    public static PortfolioJson.ReportedTotal toJson(ReportedTotal total) {
        return new PortfolioJson.ReportedTotal(total.getName(), total.getProgramme(), total.getRegionCode(),
                total.getYear(), total.getBatchCount() == 0 ? null : total.getBatchCount(),
                total.getProjectCount() == 0 ? null : total.getProjectCount(),
                total.hasTotalInvestment() ? ProjectJsonMapper.toJson(total.getTotalInvestment()) : null,
                total.hasCompletedInvestment() ? ProjectJsonMapper.toJson(total.getCompletedInvestment()) : null,
                new ProvenanceJson(total.getProvenance().getDocument(), total.getProvenance().getQuote(),
                        emptyToNull(total.getProvenance().getLocation())));
    }

    static ReportedTotal toProto(PortfolioJson.ReportedTotal json) {
        ReportedTotal.Builder total = ReportedTotal.newBuilder()
                .setProgramme(ProtoJson.orEmpty(json.programme()))
                .setRegionCode(ProtoJson.orEmpty(json.regionCode()))
                .setYear(json.year())
                .setBatchCount(json.batchCount() == null ? 0 : json.batchCount())
                .setProjectCount(json.projectCount() == null ? 0 : json.projectCount());
        if (json.totalInvestment() != null) {
            total.setTotalInvestment(ProjectJsonMapper.toProto(json.totalInvestment()));
        }
        if (json.completedInvestment() != null) {
            total.setCompletedInvestment(ProjectJsonMapper.toProto(json.completedInvestment()));
        }
        if (json.provenance() != null) {
            total.setProvenance(Provenance.newBuilder().setDocument(ProtoJson.orEmpty(json.provenance().document()))
                    .setQuote(ProtoJson.orEmpty(json.provenance().quote()))
                    .setLocation(ProtoJson.orEmpty(json.provenance().location())));
        }
        return total.build();
    }
}
