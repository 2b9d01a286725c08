package io.planmonitor.support.audit;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.MessageOrBuilder;
import com.google.protobuf.util.JsonFormat;
import io.planmonitor.support.DatabaseTime;
import io.planmonitor.support.auth.Caller;
import io.planmonitor.support.auth.GrpcCall;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Records every write in the transaction that makes it (so a write and its audit row land together or not at all):
 * the caller from the verified token, the gRPC method, the resource and its public form before and after.
 */
@ApplicationScoped
public class AuditTrail {

    private static final JsonFormat.Printer JSON = JsonFormat.printer().omittingInsignificantWhitespace();

    private final AuditEventRepository events;

    AuditTrail(AuditEventRepository events) {
        this.events = events;
    }

    /** A new resource. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void created(String resource, MessageOrBuilder after) {
        record(resource, null, after);
    }

    /** A resource changed, or an action on it (a stage change, a report) recorded. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(String resource, MessageOrBuilder before, MessageOrBuilder after) {
        record(resource, before, after);
    }

    /** A resource removed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void deleted(String resource, MessageOrBuilder before) {
        record(resource, before, null);
    }

    private void record(String resource, MessageOrBuilder before, MessageOrBuilder after) {
        Caller caller = GrpcCall.caller();
        AuditEventEntity event = new AuditEventEntity();
        event.occurredAt = DatabaseTime.now();
        event.actor = caller.name();
        event.actorRoles = caller.rolesClaim();
        event.method = GrpcCall.method().isEmpty() ? "internal" : GrpcCall.method();
        event.resource = resource;
        event.beforeJson = json(before);
        event.afterJson = json(after);
        events.persist(event);
    }

    private static String json(MessageOrBuilder message) {
        if (message == null) {
            return null;
        }
        try {
            return JSON.print(message);
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("a resource that cannot be printed as JSON: " + e.getMessage(), e);
        }
    }
}
