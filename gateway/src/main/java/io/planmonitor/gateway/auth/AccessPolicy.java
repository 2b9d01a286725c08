package io.planmonitor.gateway.auth;

import io.planmonitor.gateway.api.ForwardedHeaders;
import io.planmonitor.gateway.problems.Problems;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Who may call what, before any resource method runs. The bearer token (verified by smallrye-jwt against the
 * configured public key or JWKS) is required for every write, which needs the editor or admin role, and for the
 * audit trail; reads need the viewer role only with {@code planmonitor.auth.reads=viewer}. A bad token is 401 even
 * on an open read: a client sending one should learn that it is bad. An editor's region scope is checked here where
 * the request names the region ({@link WriteScope}), and by the services everywhere, since they know the region of
 * every stored resource; their PERMISSION_DENIED becomes 403 as well.
 */
public class AccessPolicy {

    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final List<String> WRITER_ROLES = List.of("editor", "admin");
    private static final List<String> READER_ROLES = List.of("viewer", "editor", "admin");

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    ForwardedHeaders forwarded;

    @Inject
    WriteScope scope;

    @ConfigProperty(name = "planmonitor.auth.reads")
    String reads;

    @ServerRequestFilter
    public Uni<Response> check(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/api/")) {
            return Uni.createFrom().nullItem();
        }
        boolean read = READ_METHODS.contains(request.getMethod()) && !path.startsWith("/api/v1/audit-events");
        return identities.getDeferredIdentity().onItemOrFailure().transform((identity, failure) -> {
            if (failure != null) {
                return unauthorized("invalid_token", "The bearer token is not valid: " + reason(failure));
            }
            if (!identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken token) {
                forwarded.useBearerToken(token.getRawToken());
                scope.use(identity);
            }
            List<String> needed = read ? (reads.equals("viewer") ? READER_ROLES : List.of()) : WRITER_ROLES;
            if (needed.isEmpty() || needed.stream().anyMatch(identity::hasRole)) {
                return null;
            }
            if (identity.isAnonymous()) {
                return unauthorized(null, (read ? "Reading" : "This request") + " needs a bearer token with the "
                        + String.join(" or ", needed) + " role.");
            }
            return Problems.response(Problems.of(403, "permission-denied", "Permission denied",
                    identity.getPrincipal().getName() + " has the roles " + identity.getRoles() + "; this needs "
                            + String.join(" or ", needed) + ".", List.of()));
        });
    }

    private static Response unauthorized(String error, String detail) {
        Response response = Problems.response(Problems.of(401, "unauthenticated", "Unauthenticated", detail, List.of()));
        response.getHeaders().putSingle("WWW-Authenticate",
                error == null ? "Bearer realm=\"planmonitor\"" : "Bearer realm=\"planmonitor\", error=\"" + error + "\"");
        return response;
    }

    private static String reason(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause != cause.getCause()) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        if (message == null || message.isBlank()) {
            return failure instanceof AuthenticationFailedException ? "signature, issuer or expiry does not check out"
                    : failure.getClass().getSimpleName();
        }
        return message;
    }
}
