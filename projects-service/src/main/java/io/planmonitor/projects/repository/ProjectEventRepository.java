package io.planmonitor.projects.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ProjectEventRepository implements PanacheRepositoryBase<ProjectEventEntity, Long> {

    public Optional<ProjectEventEntity> latest(String projectId) {
        return find("projectId", Sort.descending("id"), projectId).firstResultOptional();
    }

    /** Up to {@code size + 1} events after {@code afterId} (keyset paging, oldest first). */
    public List<ProjectEventEntity> pageWithLookahead(String projectId, long afterId, int size) {
        return find("projectId = ?1 and id > ?2", Sort.ascending("id"), projectId, afterId).range(0, size).list();
    }
}
