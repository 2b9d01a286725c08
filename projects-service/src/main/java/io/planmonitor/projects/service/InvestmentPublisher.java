package io.planmonitor.projects.service;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.planmonitor.common.v1.Decimal;
import io.planmonitor.indicators.v1.CreateIndicatorRequest;
import io.planmonitor.indicators.v1.Direction;
import io.planmonitor.indicators.v1.GetIndicatorRequest;
import io.planmonitor.indicators.v1.Indicator;
import io.planmonitor.indicators.v1.IndicatorServiceGrpc;
import io.planmonitor.indicators.v1.Observation;
import io.planmonitor.indicators.v1.ObservationStatus;
import io.planmonitor.indicators.v1.Period;
import io.planmonitor.indicators.v1.PeriodKind;
import io.planmonitor.indicators.v1.RecordObservationRequest;
import io.planmonitor.indicators.v1.RecordObservationsRequest;
import io.planmonitor.indicators.v1.RecordOutcome;
import io.planmonitor.indicators.v1.RecordResult;
import io.planmonitor.projects.repository.InvestmentOutboxEntity;
import io.planmonitor.projects.repository.InvestmentOutboxRepository;
import io.planmonitor.support.DatabaseTime;
import io.planmonitor.support.Decimals;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.grpc.RegisterClientInterceptor;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The outbox relay: delivers the regional monthly totals of key-project completed investment to indicators-service
 * as observations of one catalogue indicator. Rows stay pending until indicators-service has them, so nothing is lost
 * while it is down; a repeat delivery of the same value is recorded once there (RecordObservations is idempotent),
 * so nothing is doubled.
 */
@ApplicationScoped
public class InvestmentPublisher {

    public static final String INDICATOR_ID = "key-project-completed-investment";
    static final String INDICATOR = "indicators/" + INDICATOR_ID;
    static final String SOURCE = "projects-service 重点项目月度完成投资";
    private static final Logger LOG = Logger.getLogger(InvestmentPublisher.class);
    private static final int BATCH = 200;
    /** A row indicators-service refused this often is left aside (a dead letter, kept for inspection). */
    static final int MAX_REFUSALS = 5;

    @GrpcClient("indicators")
    @RegisterClientInterceptor(ServiceToken.class)
    IndicatorServiceGrpc.IndicatorServiceBlockingStub indicators;

    @ConfigProperty(name = "planmonitor.indicators.deadline")
    Duration deadline;

    private final InvestmentOutboxRepository outbox;
    private volatile boolean indicatorKnown;

    InvestmentPublisher(InvestmentOutboxRepository outbox) {
        this.outbox = outbox;
    }

    @Scheduled(every = "${planmonitor.outbox.interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void publishPending() {
        try {
            while (deliverOneBatch() == BATCH) {
                // a full batch was delivered: more may be waiting
            }
        } catch (StatusRuntimeException e) {
            LOG.debugf("indicators-service not reachable, outbox kept for later: %s", e.getStatus());
        }
    }

    /** Delivers up to one batch in one transaction (rows locked meanwhile); returns how many were delivered. */
    int deliverOneBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<InvestmentOutboxEntity> pending = outbox.lockPending(BATCH, MAX_REFUSALS);
            if (pending.isEmpty()) {
                return 0;
            }
            ensureIndicator();
            RecordObservationsRequest.Builder request = RecordObservationsRequest.newBuilder();
            pending.forEach(row -> request.addRequests(observation(row)));
            List<RecordResult> results;
            try {
                results = stub().recordObservations(request.build()).getResultsList();
            } catch (StatusRuntimeException e) {
                // Not a refusal: the rows wait, however long indicators-service is away.
                pending.forEach(row -> row.recordError(String.valueOf(e.getStatus())));
                return 0;
            }
            int delivered = 0;
            for (RecordResult result : results) {
                InvestmentOutboxEntity row = pending.get(result.getIndex());
                if (result.getOutcome() == RecordOutcome.RECORD_OUTCOME_REJECTED) {
                    row.attempts++;
                    row.recordError(result.getViolationsList().toString());
                    LOG.warnf("indicators-service refused outbox row %d: %s", row.id, row.lastError);
                } else {
                    row.deliveredTime = DatabaseTime.now();
                    row.recordError(null);
                    delivered++;
                }
            }
            return delivered;
        });
    }

    /** The catalogue entry the totals are observations of, created on first use. */
    private void ensureIndicator() {
        if (indicatorKnown) {
            return;
        }
        try {
            stub().getIndicator(GetIndicatorRequest.newBuilder().setName(INDICATOR).build());
        } catch (StatusRuntimeException e) {
            if (e.getStatus().getCode() != Status.Code.NOT_FOUND) {
                throw e;
            }
            try {
                stub().createIndicator(CreateIndicatorRequest.newBuilder().setIndicatorId(INDICATOR_ID)
                        .setIndicator(Indicator.newBuilder().setDisplayName("重点项目完成投资")
                                .setEnglishName("Completed investment of key projects").setUnit("元")
                                .setCategory("项目建设").setDirection(Direction.DIRECTION_HIGHER_IS_BETTER))
                        .build());
            } catch (StatusRuntimeException raced) {
                if (raced.getStatus().getCode() != Status.Code.ALREADY_EXISTS) {
                    throw raced;
                }
            }
        }
        indicatorKnown = true;
    }

    private static RecordObservationRequest observation(InvestmentOutboxEntity row) {
        return RecordObservationRequest.newBuilder()
                .setParent(INDICATOR)
                .setObservation(Observation.newBuilder()
                        .setRegion("regions/" + row.regionCode)
                        .setPeriod(Period.newBuilder().setKind(PeriodKind.PERIOD_KIND_MONTH)
                                .setYear(row.year).setMonth(row.month))
                        .setValue(Decimal.newBuilder().setValue(Decimals.format(row.amount)))
                        .setStatus(ObservationStatus.OBSERVATION_STATUS_PRELIMINARY)
                        .setSource(SOURCE)
                        .setQuote("1-" + row.month + "月累计, 各重点项目月报合计"))
                .build();
    }

    private IndicatorServiceGrpc.IndicatorServiceBlockingStub stub() {
        return indicators.withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS);
    }
}
