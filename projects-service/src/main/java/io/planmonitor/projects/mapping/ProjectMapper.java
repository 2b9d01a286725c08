package io.planmonitor.projects.mapping;

import static io.planmonitor.support.ProtoValues.orEmpty;
import static io.planmonitor.support.ProtoValues.timestamp;

import io.planmonitor.common.v1.Decimal;
import io.planmonitor.common.v1.Money;
import io.planmonitor.common.v1.Provenance;
import io.planmonitor.projects.domain.ProjectLevel;
import io.planmonitor.projects.domain.ProjectStage;
import io.planmonitor.projects.repository.ProjectEntity;
import io.planmonitor.projects.repository.ProjectEventEntity;
import io.planmonitor.projects.v1.InvestmentReportingFrequency;
import io.planmonitor.projects.v1.Project;
import io.planmonitor.projects.v1.ProjectEvent;
import io.planmonitor.support.Decimals;
import io.planmonitor.support.EnumNames;
import io.planmonitor.support.IsoDates;
import io.planmonitor.support.ResourceNames;
import java.math.BigDecimal;

/** Entity ↔ proto for projects; entities never leave the service. Proto enum values are the domain names prefixed. */
public final class ProjectMapper {

    /** Projects are "projects/{project}". */
    public static final String COLLECTION = "projects";

    public static final String STAGE_PREFIX = "PROJECT_STAGE_";
    public static final String LEVEL_PREFIX = "PROJECT_LEVEL_";
    public static final String REPORTING_PREFIX = "INVESTMENT_REPORTING_FREQUENCY_";

    private ProjectMapper() {
    }

    public static Project toProto(ProjectEntity entity) {
        Project.Builder project = Project.newBuilder()
                .setName(ResourceNames.format(COLLECTION, entity.id))
                .setDisplayName(entity.displayName)
                .setRegionCode(entity.regionCode)
                .setStage(toProto(entity.stage))
                .addAllIndicators(entity.indicators)
                .setEtag(Long.toString(entity.version));
        if (entity.createTime != null) {
            // Absent on a project checked but not written (a batch with validate_only).
            project.setCreateTime(timestamp(entity.createTime)).setUpdateTime(timestamp(entity.updateTime));
        }
        project.addAllAliases(entity.aliases)
                .addAllTargets(entity.targets)
                .setNationalCode(orEmpty(entity.nationalCode))
                .setSector(orEmpty(entity.sector))
                .setOwnerOrganization(orEmpty(entity.ownerOrganization))
                .setPlanSection(orEmpty(entity.planSection))
                .setResponsibleUnit(orEmpty(entity.responsibleUnit))
                .setPlan(orEmpty(entity.plan))
                .setPlannedStartDate(IsoDates.format(entity.plannedStartDate))
                .setPlannedCompletionDate(IsoDates.format(entity.plannedCompletionDate));
        if (entity.provenanceDocument != null || entity.provenanceQuote != null || entity.provenanceLocation != null) {
            project.setProvenance(Provenance.newBuilder()
                    .setDocument(orEmpty(entity.provenanceDocument))
                    .setQuote(orEmpty(entity.provenanceQuote))
                    .setLocation(orEmpty(entity.provenanceLocation)));
        }
        if (entity.revisedTotalInvestmentAmount != null) {
            project.setRevisedTotalInvestment(
                    money(entity.revisedTotalInvestmentCurrency, entity.revisedTotalInvestmentAmount));
        }
        if (entity.level != null) {
            project.setLevel(io.planmonitor.projects.v1.ProjectLevel.valueOf(LEVEL_PREFIX + entity.level.name()));
        }
        if (entity.investmentReporting != null) {
            project.setInvestmentReporting(EnumNames.toProto(entity.investmentReporting, REPORTING_PREFIX,
                    InvestmentReportingFrequency.class));
        }
        if (entity.totalInvestmentAmount != null) {
            project.setTotalInvestment(money(entity.totalInvestmentCurrency, entity.totalInvestmentAmount));
        }
        return project.build();
    }

    public static ProjectEvent toProto(ProjectEventEntity event) {
        return ProjectEvent.newBuilder()
                .setName(ResourceNames.format(COLLECTION, event.projectId) + "/events/" + event.id)
                .setFromStage(toProto(event.fromStage))
                .setToStage(toProto(event.toStage))
                .setEventDate(IsoDates.format(event.eventDate))
                .setReason(event.reason)
                .setCreateTime(timestamp(event.createTime))
                .build();
    }

    public static io.planmonitor.projects.v1.ProjectStage toProto(ProjectStage stage) {
        return io.planmonitor.projects.v1.ProjectStage.valueOf(STAGE_PREFIX + stage.name());
    }

    private static Money money(String currency, BigDecimal amount) {
        return Money.newBuilder()
                .setCurrencyCode(currency)
                .setAmount(Decimal.newBuilder().setValue(Decimals.format(amount)))
                .build();
    }

    /** The domain stage, or null for PROJECT_STAGE_UNSPECIFIED and values this build does not know. */
    public static ProjectStage fromProto(io.planmonitor.projects.v1.ProjectStage stage) {
        return switch (stage) {
            case PROJECT_STAGE_UNSPECIFIED, UNRECOGNIZED -> null;
            default -> ProjectStage.valueOf(stage.name().substring(STAGE_PREFIX.length()));
        };
    }

    /** The domain level, or null for PROJECT_LEVEL_UNSPECIFIED and values this build does not know. */
    public static ProjectLevel fromProto(io.planmonitor.projects.v1.ProjectLevel level) {
        return switch (level) {
            case PROJECT_LEVEL_UNSPECIFIED, UNRECOGNIZED -> null;
            default -> ProjectLevel.valueOf(level.name().substring(LEVEL_PREFIX.length()));
        };
    }
}
