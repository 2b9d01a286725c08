package io.planmonitor.support.audit;

import static io.planmonitor.support.ProtoValues.timestamp;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Struct;
import com.google.protobuf.util.JsonFormat;
import io.planmonitor.common.v1.AuditEvent;
import io.planmonitor.common.v1.ListAuditEventsResponse;
import io.planmonitor.support.Page;
import java.util.Arrays;

/** Audit rows as the API returns them; the resource's JSON becomes a Struct, so clients read it as an object. */
public final class AuditEventMapper {

    private AuditEventMapper() {
    }

    public static ListAuditEventsResponse toProto(Page<AuditEventEntity> page) {
        return ListAuditEventsResponse.newBuilder()
                .addAllAuditEvents(page.items().stream().map(AuditEventMapper::toProto).toList())
                .setNextPageToken(page.nextPageToken())
                .setTotalSize(Math.toIntExact(page.totalSize()))
                .build();
    }

    static AuditEvent toProto(AuditEventEntity event) {
        AuditEvent.Builder proto = AuditEvent.newBuilder()
                .setName("auditEvents/" + event.id)
                .setTime(timestamp(event.occurredAt))
                .setActor(event.actor)
                .addAllActorRoles(Arrays.stream(event.actorRoles.split(",")).filter(role -> !role.isEmpty()).toList())
                .setMethod(event.method)
                .setResource(event.resource);
        if (event.beforeJson != null) {
            proto.setBefore(struct(event.beforeJson));
        }
        if (event.afterJson != null) {
            proto.setAfter(struct(event.afterJson));
        }
        return proto.build();
    }

    private static Struct struct(String json) {
        Struct.Builder struct = Struct.newBuilder();
        try {
            JsonFormat.parser().merge(json, struct);
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("an audit row holds JSON that does not parse: " + e.getMessage(), e);
        }
        return struct.build();
    }
}
