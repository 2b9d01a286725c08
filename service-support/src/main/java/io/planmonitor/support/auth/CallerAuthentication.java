package io.planmonitor.support.auth;

import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.quarkus.grpc.GlobalInterceptor;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonString;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Every call to Plan Monitor's own gRPC services passes here first. A bearer token in the {@code authorization}
 * metadata is verified (signature against the configured public key or JWKS, issuer, expiry) and becomes the
 * {@link Caller}; a bad token ends the call UNAUTHENTICATED. Writes need a caller with the editor or admin role;
 * reads need the viewer role only when {@code planmonitor.auth.reads=viewer}; the audit trail needs editor or admin. Region scope is checked by each
 * write path, which knows the region it changes. Health and reflection are left open.
 */
@ApplicationScoped
@GlobalInterceptor
public class CallerAuthentication implements ServerInterceptor {

    static final Metadata.Key<String> AUTHORIZATION =
            Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);
    static final Metadata.Key<String> IDEMPOTENCY_KEY =
            Metadata.Key.of("idempotency-key", Metadata.ASCII_STRING_MARSHALLER);
    private static final String BEARER = "Bearer ";

    private final JWTParser parser;
    private final boolean readsOpen;
    private final String regionsClaim;

    CallerAuthentication(JWTParser parser,
            @ConfigProperty(name = "planmonitor.auth.reads", defaultValue = "open") String reads,
            @ConfigProperty(name = "planmonitor.auth.regions-claim", defaultValue = "regions") String regionsClaim) {
        this.parser = parser;
        this.readsOpen = switch (reads) {
            case "open" -> true;
            case "viewer" -> false;
            default -> throw new IllegalArgumentException("planmonitor.auth.reads must be open or viewer, not " + reads);
        };
        this.regionsClaim = regionsClaim;
    }

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
            ServerCallHandler<Q, R> next) {
        String service = call.getMethodDescriptor().getServiceName();
        if (service == null || !service.startsWith("planmonitor.")) {
            return next.startCall(call, headers);
        }
        Caller caller;
        try {
            caller = authenticate(headers.get(AUTHORIZATION));
        } catch (ParseException e) {
            return refuse(call, Status.UNAUTHENTICATED.withDescription("the bearer token is not valid: "
                    + rootMessage(e)));
        }
        Status refusal = refusal(caller, isRead(call.getMethodDescriptor()));
        if (refusal != null) {
            return refuse(call, refusal);
        }
        Context context = Context.current()
                .withValue(GrpcCall.CALLER, caller)
                .withValue(GrpcCall.METHOD, call.getMethodDescriptor().getFullMethodName())
                .withValue(GrpcCall.IDEMPOTENCY_KEY, headers.get(IDEMPOTENCY_KEY))
                .withValue(GrpcCall.AUTHORIZATION, headers.get(AUTHORIZATION));
        return Contexts.interceptCall(context, call, headers, next);
    }

    /**
     * A method reads when the contract declares it (idempotency_level = NO_SIDE_EFFECTS, which the generated method
     * descriptor carries as safe); every other method writes. The audit trail is read like a write is made: it names
     * people and shows what they changed, so it is for editors and admins.
     */
    static boolean isRead(MethodDescriptor<?, ?> method) {
        return method.isSafe() && !"ListAuditEvents".equals(method.getBareMethodName());
    }

    private Status refusal(Caller caller, boolean read) {
        if (read) {
            if (readsOpen || caller.has(Role.VIEWER)) {
                return null;
            }
            return caller.isAnonymous()
                    ? Status.UNAUTHENTICATED.withDescription("reading needs a bearer token with the viewer role")
                    : Status.PERMISSION_DENIED.withDescription(caller.name() + " has no role that may read");
        }
        if (caller.isAnonymous()) {
            return Status.UNAUTHENTICATED.withDescription("writing needs a bearer token (role editor or admin)");
        }
        if (!caller.has(Role.EDITOR)) {
            return Status.PERMISSION_DENIED.withDescription(caller.name()
                    + " may not write: writing needs the editor or admin role");
        }
        return null;
    }

    private Caller authenticate(String authorization) throws ParseException {
        if (authorization == null) {
            return Caller.ANONYMOUS;
        }
        if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new ParseException("the authorization metadata must be 'Bearer <token>'");
        }
        JsonWebToken token = parser.parse(authorization.substring(BEARER.length()).trim());
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String group : token.getGroups()) {
            Role.fromClaim(group).ifPresent(roles::add);
        }
        String name = token.getName() != null ? token.getName() : token.getSubject();
        return new Caller(name == null ? "unnamed" : name, roles, regions(token.getClaim(regionsClaim)));
    }

    private static Set<String> regions(Object claim) {
        Set<String> codes = new HashSet<>();
        if (claim instanceof Iterable<?> values) {
            for (Object value : values) {
                codes.add(value instanceof JsonString string ? string.getString() : String.valueOf(value));
            }
        } else if (claim instanceof String single) {
            codes.add(single);
        }
        return codes;
    }

    private static <Q, R> ServerCall.Listener<Q> refuse(ServerCall<Q, R> call, Status status) {
        call.close(status, new Metadata());
        return new ServerCall.Listener<>() {
        };
    }

    private static String rootMessage(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? error.getMessage() : cause.getMessage();
    }
}
