package io.planmonitor.support;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import java.util.List;
import java.util.function.Function;

/**
 * Reads one page of a table keyed by a string id, in id order (keyset paging: a page token holds the last id seen,
 * so pages stay stable while rows are added, and no page costs an OFFSET scan).
 */
public final class KeysetPages {

    private KeysetPages() {
    }

    /** Call inside a transaction. The entity's id property must be named {@code id}. */
    public static <E> Page<E> read(PanacheRepositoryBase<E, String> repository, PageRequest request,
            Function<E, String> id) {
        PanacheQuery<E> query = request.afterId() == null
                ? repository.findAll(Sort.by("id"))
                : repository.find("id > ?1", Sort.by("id"), request.afterId());
        // range() is inclusive at both ends: this reads one row more than the page, to learn whether another follows.
        List<E> rows = query.range(0, request.size()).list();
        return Page.fromLookahead(rows, request, id, repository.count());
    }
}
