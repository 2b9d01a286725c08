package io.planmonitor.projects.service;

import io.planmonitor.projects.domain.Amount;
import io.planmonitor.projects.domain.InvestmentPace;
import io.planmonitor.projects.repository.InvestmentOutboxEntity;
import io.planmonitor.projects.repository.InvestmentOutboxRepository;
import io.planmonitor.projects.repository.InvestmentPlanEntity;
import io.planmonitor.projects.repository.InvestmentPlanRepository;
import io.planmonitor.projects.repository.InvestmentReportEntity;
import io.planmonitor.projects.repository.InvestmentReportRepository;
import io.planmonitor.projects.repository.ProjectEntity;
import io.planmonitor.projects.mapping.InvestmentMapper;
import io.planmonitor.support.ApiErrors;
import io.planmonitor.support.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Yearly investment plans, monthly year-to-date reports, and the pace reading built from them. */
@ApplicationScoped
public class InvestmentLedger {

    private final ProjectRegistry registry;
    private final InvestmentPlanRepository plans;
    private final InvestmentReportRepository reports;
    private final InvestmentOutboxRepository outbox;
    private final BigDecimal paceTolerance;
    private final AuditTrail audit;

    InvestmentLedger(ProjectRegistry registry, InvestmentPlanRepository plans, InvestmentReportRepository reports,
            InvestmentOutboxRepository outbox,
            @ConfigProperty(name = "planmonitor.alerts.pace-tolerance") BigDecimal paceTolerance, AuditTrail audit) {
        this.audit = audit;
        this.registry = registry;
        this.plans = plans;
        this.reports = reports;
        this.outbox = outbox;
        this.paceTolerance = paceTolerance;
    }

    @Transactional
    public InvestmentPlanEntity setPlan(String projectId, int year, Amount amount) {
        registry.getForWrite(projectId);
        Optional<InvestmentPlanEntity> existing = plans.find(projectId, year);
        var before = existing.map(InvestmentMapper::toProto).orElse(null);
        InvestmentPlanEntity plan = existing.orElseGet(InvestmentPlanEntity::new);
        plan.projectId = projectId;
        plan.year = year;
        plan.amount = amount.value();
        plan.currency = amount.currency();
        plans.persistAndFlush(plan);
        var after = InvestmentMapper.toProto(plan);
        audit.changed(after.getName(), before, after);
        return plan;
    }

    /**
     * Records the year-to-date figure for a month. A figure below the previous month's, or below what this month
     * already said, is a correction and must say why; nothing is written otherwise. The region's new monthly total
     * goes into the outbox in the same transaction, for InvestmentPublisher to deliver to indicators-service.
     */
    @Transactional
    public InvestmentReportEntity report(String projectId, int year, int month, Amount completed,
            String correctionReason) {
        ProjectEntity project = registry.getForWrite(projectId);
        plans.find(projectId, year).ifPresent(plan -> {
            if (!plan.currency.equals(completed.currency())) {
                throw ApiErrors.invalidArgument("cumulative_completed.currency_code",
                        "must be " + plan.currency + ", the currency of the " + year + " plan");
            }
        });
        Optional<InvestmentReportEntity> existing = reports.find(projectId, year, month);
        Optional<InvestmentReportEntity> previous = reports.latestBefore(projectId, year, month);
        BigDecimal floor = max(previous.map(r -> r.amount), existing.map(r -> r.amount));
        if (floor != null && completed.value().compareTo(floor) < 0 && correctionReason == null) {
            throw ApiErrors.invalidArgument("correction_reason", "is required: " + completed.value()
                    + " is below the " + floor + " already reported for " + year);
        }
        var before = existing.map(InvestmentMapper::toProto).orElse(null);
        InvestmentReportEntity report = existing.orElseGet(InvestmentReportEntity::new);
        report.projectId = projectId;
        report.year = year;
        report.month = month;
        report.amount = completed.value();
        report.currency = completed.currency();
        report.correctionReason = correctionReason;
        reports.persist(report);
        reports.flush();
        var after = InvestmentMapper.toProto(report);
        audit.changed(after.getName(), before, after);
        InvestmentOutboxEntity pending = new InvestmentOutboxEntity();
        pending.regionCode = project.regionCode;
        pending.year = year;
        pending.month = month;
        pending.amount = outbox.regionTotal(project.regionCode, year, month);
        outbox.persist(pending);
        return report;
    }

    @Transactional
    public List<InvestmentReportEntity> reports(String projectId, int year) {
        registry.get(projectId);
        return reports.ofYear(projectId, year);
    }

    @Transactional
    public InvestmentProgressView progress(String projectId, int year, int month) {
        registry.get(projectId);
        Optional<InvestmentPlanEntity> plan = plans.find(projectId, year);
        Optional<InvestmentReportEntity> latest = reports.latestUpTo(projectId, year, month);
        // A 1–N月 cumulative figure is read against N months' pace (October's against 10/12), not the calendar's.
        var reading = InvestmentPace.read(plan.map(p -> p.amount).orElse(null),
                latest.map(r -> r.amount).orElse(null), latest.map(r -> r.month).orElse(month), paceTolerance);
        return new InvestmentProgressView(projectId, year, month,
                plan.map(p -> new Amount(p.amount, p.currency)).orElse(null),
                latest.map(r -> new Amount(r.amount, r.currency)).orElse(null),
                latest.map(r -> r.month).orElse(0), reading);
    }

    private static BigDecimal max(Optional<BigDecimal> a, Optional<BigDecimal> b) {
        if (a.isEmpty()) {
            return b.orElse(null);
        }
        return b.isEmpty() ? a.get() : a.get().max(b.get());
    }
}
