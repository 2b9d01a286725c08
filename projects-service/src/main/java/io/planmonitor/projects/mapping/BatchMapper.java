package io.planmonitor.projects.mapping;

import static io.planmonitor.support.ProtoValues.orEmpty;

import io.planmonitor.projects.domain.Amount;
import io.planmonitor.projects.domain.BatchRole;
import io.planmonitor.projects.service.BatchConversionView;
import io.planmonitor.projects.service.BatchView;
import io.planmonitor.projects.service.ProjectGroupView;
import io.planmonitor.projects.v1.Batch;
import io.planmonitor.projects.v1.BatchConversion;
import io.planmonitor.projects.v1.BatchMember;
import io.planmonitor.projects.v1.BatchRoleFigures;
import io.planmonitor.projects.v1.ProjectGroup;
import io.planmonitor.support.ResourceNames;

/** Batches and summaries, view → proto. Proto enum values are the domain names prefixed. */
public final class BatchMapper {

    /** Batches are "batches/{year}-q{quarter}". */
    public static final String COLLECTION = "batches";

    private static final String ROLE_PREFIX = "BATCH_ROLE_";

    private BatchMapper() {
    }

    public static Batch toProto(BatchView view) {
        return Batch.newBuilder()
                .setName(COLLECTION + "/" + view.batch().id)
                .setYear(view.batch().year)
                .setQuarter(view.batch().quarter)
                .setTitle(orEmpty(view.batch().title))
                .addAllMembers(view.members().stream().map(member -> BatchMember.newBuilder()
                        .setProject(ResourceNames.format(ProjectMapper.COLLECTION, member.key.projectId()))
                        .setRole(toProto(member.key.role()))
                        .build()).toList())
                .build();
    }

    public static BatchConversion toProto(BatchConversionView view) {
        BatchConversion.Builder conversion = BatchConversion.newBuilder()
                .setBatch(COLLECTION + "/" + view.batchId())
                .setSignedNowStarted(view.signedNowStarted())
                .setSignedNowInOperation(view.signedNowInOperation())
                .setStartedNowInOperation(view.startedNowInOperation());
        for (BatchRole role : BatchRole.values()) {
            conversion.addRoles(BatchRoleFigures.newBuilder()
                    .setRole(toProto(role))
                    .setProjectCount(view.counts().get(role))
                    .setTotalInvestment(InvestmentMapper.money(new Amount(view.investment().get(role), "CNY"))));
        }
        return conversion.build();
    }

    public static ProjectGroup toProto(ProjectGroupView group) {
        return ProjectGroup.newBuilder()
                .setKey(group.key())
                .setProjectCount(group.projectCount())
                .setTotalInvestment(InvestmentMapper.money(new Amount(group.totalInvestment(), "CNY")))
                .setCompletedInvestment(InvestmentMapper.money(new Amount(group.completedInvestment(), "CNY")))
                .setPlannedInvestment(InvestmentMapper.money(new Amount(group.plannedInvestment(), "CNY")))
                .setCompletedOfPlanned(InvestmentMapper.money(new Amount(group.completedOfPlanned(), "CNY")))
                .build();
    }

    public static io.planmonitor.projects.v1.BatchRole toProto(BatchRole role) {
        return io.planmonitor.projects.v1.BatchRole.valueOf(ROLE_PREFIX + role.name());
    }

    /** The domain role, or null for BATCH_ROLE_UNSPECIFIED and values this build does not know. */
    public static BatchRole fromProto(io.planmonitor.projects.v1.BatchRole role) {
        return switch (role) {
            case BATCH_ROLE_UNSPECIFIED, UNRECOGNIZED -> null;
            default -> BatchRole.valueOf(role.name().substring(ROLE_PREFIX.length()));
        };
    }
}
