package io.planmonitor.gateway.api;

import jakarta.enterprise.context.RequestScoped;

/**
 * What of the REST request travels on to the services with every call made for it: the caller's verified bearer
 * token (the services check the same caller) and the client's Idempotency-Key (the services run a create once per
 * key). A request scope bean, so it follows the request into the calls' continuations.
 */
@RequestScoped
public class ForwardedHeaders {

    private String bearerToken;
    private String idempotencyKey;

    public String bearerToken() {
        return bearerToken;
    }

    public void useBearerToken(String token) {
        this.bearerToken = token;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public void useIdempotencyKey(String key) {
        this.idempotencyKey = key;
    }
}
