package io.planmonitor.gateway.api;

import io.grpc.ClientInterceptor;
import io.grpc.Metadata;
import io.grpc.stub.MetadataUtils;
import io.planmonitor.gateway.resilience.CircuitBreaker;
import io.planmonitor.gateway.resilience.ResilientCalls;
import io.planmonitor.documents.v1.MutinyDocumentServiceGrpc;
import io.planmonitor.indicators.v1.MutinyIndicatorServiceGrpc;
import io.planmonitor.projects.v1.MutinyProjectServiceGrpc;
import io.quarkus.arc.Arc;
import io.quarkus.grpc.GrpcClient;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The gateway's stubs of the three services. Every call has its own deadline (a deadline configured on the injected client
 * is fixed once, when the stub is made, so every call after that long would fail at once) and goes through its
 * service's guard: a circuit breaker, and retries of idempotent reads that meet UNAVAILABLE. Every call carries the
 * caller's bearer token and idempotency key.
 */
@ApplicationScoped
public class ServiceClients {

    private static final Metadata.Key<String> AUTHORIZATION =
            Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);
    private static final Metadata.Key<String> IDEMPOTENCY_KEY =
            Metadata.Key.of("idempotency-key", Metadata.ASCII_STRING_MARSHALLER);

    @GrpcClient("indicators")
    MutinyIndicatorServiceGrpc.MutinyIndicatorServiceStub indicators;

    @GrpcClient("projects")
    MutinyProjectServiceGrpc.MutinyProjectServiceStub projects;

    @GrpcClient("documents")
    MutinyDocumentServiceGrpc.MutinyDocumentServiceStub documents;

    @Inject
    ForwardedHeaders forwarded;

    @ConfigProperty(name = "planmonitor.service-call-deadline")
    Duration deadline;

    /** Longer: a submission is read whole, and a review of all a document's candidates writes each of them. */
    @ConfigProperty(name = "planmonitor.documents-call-deadline")
    Duration documentsDeadline;

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
    private ResilientCalls documentsGuard;

    @PostConstruct
    void createGuards() {
        retryScheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "service-call-retries");
            thread.setDaemon(true);
            return thread;
        });
        indicatorsGuard = guard("indicators-service");
        projectsGuard = guard("projects-service");
        documentsGuard = guard("documents-service");
    }

    @PreDestroy
    void stopRetries() {
        retryScheduler.shutdownNow();
    }

    public MutinyIndicatorServiceGrpc.MutinyIndicatorServiceStub indicators() {
        return indicators.withInterceptors(indicatorsGuard, forwardedHeaders())
                .withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS);
    }

    public MutinyProjectServiceGrpc.MutinyProjectServiceStub projects() {
        return projects.withInterceptors(projectsGuard, forwardedHeaders())
                .withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS);
    }

    public MutinyDocumentServiceGrpc.MutinyDocumentServiceStub documents() {
        return documents.withInterceptors(documentsGuard, forwardedHeaders())
                .withDeadlineAfter(documentsDeadline.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * The caller's own token and idempotency key, passed on as gRPC metadata: the services verify the token and
     * enforce the region scope, and run a create once per key.
     */
    private ClientInterceptor forwardedHeaders() {
        Metadata headers = new Metadata();
        if (Arc.container().requestContext().isActive()) {
            if (forwarded.bearerToken() != null) {
                headers.put(AUTHORIZATION, "Bearer " + forwarded.bearerToken());
            }
            if (forwarded.idempotencyKey() != null) {
                headers.put(IDEMPOTENCY_KEY, forwarded.idempotencyKey());
            }
        }
        return MetadataUtils.newAttachHeadersInterceptor(headers);
    }

    private ResilientCalls guard(String service) {
        return new ResilientCalls(service, new CircuitBreaker(failureThreshold, openDuration, Clock.systemUTC()),
                readAttempts, firstBackoff, retryScheduler);
    }
}
