package io.planmonitor.indicators.mapping;

import static io.planmonitor.support.ProtoValues.orEmpty;
import static io.planmonitor.support.ProtoValues.timestamp;

import io.planmonitor.indicators.domain.IndicatorDirection;
import io.planmonitor.indicators.repository.IndicatorEntity;
import io.planmonitor.indicators.v1.Direction;
import io.planmonitor.indicators.v1.Indicator;
import io.planmonitor.support.ResourceNames;

/** Entity ↔ proto for indicators; entities never leave the service. */
public final class IndicatorMapper {

    /** Indicators are "indicators/{indicator}". */
    public static final String COLLECTION = "indicators";

    private IndicatorMapper() {
    }

    public static Indicator toProto(IndicatorEntity entity) {
        Indicator.Builder indicator = Indicator.newBuilder()
                .setName(ResourceNames.format(COLLECTION, entity.id))
                .setDisplayName(entity.displayName)
                .setEnglishName(orEmpty(entity.englishName))
                .setUnit(entity.unit)
                .setCategory(orEmpty(entity.category))
                .setDirection(toProto(entity.direction))
                .setCreateTime(timestamp(entity.createTime))
                .setUpdateTime(timestamp(entity.updateTime))
                .setEtag(Long.toString(entity.version))
                .addAllAliases(entity.aliases)
                .setCode(orEmpty(entity.code))
                .setBaseUnit(orEmpty(entity.baseUnit));
        if (entity.unitMultiplier != null) {
            indicator.setUnitMultiplier(TargetMapper.decimal(entity.unitMultiplier));
        }
        return indicator.build();
    }

    public static Direction toProto(IndicatorDirection direction) {
        return switch (direction) {
            case HIGHER_IS_BETTER -> Direction.DIRECTION_HIGHER_IS_BETTER;
            case LOWER_IS_BETTER -> Direction.DIRECTION_LOWER_IS_BETTER;
        };
    }

    /** The domain direction, or null for DIRECTION_UNSPECIFIED and values this build does not know. */
    public static IndicatorDirection fromProto(Direction direction) {
        return switch (direction) {
            case DIRECTION_HIGHER_IS_BETTER -> IndicatorDirection.HIGHER_IS_BETTER;
            case DIRECTION_LOWER_IS_BETTER -> IndicatorDirection.LOWER_IS_BETTER;
            default -> null;
        };
    }
}
