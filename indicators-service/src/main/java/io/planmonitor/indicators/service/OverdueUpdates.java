package io.planmonitor.indicators.service;

import io.planmonitor.indicators.domain.PeriodKind;
import io.planmonitor.indicators.domain.ReportingFrequency;
import io.planmonitor.indicators.domain.freshness.UpdateDue;
import io.planmonitor.indicators.repository.ObservationEntity;
import io.planmonitor.indicators.repository.ObservationRepository;
import io.planmonitor.indicators.repository.TargetEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Lists the targets whose responsible units are late: the latest period their frequency makes due by a date (not
 * before the target's base year, not after its target year) has no value reported for the target's region. The
 * failure every plan office reports — assigned owners who never update — counted per unit.
 */
@ApplicationScoped
public class OverdueUpdates {

    public static final String NO_UNIT = "未指定责任单位";

    private final TargetBook targets;
    private final ObservationRepository observations;

    OverdueUpdates(TargetBook targets, ObservationRepository observations) {
        this.targets = targets;
        this.observations = observations;
    }

    public record Overdue(TargetEntity target, String unit, ReportingFrequency frequency, UpdateDue.Period due,
            UpdateDue.Period latest) {
    }

    public record Listing(List<Overdue> overdue, int checked, Map<String, Integer> overdueByUnit,
            Map<String, Integer> targetsByUnit) {
    }

    @Transactional
    public Listing list(Set<String> regionCodes, String planId, LocalDate asOf) {
        List<TargetEntity> checked = targets.listAll(TargetFilter.ofRegions(regionCodes, planId, null, null));
        Map<String, List<UpdateDue.Period>> reported = reportedPeriods(regionCodes);
        List<Overdue> overdue = new ArrayList<>();
        Map<String, Integer> overdueByUnit = new TreeMap<>();
        Map<String, Integer> targetsByUnit = new TreeMap<>();
        for (TargetEntity target : checked) {
            String unit = target.responsibleUnit == null ? NO_UNIT : target.responsibleUnit;
            targetsByUnit.merge(unit, 1, Integer::sum);
            ReportingFrequency frequency = target.reportingFrequency == null ? ReportingFrequency.YEARLY
                    : target.reportingFrequency;
            UpdateDue.Period dueByDate = UpdateDue.latestDue(frequency, asOf);
            UpdateDue.Period last = UpdateDue.lastOfYear(frequency, target.targetYear);
            UpdateDue.Period due = dueByDate.compareTo(last) > 0 ? last : dueByDate;
            if (due.year() <= target.baselineYear) {
                continue;
            }
            UpdateDue.Period latest = reported.getOrDefault(target.indicatorId + "|" + target.regionCode, List.of())
                    .stream().filter(period -> period.kind() == due.kind()).max(Comparator.naturalOrder())
                    .orElse(null);
            if (latest == null || latest.compareTo(due) < 0) {
                overdue.add(new Overdue(target, unit, frequency, due, latest));
                overdueByUnit.merge(unit, 1, Integer::sum);
            }
        }
        overdue.sort(Comparator.comparing(Overdue::unit).thenComparing(o -> o.target().id));
        return new Listing(overdue, checked.size(), overdueByUnit, targetsByUnit);
    }

    /** Every period reported in these regions, by "indicator|region". */
    private Map<String, List<UpdateDue.Period>> reportedPeriods(Set<String> regionCodes) {
        Map<String, List<UpdateDue.Period>> periods = new HashMap<>();
        for (ObservationEntity o : observations.list("regionCode in ?1 and latest = true and periodKind in ?2",
                regionCodes, List.of(PeriodKind.YEAR, PeriodKind.QUARTER, PeriodKind.MONTH))) {
            int part = switch (o.periodKind) {
                case QUARTER -> o.periodQuarter;
                case MONTH -> o.periodMonth;
                default -> 0;
            };
            periods.computeIfAbsent(o.indicatorId + "|" + o.regionCode, key -> new ArrayList<>())
                    .add(new UpdateDue.Period(o.periodKind, o.periodYear, part));
        }
        return periods;
    }
}
