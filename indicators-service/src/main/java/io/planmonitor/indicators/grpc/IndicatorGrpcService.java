package io.planmonitor.indicators.grpc;

import io.planmonitor.indicators.mapping.IndicatorMapper;
import io.planmonitor.indicators.repository.IndicatorEntity;
import io.planmonitor.indicators.service.IndicatorCatalogue;
import io.planmonitor.indicators.v1.CreateIndicatorRequest;
import io.planmonitor.indicators.v1.GetIndicatorRequest;
import io.planmonitor.indicators.v1.Indicator;
import io.planmonitor.indicators.v1.IndicatorService;
import io.planmonitor.indicators.v1.ListIndicatorsRequest;
import io.planmonitor.indicators.v1.ListIndicatorsResponse;
import io.planmonitor.support.Page;
import io.planmonitor.support.PageRequest;
import io.planmonitor.support.ResourceNames;
import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;

/** The gRPC adapter of the indicator catalogue. Handlers touch the database, so they run off the event loop. */
@GrpcService
@Blocking
public class IndicatorGrpcService implements IndicatorService {

    private final IndicatorCatalogue catalogue;

    IndicatorGrpcService(IndicatorCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public Uni<Indicator> getIndicator(GetIndicatorRequest request) {
        return Uni.createFrom().item(() -> {
            String id = ResourceNames.parse(IndicatorCatalogue.COLLECTION, request.getName(), "name");
            return IndicatorMapper.toProto(catalogue.get(id));
        });
    }

    @Override
    public Uni<ListIndicatorsResponse> listIndicators(ListIndicatorsRequest request) {
        return Uni.createFrom().item(() -> {
            Page<IndicatorEntity> page = catalogue.list(PageRequest.of(request.getPageSize(), request.getPageToken()));
            return ListIndicatorsResponse.newBuilder()
                    .addAllIndicators(page.items().stream().map(IndicatorMapper::toProto).toList())
                    .setNextPageToken(page.nextPageToken())
                    .setTotalSize(Math.toIntExact(page.totalSize()))
                    .build();
        });
    }

    @Override
    public Uni<Indicator> createIndicator(CreateIndicatorRequest request) {
        return Uni.createFrom().item(() ->
                IndicatorMapper.toProto(catalogue.create(CreateIndicatorRequests.toNewEntity(request))));
    }
}
