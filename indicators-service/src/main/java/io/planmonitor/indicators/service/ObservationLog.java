package io.planmonitor.indicators.service;

import io.planmonitor.indicators.repository.IndicatorRepository;
import io.planmonitor.indicators.repository.ObservationEntity;
import io.planmonitor.indicators.repository.ObservationRepository;
import io.planmonitor.indicators.mapping.ObservationMapper;
import io.planmonitor.indicators.v1.Observation;
import io.planmonitor.support.ApiErrors;
import io.planmonitor.support.audit.AuditTrail;
import io.planmonitor.support.auth.GrpcCall;
import io.planmonitor.support.Page;
import io.planmonitor.support.PageRequest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Observed values with their vintages: a new value for a period is added beside the old one, which stays as history;
 * exactly one vintage per (indicator, region, period) is the latest.
 */
@ApplicationScoped
public class ObservationLog {

    private final ObservationRepository observations;
    private final IndicatorRepository indicators;
    private final RegionDirectory regions;
    private final AuditTrail audit;

    ObservationLog(ObservationRepository observations, IndicatorRepository indicators, RegionDirectory regions,
            AuditTrail audit) {
        this.audit = audit;
        this.observations = observations;
        this.indicators = indicators;
        this.regions = regions;
    }

    /** What recording did: wrote a new vintage, or found the same value from the same source already recorded. */
    public record Recorded(ObservationEntity observation, boolean alreadyRecorded) {
    }

    /** {@code regionName} as the client sent it. Runs in the caller's transaction, or its own. */
    @Transactional
    public Recorded record(ObservationEntity observation, String regionName) {
        if (indicators.findById(observation.indicatorId) == null) {
            throw ApiErrors.notFound("indicators/" + observation.indicatorId);
        }
        observation.regionCode = regions.requireExisting(regionName, "observation.region");
        GrpcCall.caller().checkCanWrite(observation.regionCode);
        // A report already among the period's vintages is not a new vintage, even when another source's figure came
        // after it: replaying a source (the seed dataset, a re-sent batch) must not make its figure current again.
        Optional<ObservationEntity> known = vintages(observation.indicatorId, observation.regionCode,
                observation.periodKey).stream().filter(vintage -> sameReport(vintage, observation)).findFirst();
        if (known.isPresent()) {
            return new Recorded(known.get(), true);
        }
        Optional<ObservationEntity> current = latest(observation.indicatorId, observation.regionCode,
                observation.periodKey);
        current.ifPresent(previous -> {
            previous.latest = false;
            // The old vintage must stop being latest before the new one is written: one latest per period.
            observations.flush();
        });
        observation.latest = true;
        observations.persistAndFlush(observation);
        Observation recorded = ObservationMapper.toProto(observation);
        audit.created(recorded.getName(), recorded);
        return new Recorded(observation, false);
    }

    /** What {@link #record} would do, in a transaction rolled back at once: nothing is written. */
    public Recorded check(ObservationEntity observation, String regionName) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                throw new RolledBack(record(observation, regionName));
            });
        } catch (RolledBack checked) {
            return checked.recorded;
        }
        throw new IllegalStateException("a check ended without its outcome");
    }

    /** Ends a check's transaction, which rolls it back, carrying what recording would have done. */
    private static final class RolledBack extends RuntimeException {
        private final transient Recorded recorded;

        RolledBack(Recorded recorded) {
            super(null, null, false, false);
            this.recorded = recorded;
        }
    }

    /** Current vintages (or all, oldest first) of an indicator, optionally in one region, in insertion order. */
    @Transactional
    public Page<ObservationEntity> list(String indicatorId, String regionCode, boolean includeHistory,
            PageRequest request) {
        if (indicators.findById(indicatorId) == null) {
            throw ApiErrors.notFound("indicators/" + indicatorId);
        }
        StringBuilder query = new StringBuilder("indicatorId = :indicator and id > :after");
        Parameters parameters = Parameters.with("indicator", indicatorId).and("after", afterId(request));
        if (regionCode != null) {
            query.append(" and regionCode = :region");
            parameters.and("region", regionCode);
        }
        if (!includeHistory) {
            query.append(" and latest = true");
        }
        List<ObservationEntity> rows = observations.find(query.toString(), Sort.by("id"), parameters)
                .range(0, request.size()).list();
        return Page.fromLookahead(rows, request, row -> row.id.toString(), 0);
    }

    /** The latest vintages of an indicator in a region, by period. */
    @Transactional
    public List<ObservationEntity> latestSeries(String indicatorId, String regionCode) {
        return observations.list("indicatorId = ?1 and regionCode = ?2 and latest = true",
                Sort.by("periodYear").and("periodKey"), indicatorId, regionCode);
    }

    private List<ObservationEntity> vintages(String indicatorId, String regionCode, String periodKey) {
        return observations.list("indicatorId = ?1 and regionCode = ?2 and periodKey = ?3", indicatorId, regionCode,
                periodKey);
    }

    private Optional<ObservationEntity> latest(String indicatorId, String regionCode, String periodKey) {
        return observations.find("indicatorId = ?1 and regionCode = ?2 and periodKey = ?3 and latest = true",
                indicatorId, regionCode, periodKey).firstResultOptional();
    }

    /** The same figure from the same source with the same status: recording it again changes nothing. */
    private static boolean sameReport(ObservationEntity current, ObservationEntity candidate) {
        return current.value.compareTo(candidate.value) == 0
                && current.source.equals(candidate.source)
                && current.status == candidate.status;
    }

    private static long afterId(PageRequest request) {
        if (request.afterId() == null) {
            return 0;
        }
        try {
            return Long.parseLong(request.afterId());
        } catch (NumberFormatException e) {
            throw ApiErrors.invalidArgument("page_token", "is not a token this method issued");
        }
    }
}
