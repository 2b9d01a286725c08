package io.planmonitor.indicators.grpc;

import io.planmonitor.indicators.domain.IndicatorDirection;
import io.planmonitor.indicators.mapping.IndicatorMapper;
import io.planmonitor.indicators.repository.IndicatorEntity;
import io.planmonitor.indicators.v1.CreateIndicatorRequest;
import io.planmonitor.indicators.v1.Indicator;
import io.planmonitor.support.ApiErrors;
import io.planmonitor.support.RequestFields;
import io.planmonitor.support.ResourceNames;

/** Checks a CreateIndicatorRequest field by field and turns it into a new catalogue row. */
final class CreateIndicatorRequests {

    private CreateIndicatorRequests() {
    }

    static IndicatorEntity toNewEntity(CreateIndicatorRequest request) {
        if (!request.hasIndicator()) {
            throw ApiErrors.invalidArgument("indicator", "is required");
        }
        Indicator indicator = request.getIndicator();
        IndicatorEntity entity = new IndicatorEntity();
        entity.id = ResourceNames.chooseId(request.getIndicatorId(), "indicator_id");
        entity.displayName = RequestFields.required(indicator.getDisplayName(), "indicator.display_name", 200);
        entity.englishName = RequestFields.optional(indicator.getEnglishName(), "indicator.english_name", 200);
        entity.unit = RequestFields.required(indicator.getUnit(), "indicator.unit", 50);
        entity.category = RequestFields.optional(indicator.getCategory(), "indicator.category", 100);
        IndicatorDirection direction = IndicatorMapper.fromProto(indicator.getDirection());
        if (direction == null) {
            throw ApiErrors.invalidArgument("indicator.direction",
                    "is required: DIRECTION_HIGHER_IS_BETTER or DIRECTION_LOWER_IS_BETTER");
        }
        entity.direction = direction;
        return entity;
    }
}
