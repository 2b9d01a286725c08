package io.planmonitor.support;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/**
 * The read-check-write of an update guarded by an etag. The row is locked when read, so concurrent writers holding
 * the same etag queue up: the first writes and moves the version, the others then see a stale etag (ABORTED).
 * The version moves on every write, also when only a collection (aliases, links) changed.
 */
public final class VersionedWrites {

    private VersionedWrites() {
    }

    /**
     * The row, locked until the transaction ends; null when there is none. Call inside a transaction, before anything
     * else reads the entity there. The row is locked by a query of its id alone and then read: find(id,
     * PESSIMISTIC_WRITE) locks an entity's collections in a follow-on action that, in Hibernate 7, failed with a
     * ConcurrentModificationException under concurrent writers.
     */
    public static <E, K> E lockForWrite(PanacheRepositoryBase<E, K> repository, Class<E> type, K id) {
        EntityManager entityManager = repository.getEntityManager();
        String entity = entityManager.getMetamodel().entity(type).getName();
        boolean exists = !entityManager.createQuery("select e.id from " + entity + " e where e.id = :id")
                .setParameter("id", id).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList().isEmpty();
        return exists ? repository.findById(id) : null;
    }

    /** Moves the version of a row read with lockForWrite, whatever changed. */
    public static void moveVersion(PanacheRepositoryBase<?, ?> repository, Object entity) {
        repository.getEntityManager().lock(entity, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }
}
