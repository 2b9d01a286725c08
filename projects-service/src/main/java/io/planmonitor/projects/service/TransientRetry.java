package io.planmonitor.projects.service;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.time.Duration;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Retries a gRPC call that failed in a way that may pass (UNAVAILABLE: a pod restarting, a connection reset), waiting
 * longer each time. Answers such as NOT_FOUND are final and returned at once.
 */
public final class TransientRetry {

    private static final Set<Status.Code> TRANSIENT = Set.of(Status.Code.UNAVAILABLE);

    private final int attempts;
    private final Duration firstBackoff;

    public TransientRetry(int attempts, Duration firstBackoff) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
        this.attempts = attempts;
        this.firstBackoff = firstBackoff;
    }

    public <T> T call(Supplier<T> call) {
        Duration backoff = firstBackoff;
        for (int attempt = 1; ; attempt++) {
            try {
                return call.get();
            } catch (StatusRuntimeException e) {
                if (attempt >= attempts || !TRANSIENT.contains(e.getStatus().getCode())) {
                    throw e;
                }
            }
            sleep(backoff);
            backoff = backoff.multipliedBy(2);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Status.CANCELLED.withDescription("interrupted while waiting to retry").asRuntimeException();
        }
    }
}
