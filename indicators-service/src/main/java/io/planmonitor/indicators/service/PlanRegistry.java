package io.planmonitor.indicators.service;

import io.planmonitor.indicators.domain.PlanKind;
import io.planmonitor.indicators.mapping.PlanMapper;
import io.planmonitor.indicators.repository.PlanEntity;
import io.planmonitor.indicators.repository.PlanRepository;
import io.planmonitor.support.ApiErrors;
import io.planmonitor.support.Conditions;
import io.planmonitor.support.KeysetPages;
import io.planmonitor.support.Page;
import io.planmonitor.support.PageRequest;
import io.planmonitor.support.ResourceNames;
import io.planmonitor.support.VersionedWrites;
import io.planmonitor.support.audit.AuditTrail;
import io.planmonitor.support.auth.GrpcCall;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Set;
import java.util.function.Consumer;

/** The plan documents the system tracks. */
@ApplicationScoped
public class PlanRegistry {

    private final PlanRepository plans;
    private final RegionDirectory regions;
    private final AuditTrail audit;

    PlanRegistry(PlanRepository plans, RegionDirectory regions, AuditTrail audit) {
        this.audit = audit;
        this.plans = plans;
        this.regions = regions;
    }

    public PlanEntity get(String id) {
        PlanEntity plan = plans.findById(id);
        if (plan == null) {
            throw ApiErrors.notFound(ResourceNames.format(PlanMapper.COLLECTION, id));
        }
        return plan;
    }

    /**
     * Plans in id order: of {@code regionCodes}, of {@code kind}, whose period includes {@code year}; a null filter
     * matches any plan.
     */
    @Transactional
    public Page<PlanEntity> list(Set<String> regionCodes, PlanKind kind, Integer year, PageRequest request) {
        return KeysetPages.read(plans, request, "id", plan -> plan.id, new Conditions()
                .with("regionCode in :regions", "regions", regionCodes)
                .with("kind = :kind", "kind", kind)
                .with(":year between startYear and endYear", "year", year));
    }

    /** Applies {@code change} under a row lock; ABORTED when {@code etag} is given and stale. */
    public PlanEntity update(String id, String etag, Consumer<PlanEntity> change) {
        return QuarkusTransaction.requiringNew().call(() -> {
            PlanEntity plan = VersionedWrites.lockForWrite(plans, PlanEntity.class, id);
            if (plan == null) {
                throw ApiErrors.notFound(ResourceNames.format(PlanMapper.COLLECTION, id));
            }
            String current = Long.toString(plan.version);
            if (!etag.isEmpty() && !etag.equals(current)) {
                throw ApiErrors.staleEtag(ResourceNames.format(PlanMapper.COLLECTION, id), etag, current);
            }
            GrpcCall.caller().checkCanWrite(plan.regionCode);
            var before = PlanMapper.toProto(plan);
            change.accept(plan);
            VersionedWrites.moveVersion(plans, plan);
            plans.flush();
            audit.changed(ResourceNames.format(PlanMapper.COLLECTION, id), before, PlanMapper.toProto(plan));
            return plan;
        });
    }

    /** {@code regionName} and {@code parentName} are resource names as the client sent them. */
    @Transactional
    public PlanEntity create(PlanEntity plan, String regionName, String parentName) {
        if (plans.findById(plan.id) != null) {
            throw ApiErrors.alreadyExists(ResourceNames.format(PlanMapper.COLLECTION, plan.id));
        }
        plan.regionCode = regions.requireExisting(regionName, "plan.region");
        GrpcCall.caller().checkCanWrite(plan.regionCode);
        if (!parentName.isEmpty()) {
            String parentId = ResourceNames.parse(PlanMapper.COLLECTION, parentName, "plan.parent");
            if (plans.findById(parentId) == null) {
                throw ApiErrors.invalidArgument("plan.parent", parentName + " does not exist");
            }
            plan.parentId = parentId;
        }
        plans.persistAndFlush(plan);
        audit.created(ResourceNames.format(PlanMapper.COLLECTION, plan.id), PlanMapper.toProto(plan));
        return plan;
    }
}
