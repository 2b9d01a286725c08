package io.planmonitor.support;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads one page of a table keyed by a string, in key order (keyset paging: a page token holds the last key seen,
 * so pages stay stable while rows are added, and no page costs an OFFSET scan).
 */
public final class KeysetPages {

    private KeysetPages() {
    }

    /** All rows, keyed by a property named {@code id}. Call inside a transaction. */
    public static <E> Page<E> read(PanacheRepositoryBase<E, String> repository, PageRequest request,
            Function<E, String> id) {
        return read(repository, request, "id", id, null, Map.of());
    }

    /** The rows matching {@code conditions} (all when none was given), keyed by {@code keyProperty}. */
    public static <E> Page<E> read(PanacheRepositoryBase<E, ?> repository, PageRequest request, String keyProperty,
            Function<E, String> key, Conditions conditions) {
        return read(repository, request, keyProperty, key, conditions.hql(), conditions.parameters());
    }

    /**
     * The rows matching {@code filter} (an HQL condition with named parameters, or null for all), keyed by
     * {@code keyProperty}. Call inside a transaction.
     */
    public static <E> Page<E> read(PanacheRepositoryBase<E, ?> repository, PageRequest request, String keyProperty,
            Function<E, String> key, String filter, Map<String, Object> parameters) {
        Map<String, Object> allParameters = new HashMap<>(parameters);
        String condition = filter == null ? "" : filter;
        if (request.afterId() != null) {
            condition = (condition.isEmpty() ? "" : condition + " and ") + keyProperty + " > :after";
            allParameters.put("after", request.afterId());
        }
        PanacheQuery<E> query = condition.isEmpty()
                ? repository.findAll(Sort.by(keyProperty))
                : repository.find(condition, Sort.by(keyProperty), allParameters);
        // range() is inclusive at both ends: this reads one row more than the page, to learn whether another follows.
        List<E> rows = query.range(0, request.size()).list();
        long total = filter == null ? repository.count() : repository.count(filter, parameters);
        return Page.fromLookahead(rows, request, key, total);
    }
}
