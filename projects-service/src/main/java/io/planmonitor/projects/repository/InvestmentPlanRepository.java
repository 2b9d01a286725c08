package io.planmonitor.projects.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class InvestmentPlanRepository implements PanacheRepositoryBase<InvestmentPlanEntity, Long> {

    public Optional<InvestmentPlanEntity> find(String projectId, int year) {
        return find("projectId = ?1 and year = ?2", projectId, year).firstResultOptional();
    }
}
