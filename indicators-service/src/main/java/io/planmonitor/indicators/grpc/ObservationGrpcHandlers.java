package io.planmonitor.indicators.grpc;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.planmonitor.indicators.repository.ObservationEntity;
import io.planmonitor.indicators.mapping.ObservationMapper;
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
import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * Valid items (the default): the whole batch in one transaction, a refused item reported and the others kept;
     * should a concurrent writer make that transaction fail, each item is sent again in its own. All or nothing: every
     * item checked first, then all written in one transaction or, when any is refused, none.
     */
    RecordObservationsResponse recordObservations(RecordObservationsRequest request) {
        if (request.getRequestsCount() > MAX_BATCH) {
            throw ApiErrors.invalidArgument("requests", "holds " + request.getRequestsCount()
                    + " items; send at most " + MAX_BATCH + " per call");
        }
        Batch batch = new Batch(request);
        boolean allOrNothing = request.getMode() == BatchMode.BATCH_MODE_ALL_OR_NOTHING;
        if (!request.getValidateOnly() && !allOrNothing) {
            try {
                return batch.response(QuarkusTransaction.requiringNew().call(() -> log.recordAll(batch.items())));
            } catch (PersistenceException concurrentWrite) {
                return batch.response(batch.items().stream().map(this::recordAlone).toList());
            }
        }
        List<ObservationLog.Outcome> checked = log.checkAll(batch.items());
        if (request.getValidateOnly() || batch.anyRefused(checked)) {
            return unwritten(batch.response(checked));
        }
        // Checked a moment ago; a writer in between can still make an item fail, and then none is written.
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                List<ObservationLog.Outcome> written = log.recordAll(batch.items());
                if (batch.anyRefused(written)) {
                    throw new NoneWritten(unwritten(batch.response(written)));
                }
                return batch.response(written);
            });
        } catch (NoneWritten rolledBack) {
            return rolledBack.outcomes;
        }
    }

    private ObservationLog.Outcome recordAlone(ObservationLog.Item item) {
        try {
            return new ObservationLog.Outcome(log.record(item.observation(), item.regionName()), null);
        } catch (StatusRuntimeException refusal) {
            return new ObservationLog.Outcome(null, refusal);
        } catch (PersistenceException concurrentWrite) {
            return new ObservationLog.Outcome(null, Status.ABORTED.withDescription("another writer recorded a value "
                    + "of the same period at the same moment: send it again").asRuntimeException());
        }
    }

    /** A batch's items that could be read, and the refusals of those that could not, by the index in the request. */
    private static final class Batch {
        private final List<RecordObservationRequest> readable = new ArrayList<>();
        private final List<Integer> indexOfItem = new ArrayList<>();
        private final Map<Integer, StatusRuntimeException> unreadable = new HashMap<>();
        private final int size;

        Batch(RecordObservationsRequest request) {
            size = request.getRequestsCount();
            for (int i = 0; i < size; i++) {
                RecordObservationRequest item = request.getRequests(i);
                try {
                    ObservationRequests.toNewEntity(item);
                    readable.add(item);
                    indexOfItem.add(i);
                } catch (StatusRuntimeException refusal) {
                    unreadable.put(i, refusal);
                }
            }
        }

        /** The readable items as new vintages, made anew for each attempt (a rolled-back write leaves its ids behind). */
        List<ObservationLog.Item> items() {
            return readable.stream().map(item -> new ObservationLog.Item(ObservationRequests.toNewEntity(item),
                    item.getObservation().getRegion())).toList();
        }

        boolean anyRefused(List<ObservationLog.Outcome> outcomes) {
            return !unreadable.isEmpty() || outcomes.stream().anyMatch(outcome -> outcome.refusal() != null);
        }

        /** Every item's result in the request's order, an unreadable item's among them. */
        RecordObservationsResponse response(List<ObservationLog.Outcome> outcomes) {
            RecordResult[] results = new RecordResult[size];
            unreadable.forEach((index, refusal) -> results[index] = refused(index, refusal));
            for (int i = 0; i < outcomes.size(); i++) {
                int index = indexOfItem.get(i);
                ObservationLog.Outcome outcome = outcomes.get(i);
                results[index] = outcome.refusal() != null ? refused(index, outcome.refusal())
                        : RecordResult.newBuilder().setIndex(index)
                                .setOutcome(outcome.recorded().alreadyRecorded()
                                        ? RecordOutcome.RECORD_OUTCOME_ALREADY_RECORDED
                                        : RecordOutcome.RECORD_OUTCOME_RECORDED)
                                .setObservation(ObservationMapper.toProto(outcome.recorded().observation())).build();
            }
            return RecordObservationsResponse.newBuilder().addAllResults(Arrays.asList(results)).build();
        }

        private static RecordResult refused(int index, StatusRuntimeException refusal) {
            return RecordResult.newBuilder().setIndex(index).setOutcome(RecordOutcome.RECORD_OUTCOME_REJECTED)
                    .addAllViolations(ItemViolations.of(refusal)).build();
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
