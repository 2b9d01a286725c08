package io.planmonitor.projects.service;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.planmonitor.indicators.v1.GetIndicatorRequest;
import io.planmonitor.indicators.v1.GetPlanRequest;
import io.planmonitor.indicators.v1.GetRegionRequest;
import io.planmonitor.indicators.v1.GetTargetRequest;
import io.planmonitor.indicators.v1.IndicatorServiceGrpc;
import io.planmonitor.indicators.v1.ListRegionsRequest;
import io.planmonitor.indicators.v1.ListRegionsResponse;
import io.planmonitor.support.ApiErrors;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.grpc.RegisterClientInterceptor;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Asks indicators-service, over gRPC and with a deadline, whether the indicators, targets and plan a project names
 * exist.
 */
@ApplicationScoped
public class IndicatorDirectory {

    private static final Logger LOG = Logger.getLogger(IndicatorDirectory.class);

    @GrpcClient("indicators")
    @RegisterClientInterceptor(ServiceToken.class)
    IndicatorServiceGrpc.IndicatorServiceBlockingStub indicators;

    @ConfigProperty(name = "planmonitor.indicators.deadline")
    Duration deadline;

    @ConfigProperty(name = "planmonitor.indicators.attempts")
    int attempts;

    @ConfigProperty(name = "planmonitor.indicators.first-backoff")
    Duration firstBackoff;

    /**
     * Fails with INVALID_ARGUMENT on {@code project.indicators[i]}, {@code project.targets[i]} or {@code project.plan}
     * for the first link to something indicators-service does not have, and with UNAVAILABLE when it cannot answer in
     * time. Each question has its own deadline; an UNAVAILABLE answer is asked again after a growing pause.
     */
    public void requireLinks(ProjectLinks links) {
        requireAll(links.indicators(), "project.indicators", name -> stub()
                .getIndicator(GetIndicatorRequest.newBuilder().setName(name).build()));
        requireAll(links.targets(), "project.targets", name -> stub()
                .getTarget(GetTargetRequest.newBuilder().setName(name).build()));
        if (links.plan() != null) {
            require(links.plan(), "project.plan", name -> stub()
                    .getPlan(GetPlanRequest.newBuilder().setName(name).build()));
        }
    }

    /**
     * INVALID_ARGUMENT on {@code field} when indicators-service, which keeps the regions, does not know the code.
     * Fails open: when indicators-service cannot answer, the six-digit format checked earlier has to do, so registering
     * projects does not stop while it is away (links, which carry meaning, fail closed instead).
     */
    public void requireRegionIfReachable(String regionCode, String field) {
        try {
            new TransientRetry(attempts, firstBackoff).call(() -> stub()
                    .getRegion(GetRegionRequest.newBuilder().setName("regions/" + regionCode).build()));
        } catch (StatusRuntimeException e) {
            if (e.getStatus().getCode() == Status.Code.NOT_FOUND) {
                throw ApiErrors.invalidArgument(field, "regions/" + regionCode + " is not a region Plan Monitor knows");
            }
            LOG.debugf("region %s not checked: %s", regionCode, e.getStatus());
        }
    }

    /**
     * {@code regionCode} and every region under it, level by level, as indicators-service keeps the hierarchy.
     * Fails closed (UNAVAILABLE): a list said to include the districts must not quietly leave them out.
     */
    public Set<String> withSubregions(String regionCode) {
        Set<String> codes = new LinkedHashSet<>(List.of(regionCode));
        Deque<String> parents = new ArrayDeque<>(codes);
        while (!parents.isEmpty()) {
            String parent = parents.removeFirst();
            ListRegionsResponse children;
            try {
                children = new TransientRetry(attempts, firstBackoff).call(() -> stub().listRegions(
                        ListRegionsRequest.newBuilder().setParent("regions/" + parent).setPageSize(1000).build()));
            } catch (StatusRuntimeException e) {
                throw translate(e, "regions/" + parent, "region_code");
            }
            for (var child : children.getRegionsList()) {
                String code = child.getName().substring("regions/".length());
                if (codes.add(code)) {
                    parents.addLast(code);
                }
            }
        }
        return codes;
    }

    private void requireAll(List<String> names, String field, Consumer<String> lookup) {
        for (int i = 0; i < names.size(); i++) {
            require(names.get(i), field + "[" + i + "]", lookup);
        }
    }

    private void require(String name, String field, Consumer<String> lookup) {
        try {
            new TransientRetry(attempts, firstBackoff).call(() -> {
                lookup.accept(name);
                return name;
            });
        } catch (StatusRuntimeException e) {
            throw translate(e, name, field);
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
