package io.planmonitor.projects.service;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.planmonitor.indicators.v1.GetIndicatorRequest;
import io.planmonitor.indicators.v1.IndicatorServiceGrpc;
import io.planmonitor.support.ApiErrors;
import io.quarkus.grpc.GrpcClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Asks indicators-service, over gRPC and with a deadline, whether the indicators a project names exist. */
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
     * Fails with INVALID_ARGUMENT on {@code field[i]} for the first indicator that does not exist, and with UNAVAILABLE
     * when indicators-service cannot answer in time. Each question has its own deadline; an UNAVAILABLE answer is
     * asked again after a growing pause.
     */
    public void requireExisting(List<String> indicatorNames, String field) {
        TransientRetry retry = new TransientRetry(attempts, firstBackoff);
        for (int i = 0; i < indicatorNames.size(); i++) {
            String name = indicatorNames.get(i);
            String indexedField = field + "[" + i + "]";
            try {
                retry.call(() -> indicators.withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS)
                        .getIndicator(GetIndicatorRequest.newBuilder().setName(name).build()));
            } catch (StatusRuntimeException e) {
                throw translate(e, name, indexedField);
            }
        }
    }

    private static StatusRuntimeException translate(StatusRuntimeException e, String name, String field) {
        return switch (e.getStatus().getCode()) {
            case NOT_FOUND -> ApiErrors.invalidArgument(field, name + " does not exist");
            case INVALID_ARGUMENT -> ApiErrors.invalidArgument(field, "is not an indicator name: " + e.getStatus().getDescription());
            case UNAVAILABLE, DEADLINE_EXCEEDED ->
                    ApiErrors.unavailable("indicators-service could not be asked whether " + name + " exists", e);
            default -> Status.INTERNAL.withDescription("indicators-service answered " + e.getStatus() + " checking " + name)
                    .withCause(e).asRuntimeException();
        };
    }
}
