package io.planmonitor.gateway.resilience;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The gateway's guard on one service's channel: a circuit breaker on every call, and retries of the reads the
 * contract declares (idempotency_level = NO_SIDE_EFFECTS) that meet UNAVAILABLE, with a doubling pause, inside the call's own deadline.
 * Writes are never retried: the service may have done them.
 */
public final class ResilientCalls implements ClientInterceptor {

    private final String service;
    private final CircuitBreaker breaker;
    private final int readAttempts;
    private final Duration firstBackoff;
    private final ScheduledExecutorService scheduler;

    public ResilientCalls(String service, CircuitBreaker breaker, int readAttempts, Duration firstBackoff,
            ScheduledExecutorService scheduler) {
        this.service = service;
        this.breaker = breaker;
        this.readAttempts = readAttempts;
        this.firstBackoff = firstBackoff;
        this.scheduler = scheduler;
    }

    /** A read as the contract declares it (idempotency_level = NO_SIDE_EFFECTS: the descriptor is safe). */
    static boolean isRead(MethodDescriptor<?, ?> method) {
        return method.isSafe();
    }

    @Override
    public <Q, R> ClientCall<Q, R> interceptCall(MethodDescriptor<Q, R> method, CallOptions options, Channel next) {
        if (method.getType() != MethodDescriptor.MethodType.UNARY) {
            return next.newCall(method, options);
        }
        return new GuardedCall<>(method, options, next, isRead(method) ? readAttempts : 1);
    }

    /** The status a refused call ends with: a 503 at the gateway, with the reason. */
    private Status circuitOpen() {
        long seconds = Math.max(1, (breaker.retryAfter().toMillis() + 999) / 1000);
        return Status.UNAVAILABLE.withDescription(service + " keeps failing; calls to it are paused for " + seconds
                + " s (circuit open)");
    }

    private static boolean isServiceFailure(Status status) {
        return status.getCode() == Status.Code.UNAVAILABLE || status.getCode() == Status.Code.DEADLINE_EXCEEDED;
    }

    /**
     * A unary call sent once its one message is known (at halfClose), and sent again while a read meets UNAVAILABLE.
     * The answer is held until the last attempt ends, so the caller sees one attempt's headers, message and status.
     */
    private final class GuardedCall<Q, R> extends ClientCall<Q, R> {

        private final MethodDescriptor<Q, R> method;
        private final CallOptions options;
        private final Channel next;
        private final int attempts;
        private Listener<R> listener;
        private Metadata headers;
        private Q message;
        private int requested;
        private int attempt;
        private ClientCall<Q, R> current;
        private boolean finished;

        GuardedCall(MethodDescriptor<Q, R> method, CallOptions options, Channel next, int attempts) {
            this.method = method;
            this.options = options;
            this.next = next;
            this.attempts = attempts;
        }

        @Override
        public synchronized void start(Listener<R> responseListener, Metadata requestHeaders) {
            listener = responseListener;
            headers = requestHeaders;
        }

        @Override
        public synchronized void request(int numMessages) {
            requested += numMessages;
        }

        @Override
        public synchronized void sendMessage(Q requestMessage) {
            message = requestMessage;
        }

        @Override
        public synchronized void halfClose() {
            sendAttempt();
        }

        @Override
        public synchronized void cancel(String reason, Throwable cause) {
            if (current != null) {
                current.cancel(reason, cause);
            } else {
                finish(Status.CANCELLED.withDescription(reason).withCause(cause), new Metadata(), null, null);
            }
        }

        @Override
        public boolean isReady() {
            return true;
        }

        private synchronized void sendAttempt() {
            if (finished) {
                return;
            }
            if (!breaker.allowsCall()) {
                finish(circuitOpen(), new Metadata(), null, null);
                return;
            }
            attempt++;
            Metadata attemptHeaders = new Metadata();
            attemptHeaders.merge(headers);
            current = next.newCall(method, options);
            current.start(new AttemptListener(), attemptHeaders);
            current.request(Math.max(requested, 1));
            current.sendMessage(message);
            current.halfClose();
        }

        private synchronized void attemptEnded(Status ended, Metadata trailers, Metadata responseHeaders, R response) {
            current = null;
            Status status = LostConnections.asUnavailable(ended);
            if (status.isOk() || !isServiceFailure(status)) {
                if (status.getCode() == Status.Code.CANCELLED) {
                    breaker.recordNeither();
                } else {
                    breaker.recordSuccess();
                }
                finish(status, trailers, responseHeaders, response);
                return;
            }
            breaker.recordFailure();
            boolean deadlineLeft = options.getDeadline() == null || !options.getDeadline().isExpired();
            if (status.getCode() == Status.Code.UNAVAILABLE && attempt < attempts && deadlineLeft) {
                long pause = firstBackoff.toMillis() << (attempt - 1);
                scheduler.schedule(this::sendAttempt, pause, TimeUnit.MILLISECONDS);
                return;
            }
            finish(status, trailers, responseHeaders, response);
        }

        private void finish(Status status, Metadata trailers, Metadata responseHeaders, R response) {
            if (finished) {
                return;
            }
            finished = true;
            if (responseHeaders != null) {
                listener.onHeaders(responseHeaders);
            }
            if (response != null) {
                listener.onMessage(response);
            }
            listener.onClose(status, trailers);
        }

        /** Holds one attempt's answer until it is known whether another attempt follows. */
        private final class AttemptListener extends ClientCall.Listener<R> {

            private Metadata responseHeaders;
            private R response;

            @Override
            public void onHeaders(Metadata received) {
                responseHeaders = received;
            }

            @Override
            public void onMessage(R received) {
                response = received;
            }

            @Override
            public void onClose(Status status, Metadata trailers) {
                attemptEnded(status, trailers, responseHeaders, response);
            }

            @Override
            public void onReady() {
                // Unary: the one message is sent at once.
            }
        }
    }
}
