package io.planmonitor.support.auth;

import io.grpc.Context;

/**
 * What the caller interceptor learns about the call being served, kept in the gRPC {@link Context} so the write
 * paths and the audit trail on the handler's thread can read it: the caller, the full method name, the client's
 * idempotency key, and the authorization metadata a service passes on when it writes through another as the caller.
 */
public final class GrpcCall {

    static final Context.Key<Caller> CALLER = Context.key("planmonitor.caller");
    static final Context.Key<String> METHOD = Context.key("planmonitor.method");
    static final Context.Key<String> IDEMPOTENCY_KEY = Context.key("planmonitor.idempotency-key");
    static final Context.Key<String> AUTHORIZATION = Context.key("planmonitor.authorization");

    private GrpcCall() {
    }

    /** The caller of the gRPC call on this thread; anonymous outside one. */
    public static Caller caller() {
        Caller caller = CALLER.get();
        return caller == null ? Caller.ANONYMOUS : caller;
    }

    /** The full method name, e.g. {@code planmonitor.projects.v1.ProjectService/CreateProject}; empty outside a call. */
    public static String method() {
        String method = METHOD.get();
        return method == null ? "" : method;
    }

    /** The {@code idempotency-key} metadata the client sent with this call; empty when none. */
    public static String idempotencyKey() {
        String key = IDEMPOTENCY_KEY.get();
        return key == null ? "" : key;
    }

    /** The {@code authorization} metadata of this call as sent ("Bearer …"); empty when none. */
    public static String authorization() {
        String authorization = AUTHORIZATION.get();
        return authorization == null ? "" : authorization;
    }
}
