package io.planmonitor.projects.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** Every project's latest reported month, by project id. */
    public Map<String, YearMonth> latestMonths() {
        Map<String, YearMonth> latest = new HashMap<>();
        getEntityManager().createQuery("select r.projectId, max(r.year * 100 + r.month) from InvestmentReportEntity r "
                + "group by r.projectId", Object[].class).getResultList()
                .forEach(row -> {
                    int yearMonth = (Integer) row[1];
                    latest.put((String) row[0], YearMonth.of(yearMonth / 100, yearMonth % 100));
                });
        return latest;
    }
}
