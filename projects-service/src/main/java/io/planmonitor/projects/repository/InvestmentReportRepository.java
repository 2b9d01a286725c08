package io.planmonitor.projects.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class InvestmentReportRepository implements PanacheRepositoryBase<InvestmentReportEntity, Long> {

    public Optional<InvestmentReportEntity> find(String projectId, int year, int month) {
        return find("projectId = ?1 and year = ?2 and month = ?3", projectId, year, month).firstResultOptional();
    }

    /** The latest report of the year up to and including {@code month}. */
    public Optional<InvestmentReportEntity> latestUpTo(String projectId, int year, int month) {
        return find("projectId = ?1 and year = ?2 and month <= ?3", Sort.descending("month"), projectId, year, month)
                .firstResultOptional();
    }

    /** The latest report of the year before {@code month}. */
    public Optional<InvestmentReportEntity> latestBefore(String projectId, int year, int month) {
        return latestUpTo(projectId, year, month - 1);
    }

    public List<InvestmentReportEntity> ofYear(String projectId, int year) {
        return list("projectId = ?1 and year = ?2", Sort.ascending("month"), projectId, year);
    }
}
