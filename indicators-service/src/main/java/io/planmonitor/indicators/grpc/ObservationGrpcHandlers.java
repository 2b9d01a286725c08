package io.planmonitor.indicators.grpc;

import io.grpc.StatusRuntimeException;
import io.planmonitor.indicators.mapping.ObservationMapper;
import io.planmonitor.indicators.repository.ObservationEntity;
import io.planmonitor.indicators.service.IndicatorCatalogue;
import io.planmonitor.indicators.service.ObservationLog;
import io.planmonitor.indicators.service.RegionDirectory;
import io.planmonitor.indicators.v1.ListObservationsRequest;
import io.planmonitor.indicators.v1.ListObservationsResponse;
import io.planmonitor.indicators.v1.BatchMode;
import io.planmonitor.indicators.v1.Observation;
import io.planmonitor.indicators.v1.RecordObservationRequest;
import io.planmonitor.indicators.v1.RecordObservationsRequest;
import io.planmonitor.indicators.v1.RecordObservationsResponse;
import io.planmonitor.indicators.v1.RecordOutcome;
import io.planmonitor.indicators.v1.RecordResult;
import io.planmonitor.support.ApiErrors;
import io.planmonitor.support.Page;
import io.planmonitor.support.PageRequest;
import io.quarkus.narayana.jta.QuarkusTransaction;
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
        boolean allOrNothing = request.getMode() == BatchMode.BATCH_MODE_ALL_OR_NOTHING;
        if (!request.getValidateOnly() && !allOrNothing) {
            return recordEach(request, log::record);
        }
        // First every item is checked in a transaction rolled back at once; then, if asked and nothing was rejected,
        // all are written in one.
        RecordObservationsResponse checked = recordEach(request, log::check);
        boolean anyRejected = checked.getResultsList().stream()
                .anyMatch(result -> result.getOutcome() == RecordOutcome.RECORD_OUTCOME_REJECTED);
        if (request.getValidateOnly() || anyRejected) {
            return unwritten(checked);
        }
        // Checked a moment ago; a writer in between can still make an item fail, and then none is written.
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                RecordObservationsResponse written = recordEach(request, log::record);
                if (written.getResultsList().stream()
                        .anyMatch(result -> result.getOutcome() == RecordOutcome.RECORD_OUTCOME_REJECTED)) {
                    throw new NoneWritten(unwritten(written));
                }
                return written;
            });
        } catch (NoneWritten rolledBack) {
            return rolledBack.outcomes;
        }
    }

    /** Rolls back an all-or-nothing write that met a rejected item, carrying the outcomes to report. */
    private static final class NoneWritten extends RuntimeException {
        private final transient RecordObservationsResponse outcomes;

        NoneWritten(RecordObservationsResponse outcomes) {
            super(null, null, false, false);
            this.outcomes = outcomes;
        }
    }

    /**
     * The outcomes of items checked or rolled back: a RECORDED item says it would be written, without the observation
     * (whose name would be of a row that does not exist).
     */
    private static RecordObservationsResponse unwritten(RecordObservationsResponse outcomes) {
        RecordObservationsResponse.Builder response = RecordObservationsResponse.newBuilder();
        outcomes.getResultsList().forEach(result -> response.addResults(
                result.getOutcome() == RecordOutcome.RECORD_OUTCOME_RECORDED
                        ? result.toBuilder().clearObservation().build() : result));
        return response.build();
    }

    /** Each item recorded by {@code recording}; a rejected item is reported with its violations. */
    private static RecordObservationsResponse recordEach(RecordObservationsRequest request, Recording recording) {
        RecordObservationsResponse.Builder response = RecordObservationsResponse.newBuilder();
        for (int i = 0; i < request.getRequestsCount(); i++) {
            RecordObservationRequest item = request.getRequests(i);
            RecordResult.Builder result = RecordResult.newBuilder().setIndex(i);
            try {
                ObservationLog.Recorded recorded = recording.record(ObservationRequests.toNewEntity(item),
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

    private interface Recording {
        ObservationLog.Recorded record(ObservationEntity observation, String regionName);
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
