package io.planmonitor.projects.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TransientRetryTest {

    private final TransientRetry retry = new TransientRetry(3, Duration.ofMillis(1));

    @Test
    void unavailableIsRetriedUntilItPasses() {
        AtomicInteger calls = new AtomicInteger();
        String result = retry.call(() -> {
            if (calls.incrementAndGet() < 3) {
                throw Status.UNAVAILABLE.asRuntimeException();
            }
            return "answered";
        });
        assertEquals("answered", result);
        assertEquals(3, calls.get());
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        AtomicInteger calls = new AtomicInteger();
        StatusRuntimeException error = assertThrows(StatusRuntimeException.class, () -> retry.call(() -> {
            calls.incrementAndGet();
            throw Status.UNAVAILABLE.asRuntimeException();
        }));
        assertEquals(Status.Code.UNAVAILABLE, error.getStatus().getCode());
        assertEquals(3, calls.get());
    }

    @Test
    void finalAnswersAreNotRetried() {
        AtomicInteger calls = new AtomicInteger();
        assertThrows(StatusRuntimeException.class, () -> retry.call(() -> {
            calls.incrementAndGet();
            throw Status.NOT_FOUND.asRuntimeException();
        }));
        assertEquals(1, calls.get());
    }
}
