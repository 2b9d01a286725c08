package io.planmonitor.projects.mapping;

import static io.planmonitor.support.ProtoValues.timestamp;

import io.planmonitor.common.v1.Decimal;
import io.planmonitor.common.v1.Money;
import io.planmonitor.projects.domain.ProjectLevel;
import io.planmonitor.projects.domain.ProjectStage;
import io.planmonitor.projects.repository.ProjectEntity;
import io.planmonitor.projects.service.ProjectRegistry;
import io.planmonitor.projects.v1.Project;
import io.planmonitor.support.Decimals;
import io.planmonitor.support.ResourceNames;

/** Entity ↔ proto for projects; entities never leave the service. Proto enum values are the domain names prefixed. */
public final class ProjectMapper {

    private static final String STAGE_PREFIX = "PROJECT_STAGE_";
    private static final String LEVEL_PREFIX = "PROJECT_LEVEL_";

    private ProjectMapper() {
    }

    public static Project toProto(ProjectEntity entity) {
        Project.Builder project = Project.newBuilder()
                .setName(ResourceNames.format(ProjectRegistry.COLLECTION, entity.id))
                .setDisplayName(entity.displayName)
                .setRegionCode(entity.regionCode)
                .setStage(io.planmonitor.projects.v1.ProjectStage.valueOf(STAGE_PREFIX + entity.stage.name()))
                .addAllIndicators(entity.indicators)
                .setCreateTime(timestamp(entity.createTime))
                .setUpdateTime(timestamp(entity.updateTime))
                .setEtag(Long.toString(entity.version));
        if (entity.level != null) {
            project.setLevel(io.planmonitor.projects.v1.ProjectLevel.valueOf(LEVEL_PREFIX + entity.level.name()));
        }
        if (entity.totalInvestmentAmount != null) {
            project.setTotalInvestment(Money.newBuilder()
                    .setCurrencyCode(entity.totalInvestmentCurrency)
                    .setAmount(Decimal.newBuilder().setValue(Decimals.format(entity.totalInvestmentAmount))));
        }
        return project.build();
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
