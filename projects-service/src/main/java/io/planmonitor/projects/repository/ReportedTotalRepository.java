package io.planmonitor.projects.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ReportedTotalRepository implements PanacheRepositoryBase<ReportedTotalEntity, String> {
}
