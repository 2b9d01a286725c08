package io.planmonitor.support.idempotency;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Deletes the idempotency keys past their retention now and then, so the table holds about a day of creates rather
 * than every create ever made (a key is also replaced when it is sent again after its retention). Every replica may
 * sweep: the delete is the same whoever runs it.
 */
@ApplicationScoped
public class ExpiredKeySweep {

    private final IdempotentWrites keys;

    ExpiredKeySweep(IdempotentWrites keys) {
        this.keys = keys;
    }

    @Scheduled(every = "${planmonitor.idempotency.sweep-interval:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        keys.deleteExpired();
    }
}
