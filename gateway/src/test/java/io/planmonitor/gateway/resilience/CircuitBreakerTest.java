package io.planmonitor.gateway.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

    private Instant now = Instant.parse("2026-12-01T08:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void opensAfterTheThresholdOfFailuresInARowAndRefusesUntilTheDelayIsOver() {
        CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(10), clock);
        breaker.recordFailure();
        breaker.recordFailure();
        breaker.recordSuccess();
        breaker.recordFailure();
        breaker.recordFailure();
        assertTrue(breaker.allowsCall(), "a success in between starts the count again");
        breaker.recordFailure();
        assertFalse(breaker.allowsCall());
        assertEquals(Duration.ofSeconds(10), breaker.retryAfter());
        now = now.plusSeconds(4);
        assertFalse(breaker.allowsCall());
        assertEquals(Duration.ofSeconds(6), breaker.retryAfter());
    }

    @Test
    void afterTheDelayOneTrialDecides() {
        CircuitBreaker breaker = new CircuitBreaker(1, Duration.ofSeconds(10), clock);
        breaker.recordFailure();
        now = now.plusSeconds(10);
        assertTrue(breaker.allowsCall(), "the trial");
        assertFalse(breaker.allowsCall(), "only one trial at a time");
        breaker.recordFailure();
        assertFalse(breaker.allowsCall(), "a failed trial opens it again");
        now = now.plusSeconds(10);
        assertTrue(breaker.allowsCall());
        breaker.recordSuccess();
        assertFalse(breaker.isOpen());
        assertTrue(breaker.allowsCall());
        assertTrue(breaker.allowsCall());
    }

    @Test
    void aCancelledTrialLetsTheNextCallTry() {
        CircuitBreaker breaker = new CircuitBreaker(1, Duration.ofSeconds(10), clock);
        breaker.recordFailure();
        now = now.plusSeconds(11);
        assertTrue(breaker.allowsCall());
        breaker.recordNeither();
        assertTrue(breaker.allowsCall());
    }
}
