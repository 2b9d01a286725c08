package io.planmonitor.gateway.resilience;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Stops calling a service that keeps failing: after {@code failureThreshold} failures in a row the circuit opens and
 * calls are refused at once for {@code openDuration}; then one trial call is let through (half-open), and its outcome
 * closes the circuit or opens it again. So a service that is down or hanging costs the gateway no threads and no
 * deadlines while it is away.
 */
public final class CircuitBreaker {

    private final int failureThreshold;
    private final Duration openDuration;
    private final Clock clock;

    private int consecutiveFailures;
    private Instant openUntil;
    private boolean trialInFlight;

    public CircuitBreaker(int failureThreshold, Duration openDuration, Clock clock) {
        if (failureThreshold < 1) {
            throw new IllegalArgumentException("failureThreshold must be at least 1");
        }
        this.failureThreshold = failureThreshold;
        this.openDuration = openDuration;
        this.clock = clock;
    }

    /** Whether a call may go out now; a true answer while half-open makes that call the one trial. */
    public synchronized boolean allowsCall() {
        if (openUntil == null) {
            return true;
        }
        if (clock.instant().isBefore(openUntil) || trialInFlight) {
            return false;
        }
        trialInFlight = true;
        return true;
    }

    /** How long until a refused call may be tried again (zero when the circuit is closed). */
    public synchronized Duration retryAfter() {
        if (openUntil == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), openUntil);
        return left.isNegative() ? Duration.ZERO : left;
    }

    public synchronized void recordSuccess() {
        consecutiveFailures = 0;
        openUntil = null;
        trialInFlight = false;
    }

    public synchronized void recordFailure() {
        consecutiveFailures++;
        if (trialInFlight || consecutiveFailures >= failureThreshold) {
            openUntil = clock.instant().plus(openDuration);
        }
        trialInFlight = false;
    }

    /** A call that ended without saying anything of the service's health (cancelled by the caller). */
    public synchronized void recordNeither() {
        trialInFlight = false;
    }

    public synchronized boolean isOpen() {
        return openUntil != null;
    }
}
