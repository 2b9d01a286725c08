package io.planmonitor.projects.mapping;

import static io.planmonitor.support.ProtoValues.orEmpty;
import static io.planmonitor.support.ProtoValues.timestamp;

import io.planmonitor.common.v1.Provenance;
import io.planmonitor.projects.domain.Amount;
import io.planmonitor.projects.repository.ReportedTotalEntity;
import io.planmonitor.projects.v1.ReportedTotal;
import io.planmonitor.support.ResourceNames;

/** Reported totals, entity → proto. */
public final class ReportedTotalMapper {

    /** Reported totals are "reported-totals/{id}". */
    public static final String COLLECTION = "reported-totals";

    private ReportedTotalMapper() {
    }

    public static ReportedTotal toProto(ReportedTotalEntity entity) {
        ReportedTotal.Builder total = ReportedTotal.newBuilder()
                .setName(ResourceNames.format(COLLECTION, entity.id))
                .setProgramme(entity.programme)
                .setRegionCode(entity.regionCode)
                .setYear(entity.year)
                .setProvenance(Provenance.newBuilder()
                        .setDocument(entity.provenanceDocument)
                        .setQuote(entity.provenanceQuote)
                        .setLocation(orEmpty(entity.provenanceLocation)))
                .setCreateTime(timestamp(entity.createTime));
        if (entity.batchCount != null) {
            total.setBatchCount(entity.batchCount);
        }
        if (entity.projectCount != null) {
            total.setProjectCount(entity.projectCount);
        }
        if (entity.totalInvestmentAmount != null) {
            total.setTotalInvestment(InvestmentMapper.money(
                    new Amount(entity.totalInvestmentAmount, entity.totalInvestmentCurrency)));
        }
        if (entity.completedInvestmentAmount != null) {
            total.setCompletedInvestment(InvestmentMapper.money(
                    new Amount(entity.completedInvestmentAmount, entity.completedInvestmentCurrency)));
        }
        return total.build();
    }
}
