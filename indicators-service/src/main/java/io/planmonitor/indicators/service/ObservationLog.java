package io.planmonitor.indicators.service;

import io.grpc.StatusRuntimeException;
import io.planmonitor.indicators.domain.ObservationStatus;
import io.planmonitor.indicators.domain.PeriodKind;
import io.planmonitor.indicators.repository.IndicatorEntity;
import io.planmonitor.indicators.repository.IndicatorRepository;
import io.planmonitor.indicators.repository.RegionEntity;
import io.planmonitor.indicators.repository.ObservationEntity;
import io.planmonitor.indicators.repository.ObservationRepository;
import io.planmonitor.indicators.mapping.ObservationMapper;
import io.planmonitor.indicators.v1.Observation;
import io.planmonitor.support.ApiErrors;
import io.planmonitor.support.audit.AuditTrail;
import io.planmonitor.support.auth.Caller;
import io.planmonitor.support.auth.GrpcCall;
import io.planmonitor.support.Page;
import io.planmonitor.support.PageRequest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.jpa.AvailableHints;

/**
 * Observed values with their vintages: a new value for a period is added beside the old one, which stays as history;
 * exactly one vintage per (indicator, region, period) is the latest.
 */
@ApplicationScoped
public class ObservationLog {

    private final ObservationRepository observations;
    private final IndicatorRepository indicators;
    private final AuditTrail audit;

    ObservationLog(ObservationRepository observations, IndicatorRepository indicators, AuditTrail audit) {
        this.audit = audit;
        this.observations = observations;
        this.indicators = indicators;
    }

    /** What recording did: wrote a new vintage, or found the same value from the same source already recorded. */
    public record Recorded(ObservationEntity observation, boolean alreadyRecorded) {
    }

    /** One item of a batch: a new vintage as the request gave it, and its region name as the client sent it. */
    public record Item(ObservationEntity observation, String regionName) {
    }

    /** What became of an item: recorded (or found already recorded), or refused, with the reason. */
    public record Outcome(Recorded recorded, StatusRuntimeException refusal) {

        static Outcome refused(StatusRuntimeException refusal) {
            return new Outcome(null, refusal);
        }
    }

    /** {@code regionName} as the client sent it. Runs in the caller's transaction, or its own. */
    @Transactional
    public Recorded record(ObservationEntity observation, String regionName) {
        Outcome outcome = recordAll(List.of(new Item(observation, regionName))).get(0);
        if (outcome.refusal() != null) {
            throw outcome.refusal();
        }
        return outcome.recorded();
    }

    /**
     * Records every item, in order, in the caller's transaction (or its own), with a few statements for the whole
     * batch rather than a few per item: the indicators, regions and vintages the batch touches are read at once, and
     * the new vintages written together. An item refused (unknown indicator or region, outside the caller's regions)
     * writes nothing and leaves the transaction usable for the rest. Items of one period see each other as vintages.
     */
    @Transactional
    public List<Outcome> recordAll(List<Item> items) {
        Set<String> knownIndicators = existing(IndicatorEntity.class, "id",
                items.stream().map(item -> item.observation().indicatorId).collect(Collectors.toSet()));
        List<Outcome> outcomes = new ArrayList<>(Collections.nCopies(items.size(), null));
        List<Integer> admitted = new ArrayList<>();
        Caller caller = GrpcCall.caller();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            try {
                ObservationEntity observation = items.get(i).observation();
                observation.regionCode = RegionDirectory.code(items.get(i).regionName(), "observation.region");
                codes.add(observation.regionCode);
                admitted.add(i);
            } catch (StatusRuntimeException refusal) {
                outcomes.set(i, Outcome.refused(refusal));
            }
        }
        Set<String> knownRegions = existing(RegionEntity.class, "code", codes);
        Map<String, List<ObservationEntity>> vintages = vintagesOf(admitted.stream()
                .map(i -> items.get(i).observation()).toList());
        List<ObservationEntity> created = new ArrayList<>();
        List<Long> superseded = new ArrayList<>();
        for (int i : admitted) {
            StatusRuntimeException refusal = refusal(items.get(i), knownIndicators, knownRegions, caller);
            ObservationEntity observation = items.get(i).observation();
            outcomes.set(i, refusal != null ? Outcome.refused(refusal) : new Outcome(addVintage(
                    vintages.computeIfAbsent(key(observation), key -> new ArrayList<>()), observation, superseded,
                    created), null));
        }
        write(superseded, created);
        return outcomes;
    }

    /** Why an item may not be recorded, or null when it may. */
    private static StatusRuntimeException refusal(Item item, Set<String> knownIndicators, Set<String> knownRegions,
            Caller caller) {
        try {
            if (!knownIndicators.contains(item.observation().indicatorId)) {
                throw ApiErrors.notFound("indicators/" + item.observation().indicatorId);
            }
            if (!knownRegions.contains(item.observation().regionCode)) {
                throw ApiErrors.invalidArgument("observation.region", item.regionName() + " does not exist");
            }
            caller.checkCanWrite(item.observation().regionCode);
            return null;
        } catch (StatusRuntimeException refusal) {
            return refusal;
        }
    }

    /**
     * {@code observation} among its period's vintages: the one already there when it is the same report (replaying a
     * source, a seed dataset or a re-sent batch, must not make its figure current again, even after another source's),
     * or a new latest vintage, the one before it no longer latest (its id, when it has a row, in {@code superseded});
     * a secondary compilation's vintage becomes latest only while the period has no official one as final as it.
     */
    private static Recorded addVintage(List<ObservationEntity> period, ObservationEntity observation,
            List<Long> superseded, List<ObservationEntity> created) {
        Optional<ObservationEntity> known = period.stream().filter(vintage -> sameReport(vintage, observation))
                .findFirst();
        if (known.isPresent()) {
            return new Recorded(known.get(), true);
        }
        // A compilation's figure is kept as history but does not displace the authority's of the same finality
        // (it may displace an official preliminary estimate: it transcribes the final figure that awaited).
        observation.latest = !observation.secondary || period.stream().noneMatch(vintage -> !vintage.secondary
                && finality(vintage) >= finality(observation));
        if (observation.latest) {
            period.stream().filter(vintage -> vintage.latest).forEach(previous -> {
                previous.latest = false;
                if (previous.id != null) {
                    superseded.add(previous.id);
                }
            });
        }
        period.add(observation);
        created.add(observation);
        return new Recorded(observation, false);
    }

    /** The old vintages stop being latest before the new ones are written: one latest per period, an index says so. */
    private void write(List<Long> superseded, List<ObservationEntity> created) {
        if (!superseded.isEmpty()) {
            observations.update("latest = false where id in ?1", superseded);
        }
        // Persisting hands out the ids; the rows are inserted together when the transaction flushes.
        observations.persist(created.stream());
        created.forEach(observation -> {
            Observation recorded = ObservationMapper.toProto(observation);
            audit.created(recorded.getName(), recorded);
        });
    }

    /** The ids among {@code ids} that {@code entity} has a row of, in one query. */
    private Set<String> existing(Class<?> entity, String idField, Set<String> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(observations.getEntityManager().createQuery("select e." + idField + " from "
                + entity.getSimpleName() + " e where e." + idField + " in :ids", String.class)
                .setParameter("ids", ids).getResultList());
    }

    /**
     * Every vintage of the observations' periods, oldest first, by period, in one query: rows whose indicator, region
     * and period are each among the batch's are read, and those of other combinations left out. Read-only: a vintage
     * that stops being latest is changed by one update of them all.
     */
    private Map<String, List<ObservationEntity>> vintagesOf(List<ObservationEntity> batch) {
        Map<String, List<ObservationEntity>> byPeriod = new HashMap<>();
        if (batch.isEmpty()) {
            return byPeriod;
        }
        Set<String> wanted = batch.stream().map(ObservationLog::key).collect(Collectors.toSet());
        observations.find("indicatorId in ?1 and regionCode in ?2 and periodKey in ?3", Sort.by("id"),
                        batch.stream().map(o -> o.indicatorId).collect(Collectors.toSet()),
                        batch.stream().map(o -> o.regionCode).collect(Collectors.toSet()),
                        batch.stream().map(o -> o.periodKey).collect(Collectors.toSet()))
                .withHint(AvailableHints.HINT_READ_ONLY, true)
                .stream().filter(vintage -> wanted.contains(key(vintage)))
                .forEach(vintage -> byPeriod.computeIfAbsent(key(vintage), key -> new ArrayList<>()).add(vintage));
        return byPeriod;
    }

    private static String key(ObservationEntity observation) {
        return observation.indicatorId + "|" + observation.regionCode + "|" + observation.periodKey;
    }

    /** What {@link #recordAll} would do, in a transaction rolled back at once: nothing is written. */
    public List<Outcome> checkAll(List<Item> items) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                throw new RolledBack(recordAll(items));
            });
        } catch (RolledBack checked) {
            return checked.outcomes;
        }
        throw new IllegalStateException("a check ended without its outcome");
    }

    /** Ends a check's transaction, which rolls it back, carrying what recording would have done. */
    private static final class RolledBack extends RuntimeException {
        private final transient List<Outcome> outcomes;

        RolledBack(List<Outcome> outcomes) {
            super(null, null, false, false);
            this.outcomes = outcomes;
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

    /**
     * The current yearly values of every pair of these indicators and regions, oldest year first, by
     * "indicator|region": one query for a list of targets instead of one per target.
     */
    public Map<String, List<ObservationEntity>> latestYearly(Collection<String> indicatorIds,
            Collection<String> regionCodes) {
        if (indicatorIds.isEmpty() || regionCodes.isEmpty()) {
            return Map.of();
        }
        return observations.list("indicatorId in ?1 and regionCode in ?2 and latest = true and periodKind = ?3",
                        Sort.by("periodYear").and("periodKey"), indicatorIds, regionCodes, PeriodKind.YEAR).stream()
                .collect(Collectors.groupingBy(o -> o.indicatorId + "|" + o.regionCode));
    }

    /** The same figure from the same source with the same status: recording it again changes nothing. */
    /** 1 for a final or revised figure, 0 for a preliminary or estimated one. */
    private static int finality(ObservationEntity observation) {
        return observation.status == ObservationStatus.FINAL || observation.status == ObservationStatus.REVISED ? 1 : 0;
    }

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
