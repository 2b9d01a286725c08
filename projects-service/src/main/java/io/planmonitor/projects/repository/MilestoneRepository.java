package io.planmonitor.projects.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;

@ApplicationScoped
public class MilestoneRepository implements PanacheRepositoryBase<MilestoneEntity, Long> {

    public List<MilestoneEntity> ofProject(String projectId) {
        return list("projectId", Sort.ascending("dueDate", "id"), projectId);
    }

    /** Milestones due before {@code date} and not reached. */
    public List<MilestoneEntity> overdueOn(LocalDate date) {
        return list("dueDate < ?1 and actualDate is null", Sort.ascending("projectId", "dueDate"), date);
    }
}
