package io.planmonitor.indicators.service;

import io.grpc.StatusRuntimeException;
import io.planmonitor.indicators.domain.Comparator;
import io.planmonitor.indicators.domain.TargetForm;
import io.planmonitor.indicators.mapping.PlanMapper;
import io.planmonitor.indicators.mapping.TargetMapper;
import io.planmonitor.indicators.repository.IndicatorEntity;
import io.planmonitor.indicators.repository.IndicatorRepository;
import io.planmonitor.indicators.repository.PlanEntity;
import io.planmonitor.indicators.repository.TargetEntity;
import io.planmonitor.indicators.repository.TargetRepository;
import io.planmonitor.support.ApiErrors;
import io.planmonitor.support.Conditions;
import io.planmonitor.support.KeysetPages;
import io.planmonitor.support.Page;
import io.planmonitor.support.PageRequest;
import io.planmonitor.support.VersionedWrites;
import io.planmonitor.support.audit.AuditTrail;
import io.planmonitor.support.auth.GrpcCall;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/** The targets of plans: the rules that tie a target to its plan, indicator and region, and its concurrent edits. */
@ApplicationScoped
public class TargetBook {

    private final TargetRepository targets;
    private final PlanRegistry plans;
    private final IndicatorRepository indicators;
    private final RegionDirectory regions;
    private final AuditTrail audit;

    TargetBook(TargetRepository targets, PlanRegistry plans, IndicatorRepository indicators, RegionDirectory regions,
            AuditTrail audit) {
        this.audit = audit;
        this.targets = targets;
        this.plans = plans;
        this.indicators = indicators;
        this.regions = regions;
    }

    public TargetEntity get(String planId, String targetId) {
        TargetEntity target = targets.findById(planId + "/" + targetId);
        if (target == null) {
            throw ApiErrors.notFound(PlanMapper.COLLECTION + "/" + planId + "/targets/" + targetId);
        }
        return target;
    }

    /** One page of the targets {@code filter} keeps, in id order; NOT_FOUND when it names a plan that is not there. */
    @Transactional
    public Page<TargetEntity> list(TargetFilter filter, PageRequest request) {
        checkPlan(filter);
        return KeysetPages.read(targets, request, "id", target -> target.id, filter.conditions());
    }

    /** Every target {@code filter} keeps, for filters computed after reading (an evaluation's status). */
    @Transactional
    public List<TargetEntity> listAll(TargetFilter filter) {
        checkPlan(filter);
        Conditions conditions = filter.conditions();
        return targets.list(conditions.hql(), Sort.by("id"), conditions.parameters());
    }

    private void checkPlan(TargetFilter filter) {
        if (filter.planId() != null) {
            plans.get(filter.planId());
        }
    }

    /** {@code indicatorName} and {@code regionName} as the client sent them; an empty region means the plan's. */
    @Transactional
    public TargetEntity create(TargetEntity target, String indicatorName, String regionName) {
        prepare(target, indicatorName, regionName);
        targets.persistAndFlush(target);
        audit.created(TargetMapper.name(target), TargetMapper.toProto(target));
        return target;
    }

    /**
     * Creates a batch of targets of the plan {@code planId}. Every item is checked first; with {@code validateOnly}
     * nothing is written, with {@code allOrNothing} everything is written in one transaction or nothing when an item
     * was refused, otherwise each valid item is written in its own transaction. Ids twice in the batch are refused, and so are
     * items whose fields could not be read.
     */
    public BatchOutcome createAll(String planId, List<NewTarget> items, boolean validateOnly, boolean allOrNothing) {
        // A batch is one plan's table: a caller who may not write the plan is refused as a whole, not row by row.
        GrpcCall.caller().checkCanWrite(QuarkusTransaction.requiringNew().call(() -> plans.get(planId).regionCode));
        List<StatusRuntimeException> refusals = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (NewTarget item : items) {
            refusals.add(item.malformed() != null ? item.malformed() : check(item, ids));
        }
        boolean anyRefused = refusals.stream().anyMatch(Objects::nonNull);
        if (validateOnly || (allOrNothing && anyRefused)) {
            return new BatchOutcome(refusals, 0);
        }
        if (allOrNothing) {
            QuarkusTransaction.requiringNew().run(() -> items.forEach(item -> {
                prepare(item.target(), item.indicatorName(), item.regionName());
                targets.persistAndFlush(item.target());
                audit.created(TargetMapper.name(item.target()), TargetMapper.toProto(item.target()));
            }));
            return new BatchOutcome(refusals, items.size());
        }
        int written = 0;
        for (int i = 0; i < items.size(); i++) {
            if (refusals.get(i) == null) {
                NewTarget item = items.get(i);
                try {
                    QuarkusTransaction.requiringNew().run(() -> create(item.target(), item.indicatorName(),
                            item.regionName()));
                    written++;
                } catch (StatusRuntimeException e) {
                    refusals.set(i, e);
                }
            }
        }
        return new BatchOutcome(refusals, written);
    }

    /** Why a well-formed item is refused, or null; {@code ids} collects the batch's ids to refuse repeats. */
    private StatusRuntimeException check(NewTarget item, Set<String> ids) {
        if (!ids.add(item.target().targetId)) {
            return ApiErrors.invalidArgument("target_id", item.target().targetId + " is in the batch twice");
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> prepare(item.target(), item.indicatorName(), item.regionName()));
            return null;
        } catch (StatusRuntimeException e) {
            return e;
        }
    }

    /**
     * One item of a batch: the target's fields, its indicator and region names as the client sent them, and why its
     * fields could not be read (null when they could).
     */
    public record NewTarget(TargetEntity target, String indicatorName, String regionName,
            StatusRuntimeException malformed) {
    }

    /** Per item the refusal (null when accepted), and how many targets were written. */
    public record BatchOutcome(List<StatusRuntimeException> refusals, int written) {
    }

    /** Every check of a new target, and the fields derived from its plan; writes nothing. */
    private void prepare(TargetEntity target, String indicatorName, String regionName) {
        PlanEntity plan = plans.get(target.planId);
        target.id = target.planId + "/" + target.targetId;
        if (targets.findById(target.id) != null) {
            throw ApiErrors.alreadyExists(TargetMapper.name(target));
        }
        target.regionCode = regionName.isEmpty() ? plan.regionCode : regions.requireExisting(regionName, "target.region");
        target.indicatorId = IndicatorCatalogue.idOf(indicatorName, "target.indicator");
        checkCanWrite(target, plan);
        checkAgainstPlanAndCatalogue(target, plan);
    }

    /**
     * Applies {@code change} and re-checks the target, in one transaction. ABORTED for a stale {@code etag}, and for
     * the loser of two concurrent writers (the version column makes the write conditional).
     */
    public TargetEntity update(String planId, String targetId, String etag, Consumer<TargetEntity> change) {
        return abortedOnConflict(() -> QuarkusTransaction.requiringNew().call(() -> {
            TargetEntity target = lockForWrite(planId, targetId);
            requireCurrent(target, etag);
            PlanEntity plan = plans.get(planId);
            checkCanWrite(target, plan);
            var before = TargetMapper.toProto(target);
            change.accept(target);
            checkCanWrite(target, plan);
            checkAgainstPlanAndCatalogue(target, plan);
            VersionedWrites.moveVersion(targets, target);
            targets.flush();
            audit.changed(TargetMapper.name(target), before, TargetMapper.toProto(target));
            return target;
        }));
    }

    public void delete(String planId, String targetId, String etag) {
        abortedOnConflict(() -> QuarkusTransaction.requiringNew().call(() -> {
            TargetEntity target = lockForWrite(planId, targetId);
            requireCurrent(target, etag);
            checkCanWrite(target, plans.get(planId));
            var before = TargetMapper.toProto(target);
            targets.delete(target);
            targets.flush();
            audit.deleted(TargetMapper.name(target), before);
            return target;
        }));
    }

    /** A target is its plan's and its region's data: the caller must be allowed to write both. */
    private static void checkCanWrite(TargetEntity target, PlanEntity plan) {
        GrpcCall.caller().checkCanWrite(plan.regionCode);
        if (!target.regionCode.equals(plan.regionCode)) {
            GrpcCall.caller().checkCanWrite(target.regionCode);
        }
    }

    private TargetEntity lockForWrite(String planId, String targetId) {
        TargetEntity target = VersionedWrites.lockForWrite(targets, TargetEntity.class, planId + "/" + targetId);
        if (target == null) {
            throw ApiErrors.notFound(PlanMapper.COLLECTION + "/" + planId + "/targets/" + targetId);
        }
        return target;
    }

    private void checkAgainstPlanAndCatalogue(TargetEntity target, PlanEntity plan) {
        IndicatorEntity indicator = indicators.findById(target.indicatorId);
        if (indicator == null) {
            throw ApiErrors.invalidArgument("target.indicator", "indicators/" + target.indicatorId + " does not exist");
        }
        if (target.targetYear < target.baselineYear) {
            throw ApiErrors.invalidArgument("target.target_year", "is before baseline_year " + target.baselineYear);
        }
        if (target.targetYear < plan.startYear || target.targetYear > plan.endYear) {
            throw ApiErrors.invalidArgument("target.target_year", "is outside the plan period "
                    + plan.startYear + "–" + plan.endYear);
        }
        String expectedUnit = expectedUnit(target.form, indicator.unit);
        if (!expectedUnit.equals(target.unit)) {
            throw ApiErrors.invalidArgument("target.unit", "must be " + expectedUnit + " for a " + target.form
                    + " target of " + indicator.displayName + " (catalogue unit " + indicator.unit + ")");
        }
        if (target.comparator == null && target.targetValue != null) {
            throw ApiErrors.invalidArgument("target.comparator", "is required with a target_value");
        }
        if (target.comparator == Comparator.RANGE && target.upperBound == null) {
            throw ApiErrors.invalidArgument("target.upper_bound", "is required for COMPARATOR_RANGE");
        }
        if (target.upperBound != null && target.targetValue != null
                && target.upperBound.compareTo(target.targetValue) < 0) {
            throw ApiErrors.invalidArgument("target.upper_bound", "is below target_value " + target.targetValue);
        }
        if (target.parentTargetId != null) {
            checkShareOf(target, targets.findById(target.parentTargetId));
        }
    }

    /** A share (分解目标) measures what its parent does, for the same year, in a region under the parent's. */
    private void checkShareOf(TargetEntity share, TargetEntity parent) {
        String field = "target.parent_target";
        if (parent == null) {
            throw ApiErrors.invalidArgument(field, TargetMapper.nameOfId(share.parentTargetId) + " does not exist");
        }
        if (!parent.indicatorId.equals(share.indicatorId) || parent.targetYear != share.targetYear) {
            throw ApiErrors.invalidArgument(field, "must be a target of the same indicator (indicators/"
                    + share.indicatorId + ") and target year (" + share.targetYear + ")");
        }
        if (parent.regionCode.equals(share.regionCode)
                || !regions.withSubregions(parent.regionCode).contains(share.regionCode)) {
            throw ApiErrors.invalidArgument(field, "must be set for a region enclosing regions/" + share.regionCode
                    + ", not regions/" + parent.regionCode);
        }
    }

    /** Growth and change targets are in %, point changes in 个百分点, levels in the catalogue's unit. */
    private static String expectedUnit(TargetForm form, String indicatorUnit) {
        return switch (form) {
            case ANNUAL_GROWTH, AVERAGE_ANNUAL_GROWTH, CUMULATIVE_CHANGE -> "%";
            case PERCENTAGE_POINT_CHANGE -> "个百分点";
            case LEVEL, SHARE, RANK -> indicatorUnit;
        };
    }

    private static void requireCurrent(TargetEntity target, String etag) {
        String current = Long.toString(target.version);
        if (!etag.isEmpty() && !etag.equals(current)) {
            throw ApiErrors.staleEtag(TargetMapper.name(target), etag, current);
        }
    }

    private static <T> T abortedOnConflict(java.util.function.Supplier<T> write) {
        try {
            return write.get();
        } catch (OptimisticLockException e) {
            throw io.grpc.Status.ABORTED.withDescription("the target was changed by another writer; read it again")
                    .withCause(e).asRuntimeException();
        }
    }
}
