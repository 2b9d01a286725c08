package io.planmonitor.indicators.service;

import io.planmonitor.indicators.domain.TargetAttribute;
import io.planmonitor.support.Conditions;
import java.util.Set;

/**
 * Which targets a list or an evaluation wants: those of one plan and/or of some regions (a region, or one with those
 * under it), narrowed by the indicator's catalogue category and the target's attribute; null parts match anything.
 */
public record TargetFilter(String planId, Set<String> regionCodes, String category, TargetAttribute attribute) {

    public static TargetFilter ofPlan(String planId, String category, TargetAttribute attribute) {
        return new TargetFilter(planId, null, category, attribute);
    }

    /** The targets set for {@code regionCodes}, in any plan when {@code planId} is null. */
    public static TargetFilter ofRegions(Set<String> regionCodes, String planId, String category,
            TargetAttribute attribute) {
        return new TargetFilter(planId, regionCodes, category, attribute);
    }

    Conditions conditions() {
        return new Conditions()
                .with("planId = :plan", "plan", planId)
                .with("regionCode in :regions", "regions", regionCodes)
                .with("indicatorId in (select i.id from IndicatorEntity i where i.category = :category)", "category",
                        category)
                .with("attribute = :attribute", "attribute", attribute);
    }
}
