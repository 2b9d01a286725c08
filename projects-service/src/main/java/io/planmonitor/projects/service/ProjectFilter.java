package io.planmonitor.projects.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Which projects a list wants: each non-null part must match exactly; all null is every project. */
public record ProjectFilter(String regionCode, String plan, String sector) {

    /** The HQL condition with named parameters, or null for every project. */
    public String condition() {
        List<String> parts = new ArrayList<>();
        if (regionCode != null) {
            parts.add("regionCode = :regionCode");
        }
        if (plan != null) {
            parts.add("plan = :plan");
        }
        if (sector != null) {
            parts.add("sector = :sector");
        }
        return parts.isEmpty() ? null : String.join(" and ", parts);
    }

    public Map<String, Object> parameters() {
        Map<String, Object> parameters = new HashMap<>();
        if (regionCode != null) {
            parameters.put("regionCode", regionCode);
        }
        if (plan != null) {
            parameters.put("plan", plan);
        }
        if (sector != null) {
            parameters.put("sector", sector);
        }
        return parameters;
    }
}
