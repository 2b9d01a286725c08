package io.planmonitor.projects.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which projects a list wants: each non-null part must match (the region one of {@code regionCodes}: a region, or a
 * region and those under it); all null is every project.
 */
public record ProjectFilter(Set<String> regionCodes, String plan, String sector) {

    /** The HQL condition with named parameters, or null for every project. */
    public String condition() {
        List<String> parts = new ArrayList<>();
        if (regionCodes != null) {
            parts.add("regionCode in :regionCodes");
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
        if (regionCodes != null) {
            parameters.put("regionCodes", regionCodes);
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
