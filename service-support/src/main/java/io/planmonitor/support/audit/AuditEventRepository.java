package io.planmonitor.support.audit;

import io.planmonitor.support.RequestFields;

import io.planmonitor.support.Page;
import io.planmonitor.support.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The audit trail's table, read newest first. */
@ApplicationScoped
public class AuditEventRepository implements PanacheRepositoryBase<AuditEventEntity, Long> {

    /** One page of the events, newest first, of one resource and/or one actor when they are given. */
    @Transactional
    public Page<AuditEventEntity> list(String resource, String actor, PageRequest request) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        String resourceFilter = RequestFields.optional(resource, "resource", 500);
        String actorFilter = RequestFields.optional(actor, "actor", 200);
        if (resourceFilter != null) {
            conditions.add("resource = :resource");
            parameters.put("resource", resourceFilter);
        }
        if (actorFilter != null) {
            conditions.add("actor = :actor");
            parameters.put("actor", actorFilter);
        }
        String filter = String.join(" and ", conditions);
        long total = filter.isEmpty() ? count() : count(filter, parameters);
        if (request.afterId() != null) {
            conditions.add("id < :before");
            parameters.put("before", request.afterNumber());
        }
        String condition = String.join(" and ", conditions);
        Sort newestFirst = Sort.descending("id");
        List<AuditEventEntity> rows = (condition.isEmpty() ? findAll(newestFirst)
                : find(condition, newestFirst, parameters)).range(0, request.size()).list();
        return Page.fromLookahead(rows, request, event -> event.id.toString(), total);
    }
}
