package io.planmonitor.indicators.service;

import io.planmonitor.indicators.mapping.IndicatorMapper;
import io.planmonitor.indicators.repository.IndicatorEntity;
import io.planmonitor.indicators.repository.IndicatorRepository;
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
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.util.function.Consumer;

/** The indicator catalogue's rules and transactions. */
@ApplicationScoped
public class IndicatorCatalogue {

    private final IndicatorRepository indicators;
    private final AuditTrail audit;

    IndicatorCatalogue(IndicatorRepository indicators, AuditTrail audit) {
        this.audit = audit;
        this.indicators = indicators;
    }

    /** The id in "indicators/{id}"; INVALID_ARGUMENT on {@code field} for another shape. */
    public static String idOf(String name, String field) {
        return ResourceNames.parse(IndicatorMapper.COLLECTION, name, field);
    }

    public IndicatorEntity get(String id) {
        IndicatorEntity indicator = indicators.findById(id);
        if (indicator == null) {
            throw ApiErrors.notFound(ResourceNames.format(IndicatorMapper.COLLECTION, id));
        }
        return indicator;
    }

    /** All indicators, or the one a wording (display name or alias) names, or those of a category (null: any). */
    @Transactional
    public Page<IndicatorEntity> list(String wording, String category, PageRequest request) {
        return KeysetPages.read(indicators, request, "id", indicator -> indicator.id, new Conditions()
                .with("(displayName = :wording or :wording member of aliases)", "wording", wording)
                .with("category = :category", "category", category));
    }

    @Transactional
    public IndicatorEntity create(IndicatorEntity indicator) {
        if (indicators.findById(indicator.id) != null) {
            throw ApiErrors.alreadyExists(ResourceNames.format(IndicatorMapper.COLLECTION, indicator.id));
        }
        failIfAliasTaken(indicator);
        failIfCodeTaken(indicator);
        indicators.persistAndFlush(indicator);
        // Any editor may add an entry: a new indicator changes nobody's data. Changing one is the admin's.
        audit.created(ResourceNames.format(IndicatorMapper.COLLECTION, indicator.id), IndicatorMapper.toProto(indicator));
        return indicator;
    }

    /** Applies {@code change} in one transaction; ABORTED for a stale etag or a concurrent writer. */
    public IndicatorEntity update(String id, String etag, Consumer<IndicatorEntity> change) {
        GrpcCall.caller().checkAdmin("change the shared indicator catalogue");
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                IndicatorEntity indicator = VersionedWrites.lockForWrite(indicators, IndicatorEntity.class, id);
                if (indicator == null) {
                    throw ApiErrors.notFound(ResourceNames.format(IndicatorMapper.COLLECTION, id));
                }
                String current = Long.toString(indicator.version);
                if (!etag.isEmpty() && !etag.equals(current)) {
                    throw ApiErrors.staleEtag(ResourceNames.format(IndicatorMapper.COLLECTION, id), etag, current);
                }
                var before = IndicatorMapper.toProto(indicator);
                change.accept(indicator);
                failIfAliasTaken(indicator);
                failIfCodeTaken(indicator);
                VersionedWrites.moveVersion(indicators, indicator);
                indicators.flush();
                audit.changed(ResourceNames.format(IndicatorMapper.COLLECTION, id), before, IndicatorMapper.toProto(indicator));
                return indicator;
            });
        } catch (OptimisticLockException e) {
            throw io.grpc.Status.ABORTED.withDescription(ResourceNames.format(IndicatorMapper.COLLECTION, id)
                    + " was changed by another writer; read it again").withCause(e).asRuntimeException();
        }
    }

    /** A catalogue code names one indicator. Checked without flushing the changed row first. */
    private void failIfCodeTaken(IndicatorEntity indicator) {
        if (indicator.code == null) {
            return;
        }
        boolean taken = !indicators.getEntityManager().createQuery(
                        "select i.id from IndicatorEntity i where i.code = :code and i.id <> :id", String.class)
                .setParameter("code", indicator.code).setParameter("id", indicator.id)
                .setFlushMode(jakarta.persistence.FlushModeType.COMMIT)
                .getResultList().isEmpty();
        if (taken) {
            throw ApiErrors.alreadyExists("an indicator with code " + indicator.code);
        }
    }

    /** One wording names one indicator. Checked before flushing, with the changed row not yet written. */
    private void failIfAliasTaken(IndicatorEntity indicator) {
        for (int i = 0; i < indicator.aliases.size(); i++) {
            String alias = indicator.aliases.get(i);
            IndicatorEntity owner = indicators.getEntityManager().createQuery(
                            "select i from IndicatorEntity i where :alias member of i.aliases and i.id <> :id",
                            IndicatorEntity.class)
                    .setParameter("alias", alias).setParameter("id", indicator.id)
                    .setFlushMode(jakarta.persistence.FlushModeType.COMMIT)
                    .getResultStream().findFirst().orElse(null);
            if (owner != null) {
                throw ApiErrors.invalidArgument("indicator.aliases[" + i + "]",
                        alias + " already names " + ResourceNames.format(IndicatorMapper.COLLECTION, owner.id));
            }
        }
    }
}
