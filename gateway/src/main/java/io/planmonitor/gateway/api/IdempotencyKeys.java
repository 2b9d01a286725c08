package io.planmonitor.gateway.api;

import io.planmonitor.gateway.problems.InvalidFieldException;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Passes a client's {@code Idempotency-Key} header on to the services: a POST repeated with the same key and body
 * gets the first answer again instead of a second resource (the services keep the keys for 24 hours).
 */
public class IdempotencyKeys {

    static final String HEADER = "Idempotency-Key";

    @Inject
    ForwardedHeaders forwarded;

    @ServerRequestFilter
    public void capture(ContainerRequestContext request) {
        String key = request.getHeaderString(HEADER);
        if (key == null || key.isBlank()) {
            return;
        }
        String stripped = key.strip();
        if (stripped.length() > 200 || !stripped.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new InvalidFieldException(HEADER, "must be 1–200 printable ASCII characters, e.g. a UUID");
        }
        forwarded.useIdempotencyKey(stripped);
    }
}
