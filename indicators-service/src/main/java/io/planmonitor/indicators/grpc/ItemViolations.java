package io.planmonitor.indicators.grpc;

import io.grpc.StatusRuntimeException;
import io.planmonitor.common.v1.FieldViolation;
import io.planmonitor.support.ItemErrors;
import java.util.List;

/** A refused batch item's field violations ({@link ItemErrors}) in the API's own message. */
final class ItemViolations {

    private ItemViolations() {
    }

    static List<FieldViolation> of(StatusRuntimeException error) {
        return ItemErrors.of(error).stream().map(violation -> FieldViolation.newBuilder()
                .setField(violation.getField()).setDescription(violation.getDescription()).build()).toList();
    }
}
