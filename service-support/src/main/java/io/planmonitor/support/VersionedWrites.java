package io.planmonitor.support;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.persistence.LockModeType;

/**
 * The read-check-write of an update guarded by an etag. The row is locked when read, so concurrent writers holding
 * the same etag queue up: the first writes and moves the version, the others then see a stale etag (ABORTED).
 * The version moves on every write, also when only a collection (aliases, links) changed.
 */
public final class VersionedWrites {

    private VersionedWrites() {
    }

    /** The row, locked until the transaction ends; null when there is none. Call inside a transaction. */
    public static <E, K> E lockForWrite(PanacheRepositoryBase<E, K> repository, K id) {
        // Not find(id, PESSIMISTIC_WRITE): for an entity with collections Hibernate 7 locks them in a follow-on
        // action that, under concurrent writers, failed with a ConcurrentModificationException. Locking the row
        // after the read and reading it again under the lock gives the same guarantee.
        E entity = repository.findById(id);
        if (entity == null) {
            return null;
        }
        var entityManager = repository.getEntityManager();
        entityManager.lock(entity, LockModeType.PESSIMISTIC_WRITE);
        entityManager.refresh(entity);
        return entity;
    }

    /** Moves the version of a row read with lockForWrite, whatever changed. */
    public static void moveVersion(PanacheRepositoryBase<?, ?> repository, Object entity) {
        repository.getEntityManager().lock(entity, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }
}
