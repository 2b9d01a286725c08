package io.planmonitor.projects.grpc;

import io.planmonitor.projects.mapping.ReportedTotalMapper;
import io.planmonitor.projects.repository.ReportedTotalEntity;
import io.planmonitor.projects.service.ReportedTotals;
import io.planmonitor.projects.v1.CreateReportedTotalRequest;
import io.planmonitor.projects.v1.ListReportedTotalsRequest;
import io.planmonitor.projects.v1.ListReportedTotalsResponse;
import io.planmonitor.projects.v1.ReportedTotal;
import io.planmonitor.support.ApiErrors;
import io.planmonitor.support.RequestFields;
import io.planmonitor.support.ResourceNames;
import jakarta.enterprise.context.ApplicationScoped;

/** The reported-total methods of ProjectService: request checks and mapping. */
@ApplicationScoped
class ReportedTotalGrpcHandlers {

    private final ReportedTotals totals;

    ReportedTotalGrpcHandlers(ReportedTotals totals) {
        this.totals = totals;
    }

    ReportedTotal create(CreateReportedTotalRequest request) {
        if (!request.hasReportedTotal()) {
            throw ApiErrors.invalidArgument("reported_total", "is required");
        }
        ReportedTotal source = request.getReportedTotal();
        ReportedTotalEntity entity = new ReportedTotalEntity();
        entity.id = ResourceNames.chooseId(request.getReportedTotalId(), "reported_total_id");
        entity.programme = RequestFields.required(source.getProgramme(), "reported_total.programme", 100);
        entity.regionCode = ProjectFields.regionCode(source.getRegionCode(), "reported_total.region_code");
        entity.year = PeriodFields.year(source.getYear(), "reported_total.year");
        entity.batchCount = positiveOrNull(source.getBatchCount(), "reported_total.batch_count");
        entity.projectCount = positiveOrNull(source.getProjectCount(), "reported_total.project_count");
        if (source.hasTotalInvestment()) {
            entity.totalInvestmentCurrency = MoneyFields.currency(source.getTotalInvestment(),
                    "reported_total.total_investment");
            entity.totalInvestmentAmount = MoneyFields.amount(source.getTotalInvestment(),
                    "reported_total.total_investment");
        }
        if (source.hasCompletedInvestment()) {
            entity.completedInvestmentCurrency = MoneyFields.currency(source.getCompletedInvestment(),
                    "reported_total.completed_investment");
            entity.completedInvestmentAmount = MoneyFields.amount(source.getCompletedInvestment(),
                    "reported_total.completed_investment");
        }
        entity.provenanceDocument = RequestFields.required(source.getProvenance().getDocument(),
                "reported_total.provenance.document", 300);
        entity.provenanceQuote = RequestFields.required(source.getProvenance().getQuote(),
                "reported_total.provenance.quote", 4000);
        entity.provenanceLocation = RequestFields.optional(source.getProvenance().getLocation(),
                "reported_total.provenance.location", 200);
        return ReportedTotalMapper.toProto(totals.create(entity));
    }

    ListReportedTotalsResponse list(ListReportedTotalsRequest request) {
        String regionCode = request.getRegionCode().isEmpty() ? null
                : ProjectFields.regionCode(request.getRegionCode(), "region_code");
        Integer year = request.getYear() == 0 ? null : PeriodFields.year(request.getYear());
        return ListReportedTotalsResponse.newBuilder()
                .addAllReportedTotals(totals.list(regionCode, year).stream().map(ReportedTotalMapper::toProto).toList())
                .build();
    }

    /** 0 is proto3's "not given"; a count given is at least 1. */
    private static Integer positiveOrNull(int value, String field) {
        if (value < 0) {
            throw ApiErrors.invalidArgument(field, "must not be negative");
        }
        return value == 0 ? null : value;
    }
}
