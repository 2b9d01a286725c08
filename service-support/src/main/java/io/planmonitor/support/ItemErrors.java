package io.planmonitor.support;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.BadRequest;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.util.ArrayList;
import java.util.List;

/** The field violations of a refused item of a batch, as the error names them for a single request. */
public final class ItemErrors {

    private ItemErrors() {
    }

    /**
     * The BadRequest's field violations; an error without them names the whole item ("" as the field), or its
     * parent when it is NOT_FOUND.
     */
    public static List<BadRequest.FieldViolation> of(StatusRuntimeException error) {
        List<BadRequest.FieldViolation> violations = new ArrayList<>();
        com.google.rpc.Status status = StatusProto.fromThrowable(error);
        if (status != null) {
            for (var detail : status.getDetailsList()) {
                if (detail.is(BadRequest.class)) {
                    try {
                        violations.addAll(detail.unpack(BadRequest.class).getFieldViolationsList());
                    } catch (InvalidProtocolBufferException unreadable) {
                        // reported below as a whole-item error
                    }
                }
            }
        }
        if (violations.isEmpty()) {
            String field = error.getStatus().getCode() == io.grpc.Status.Code.NOT_FOUND ? "parent" : "";
            violations.add(BadRequest.FieldViolation.newBuilder().setField(field)
                    .setDescription(String.valueOf(error.getStatus().getDescription())).build());
        }
        return violations;
    }
}
