package io.planmonitor.projects.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.OptimisticLockException;
import java.util.function.Supplier;

/**
 * Runs a read-modify-write in its own transaction. The entity's version column makes the write conditional on nobody
 * having written in between; when somebody has, the loser gets ABORTED (AIP-154) instead of overwriting.
 * The work must flush, so a conflict surfaces here rather than at commit.
 */
final class OptimisticWrites {

    private OptimisticWrites() {
    }

    static <T> T inTransaction(String resourceName, Supplier<T> work) {
        try {
            return QuarkusTransaction.requiringNew().call(work::get);
        } catch (OptimisticLockException e) {
            throw io.grpc.Status.ABORTED.withDescription(resourceName + " was changed by another writer; read it again")
                    .withCause(e).asRuntimeException();
        }
    }
}
