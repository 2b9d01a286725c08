package io.planmonitor.projects.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;

@ApplicationScoped
public class InvestmentOutboxRepository implements PanacheRepositoryBase<InvestmentOutboxEntity, Long> {

    /**
     * The oldest undelivered rows refused fewer than {@code maxRefusals} times, locked for this transaction; rows
     * another relay holds are skipped, so replicas never deliver the same row at once.
     */
    @SuppressWarnings("unchecked")
    public List<InvestmentOutboxEntity> lockPending(int limit, int maxRefusals) {
        return getEntityManager().createNativeQuery("""
                SELECT * FROM investment_outbox WHERE delivered_time IS NULL AND attempts < :maxRefusals
                ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED""", InvestmentOutboxEntity.class)
                .setParameter("limit", limit)
                .setParameter("maxRefusals", maxRefusals)
                .getResultList();
    }

    /** A region's key projects' completed investment in a year up to a month: each project's latest report (CNY). */
    public BigDecimal regionTotal(String regionCode, int year, int month) {
        Object total = getEntityManager().createNativeQuery("""
                SELECT COALESCE(SUM(latest.amount), 0)
                FROM project p
                JOIN LATERAL (SELECT r.amount FROM investment_report r
                              WHERE r.project_id = p.id AND r.year = :year AND r.month <= :month
                                AND r.currency = 'CNY'
                              ORDER BY r.month DESC LIMIT 1) latest ON true
                WHERE p.region_code = :region""")
                .setParameter("year", year).setParameter("month", month).setParameter("region", regionCode)
                .getSingleResult();
        return ((BigDecimal) total).setScale(2);
    }
}
