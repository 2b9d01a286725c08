package io.planmonitor.indicators.grpc;

import io.planmonitor.indicators.repository.IndicatorEntity;
import io.planmonitor.indicators.v1.CreateIndicatorRequest;
import io.planmonitor.support.ApiErrors;
import io.planmonitor.support.ResourceNames;

/** Checks a CreateIndicatorRequest field by field and turns it into a new catalogue row. */
final class CreateIndicatorRequests {

    private CreateIndicatorRequests() {
    }

    static IndicatorEntity toNewEntity(CreateIndicatorRequest request) {
        if (!request.hasIndicator()) {
            throw ApiErrors.invalidArgument("indicator", "is required");
        }
        IndicatorEntity entity = new IndicatorEntity();
        entity.id = ResourceNames.chooseId(request.getIndicatorId(), "indicator_id");
        IndicatorFields.WRITABLE.forEach(path -> IndicatorFields.apply(path, request.getIndicator(), entity));
        IndicatorFields.checkConsistency(entity);
        return entity;
    }
}
