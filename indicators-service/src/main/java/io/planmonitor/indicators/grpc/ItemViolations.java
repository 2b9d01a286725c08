package io.planmonitor.indicators.grpc;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.BadRequest;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.planmonitor.common.v1.FieldViolation;
import java.util.ArrayList;
import java.util.List;

/** The field violations of a refused item of a batch, as the error names them for a single request. */
final class ItemViolations {

    private ItemViolations() {
    }

    /** The BadRequest's field violations; an error without them names the whole item (NOT_FOUND: its parent). */
    static List<FieldViolation> of(StatusRuntimeException error) {
        List<FieldViolation> violations = new ArrayList<>();
        com.google.rpc.Status status = StatusProto.fromThrowable(error);
        if (status != null) {
            for (var detail : status.getDetailsList()) {
                if (detail.is(BadRequest.class)) {
                    try {
                        detail.unpack(BadRequest.class).getFieldViolationsList().forEach(v -> violations.add(
                                FieldViolation.newBuilder().setField(v.getField()).setDescription(v.getDescription())
                                        .build()));
                    } catch (InvalidProtocolBufferException unreadable) {
                        // reported below as a whole-item error
                    }
                }
            }
        }
        if (violations.isEmpty()) {
            String field = error.getStatus().getCode() == io.grpc.Status.Code.NOT_FOUND ? "parent" : "";
            violations.add(FieldViolation.newBuilder().setField(field)
                    .setDescription(String.valueOf(error.getStatus().getDescription())).build());
        }
        return violations;
    }
}
