package io.planmonitor.projects.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;

/** Registry figures grouped by one dimension, computed in one SQL statement. */
@ApplicationScoped
public class ProjectSummaries {

    /** Grouping columns by dimension; fixed strings, never client input, so they may be spliced into the SQL. */
    public enum Dimension {
        REGION("region_code"),
        SECTOR("sector"),
        LEVEL("level"),
        STAGE("stage");

        private final String column;

        Dimension(String column) {
            this.column = column;
        }
    }

    private final EntityManager entityManager;

    ProjectSummaries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Counts, total investment, the investment completed in {@code year} (each project's latest report of the year, or
     * up to {@code month} when it is not 0)
     * and the year's investment plans, per group, of the projects {@code filter} keeps. Amounts in currencies other
     * than CNY are left out of the sums.
     */
    @Transactional
    public List<ProjectGroupView> summarize(Dimension dimension, int year, int month, ProjectFilter filter) {
        String sql = """
                WITH latest AS (
                    SELECT DISTINCT ON (project_id) project_id, amount
                    FROM investment_report
                    WHERE year = :year AND currency = 'CNY' AND (:month = 0 OR month <= :month)
                    ORDER BY project_id, month DESC),
                planned AS (
                    SELECT project_id, amount FROM investment_plan WHERE year = :year AND currency = 'CNY')
                SELECT COALESCE(p.%1$s, ''), COUNT(*),
                       COALESCE(SUM(p.total_investment_amount)
                                FILTER (WHERE p.total_investment_currency = 'CNY'), 0),
                       COALESCE(SUM(l.amount), 0),
                       COALESCE(SUM(pl.amount), 0),
                       COALESCE(SUM(l.amount) FILTER (WHERE pl.amount IS NOT NULL), 0)
                FROM project p LEFT JOIN latest l ON l.project_id = p.id
                               LEFT JOIN planned pl ON pl.project_id = p.id
                WHERE (CAST(:anyRegion AS BOOLEAN) OR p.region_code IN (:regions))
                  AND (CAST(:plan AS VARCHAR) IS NULL OR p.plan_name = :plan)
                  AND (CAST(:sector AS VARCHAR) IS NULL OR p.sector = :sector)
                  AND (CAST(:level AS VARCHAR) IS NULL OR p.level = :level)
                  AND (CAST(:stage AS VARCHAR) IS NULL OR p.stage = :stage)
                GROUP BY COALESCE(p.%1$s, '')
                ORDER BY 1
                """.formatted(dimension.column);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(sql)
                .setParameter("year", year)
                .setParameter("month", month)
                .setParameter("anyRegion", filter.regionCodes() == null)
                // IN needs a list even when it is not asked: the empty code matches no project.
                .setParameter("regions", filter.regionCodes() == null ? List.of("") : List.copyOf(filter.regionCodes()))
                .setParameter("plan", filter.plan())
                .setParameter("sector", filter.sector())
                .setParameter("level", filter.level() == null ? null : filter.level().name())
                .setParameter("stage", filter.stage() == null ? null : filter.stage().name())
                .getResultList();
        return rows.stream().map(row -> new ProjectGroupView(
                ((String) row[0]).strip(),
                ((Number) row[1]).intValue(),
                ((BigDecimal) row[2]).setScale(2),
                ((BigDecimal) row[3]).setScale(2),
                ((BigDecimal) row[4]).setScale(2),
                ((BigDecimal) row[5]).setScale(2))).toList();
    }
}
