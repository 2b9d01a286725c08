package io.planmonitor.indicators.grpc;

import io.grpc.StatusRuntimeException;
import io.planmonitor.indicators.mapping.ObservationMapper;
import io.planmonitor.indicators.repository.ObservationEntity;
import io.planmonitor.indicators.service.IndicatorCatalogue;
import io.planmonitor.indicators.service.ObservationLog;
import io.planmonitor.indicators.service.RegionDirectory;
import io.planmonitor.indicators.v1.ListObservationsRequest;
import io.planmonitor.indicators.v1.ListObservationsResponse;
import io.planmonitor.indicators.v1.Observation;
import io.planmonitor.indicators.v1.RecordObservationRequest;
import io.planmonitor.indicators.v1.RecordObservationsRequest;
import io.planmonitor.indicators.v1.RecordObservationsResponse;
import io.planmonitor.indicators.v1.RecordOutcome;
import io.planmonitor.indicators.v1.RecordResult;
import io.planmonitor.support.ApiErrors;
import io.planmonitor.support.Page;
import io.planmonitor.support.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The observation methods of IndicatorService: one value, a batch, and listing with or without history. */
@ApplicationScoped
class ObservationGrpcHandlers {

    static final int MAX_BATCH = 5000;

    private final ObservationLog log;

    ObservationGrpcHandlers(ObservationLog log) {
        this.log = log;
    }

    Observation recordObservation(RecordObservationRequest request) {
        ObservationEntity observation = ObservationRequests.toNewEntity(request);
        return ObservationMapper.toProto(log.record(observation, request.getObservation().getRegion()).observation());
    }

    /** Each item in its own transaction: a bad item is reported and the good ones are kept. */
    RecordObservationsResponse recordObservations(RecordObservationsRequest request) {
        if (request.getRequestsCount() > MAX_BATCH) {
            throw ApiErrors.invalidArgument("requests", "holds " + request.getRequestsCount()
                    + " items; send at most " + MAX_BATCH + " per call");
        }
        RecordObservationsResponse.Builder response = RecordObservationsResponse.newBuilder();
        for (int i = 0; i < request.getRequestsCount(); i++) {
            RecordObservationRequest item = request.getRequests(i);
            RecordResult.Builder result = RecordResult.newBuilder().setIndex(i);
            try {
                ObservationLog.Recorded recorded = log.record(ObservationRequests.toNewEntity(item),
                        item.getObservation().getRegion());
                result.setOutcome(recorded.alreadyRecorded()
                                ? RecordOutcome.RECORD_OUTCOME_ALREADY_RECORDED : RecordOutcome.RECORD_OUTCOME_RECORDED)
                        .setObservation(ObservationMapper.toProto(recorded.observation()));
            } catch (StatusRuntimeException e) {
                result.setOutcome(RecordOutcome.RECORD_OUTCOME_REJECTED).addAllViolations(ItemViolations.of(e));
            }
            response.addResults(result);
        }
        return response.build();
    }

    ListObservationsResponse listObservations(ListObservationsRequest request) {
        String indicatorId = IndicatorCatalogue.idOf(request.getParent(), "parent");
        String region = request.getRegion().isEmpty() ? null : RegionDirectory.code(request.getRegion(), "region");
        Page<ObservationEntity> page = log.list(indicatorId, region, request.getIncludeHistory(),
                PageRequest.of(request.getPageSize(), request.getPageToken()));
        return ListObservationsResponse.newBuilder()
                .addAllObservations(page.items().stream().map(ObservationMapper::toProto).toList())
                .setNextPageToken(page.nextPageToken())
                .build();
    }
}
