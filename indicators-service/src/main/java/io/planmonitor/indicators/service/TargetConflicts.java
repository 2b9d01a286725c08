package io.planmonitor.indicators.service;

import io.planmonitor.indicators.domain.TargetForm;
import io.planmonitor.indicators.repository.TargetEntity;
import io.planmonitor.indicators.repository.TargetRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds targets that disagree: one plan giving two different values for the same indicator, region, target year and
 * form (新郑市 科技型企业 300 in one chapter, 400 in another). Derived from the targets each time, so it is never stale.
 */
@ApplicationScoped
public class TargetConflicts {

    /** One disagreement and the targets in it, by id. */
    public record Conflict(String planId, String indicatorId, String regionCode, int targetYear, TargetForm form,
            List<TargetEntity> targets) {
    }

    private final TargetRepository targets;
    private final PlanRegistry plans;

    TargetConflicts(TargetRepository targets, PlanRegistry plans) {
        this.targets = targets;
        this.plans = plans;
    }

    /** Every plan's conflicts, or one plan's when {@code planId} is not null; ordered by plan, indicator, year. */
    @Transactional
    public List<Conflict> list(String planId) {
        Map<String, Object> parameters = new HashMap<>();
        String query = "from TargetEntity t where t.targetValue is not null and exists (from TargetEntity o"
                + " where o.planId = t.planId and o.indicatorId = t.indicatorId and o.regionCode = t.regionCode"
                + " and o.targetYear = t.targetYear and o.form = t.form and o.targetValue <> t.targetValue)";
        if (planId != null) {
            plans.get(planId);
            query += " and t.planId = :plan";
            parameters.put("plan", planId);
        }
        query += " order by t.planId, t.indicatorId, t.regionCode, t.targetYear, t.form, t.id";
        List<Conflict> conflicts = new ArrayList<>();
        for (TargetEntity target : targets.list(query, parameters)) {
            Conflict last = conflicts.isEmpty() ? null : conflicts.get(conflicts.size() - 1);
            if (last != null && sameNumber(last, target)) {
                last.targets().add(target);
            } else {
                List<TargetEntity> group = new ArrayList<>();
                group.add(target);
                conflicts.add(new Conflict(target.planId, target.indicatorId, target.regionCode, target.targetYear,
                        target.form, group));
            }
        }
        return conflicts;
    }

    private static boolean sameNumber(Conflict conflict, TargetEntity target) {
        return conflict.planId().equals(target.planId) && conflict.indicatorId().equals(target.indicatorId)
                && conflict.regionCode().equals(target.regionCode) && conflict.targetYear() == target.targetYear
                && Objects.equals(conflict.form(), target.form);
    }
}
