package io.planmonitor.projects.service;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.planmonitor.indicators.v1.GetIndicatorRequest;
import io.planmonitor.indicators.v1.GetTargetRequest;
import io.planmonitor.indicators.v1.IndicatorServiceGrpc;
import io.planmonitor.support.ApiErrors;
import io.quarkus.grpc.GrpcClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Asks indicators-service, over gRPC and with a deadline, whether the indicators and targets a project names exist. */
@ApplicationScoped
public class IndicatorDirectory {

    @GrpcClient("indicators")
    IndicatorServiceGrpc.IndicatorServiceBlockingStub indicators;

    @ConfigProperty(name = "planmonitor.indicators.deadline")
    Duration deadline;

    @ConfigProperty(name = "planmonitor.indicators.attempts")
    int attempts;

    @ConfigProperty(name = "planmonitor.indicators.first-backoff")
    Duration firstBackoff;

    /**
     * Fails with INVALID_ARGUMENT on {@code project.indicators[i]} or {@code project.targets[i]} for the first link to
     * something indicators-service does not have, and with UNAVAILABLE when it cannot answer in time. Each question
     * has its own deadline; an UNAVAILABLE answer is asked again after a growing pause.
     */
    public void requireLinks(List<String> indicatorNames, List<String> targetNames) {
        requireAll(indicatorNames, "project.indicators", name -> stub()
                .getIndicator(GetIndicatorRequest.newBuilder().setName(name).build()));
        requireAll(targetNames, "project.targets", name -> stub()
                .getTarget(GetTargetRequest.newBuilder().setName(name).build()));
    }

    private void requireAll(List<String> names, String field, Consumer<String> lookup) {
        TransientRetry retry = new TransientRetry(attempts, firstBackoff);
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            try {
                retry.call(() -> {
                    lookup.accept(name);
                    return name;
                });
            } catch (StatusRuntimeException e) {
                throw translate(e, name, field + "[" + i + "]");
            }
        }
    }

    private IndicatorServiceGrpc.IndicatorServiceBlockingStub stub() {
        return indicators.withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static StatusRuntimeException translate(StatusRuntimeException e, String name, String field) {
        return switch (e.getStatus().getCode()) {
            case NOT_FOUND -> ApiErrors.invalidArgument(field, name + " does not exist");
            case INVALID_ARGUMENT -> ApiErrors.invalidArgument(field, "is not a valid name: " + e.getStatus().getDescription());
            case UNAVAILABLE, DEADLINE_EXCEEDED ->
                    ApiErrors.unavailable("indicators-service could not be asked whether " + name + " exists", e);
            default -> Status.INTERNAL.withDescription("indicators-service answered " + e.getStatus() + " checking " + name)
                    .withCause(e).asRuntimeException();
        };
    }
}
