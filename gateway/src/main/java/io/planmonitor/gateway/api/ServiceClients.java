package io.planmonitor.gateway.api;

import io.planmonitor.gateway.resilience.CircuitBreaker;
import io.planmonitor.gateway.resilience.ResilientCalls;
import io.planmonitor.indicators.v1.MutinyIndicatorServiceGrpc;
import io.planmonitor.projects.v1.MutinyProjectServiceGrpc;
import io.quarkus.grpc.GrpcClient;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The gateway's stubs of both services. Every call has its own deadline (a deadline configured on the injected client
 * is fixed once, when the stub is made, so every call after that long would fail at once) and goes through its
 * service's guard: a circuit breaker, and retries of idempotent reads that meet UNAVAILABLE.
 */
@ApplicationScoped
public class ServiceClients {

    @GrpcClient("indicators")
    MutinyIndicatorServiceGrpc.MutinyIndicatorServiceStub indicators;

    @GrpcClient("projects")
    MutinyProjectServiceGrpc.MutinyProjectServiceStub projects;

    @ConfigProperty(name = "planmonitor.service-call-deadline")
    Duration deadline;

    @ConfigProperty(name = "planmonitor.resilience.failure-threshold")
    int failureThreshold;

    @ConfigProperty(name = "planmonitor.resilience.open-duration")
    Duration openDuration;

    @ConfigProperty(name = "planmonitor.resilience.read-attempts")
    int readAttempts;

    @ConfigProperty(name = "planmonitor.resilience.first-backoff")
    Duration firstBackoff;

    private ScheduledExecutorService retryScheduler;
    private ResilientCalls indicatorsGuard;
    private ResilientCalls projectsGuard;

    @PostConstruct
    void createGuards() {
        retryScheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "service-call-retries");
            thread.setDaemon(true);
            return thread;
        });
        indicatorsGuard = guard("indicators-service");
        projectsGuard = guard("projects-service");
    }

    @PreDestroy
    void stopRetries() {
        retryScheduler.shutdownNow();
    }

    public MutinyIndicatorServiceGrpc.MutinyIndicatorServiceStub indicators() {
        return indicators.withInterceptors(indicatorsGuard).withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS);
    }

    public MutinyProjectServiceGrpc.MutinyProjectServiceStub projects() {
        return projects.withInterceptors(projectsGuard).withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS);
    }

    private ResilientCalls guard(String service) {
        return new ResilientCalls(service, new CircuitBreaker(failureThreshold, openDuration, Clock.systemUTC()),
                readAttempts, firstBackoff, retryScheduler);
    }
}
