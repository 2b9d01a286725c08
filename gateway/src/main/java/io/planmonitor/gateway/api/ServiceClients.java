package io.planmonitor.gateway.api;

import io.planmonitor.indicators.v1.MutinyIndicatorServiceGrpc;
import io.planmonitor.projects.v1.MutinyProjectServiceGrpc;
import io.quarkus.grpc.GrpcClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The gateway's stubs of both services, each call with its own deadline. (A deadline configured on the injected
 * client is fixed once, when the stub is made, so every call after that long would fail at once.)
 */
@ApplicationScoped
public class ServiceClients {

    @GrpcClient("indicators")
    MutinyIndicatorServiceGrpc.MutinyIndicatorServiceStub indicators;

    @GrpcClient("projects")
    MutinyProjectServiceGrpc.MutinyProjectServiceStub projects;

    @ConfigProperty(name = "planmonitor.service-call-deadline")
    Duration deadline;

    public MutinyIndicatorServiceGrpc.MutinyIndicatorServiceStub indicators() {
        return indicators.withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS);
    }

    public MutinyProjectServiceGrpc.MutinyProjectServiceStub projects() {
        return projects.withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS);
    }
}
