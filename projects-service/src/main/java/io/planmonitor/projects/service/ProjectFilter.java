package io.planmonitor.projects.service;

import io.planmonitor.projects.domain.ProjectLevel;
import io.planmonitor.projects.domain.ProjectStage;
import io.planmonitor.support.Conditions;
import java.util.Set;

/**
 * Which projects a list wants: each non-null part must match (the region one of {@code regionCodes}: a region, or a
 * region and those under it); all null is every project.
 */
public record ProjectFilter(Set<String> regionCodes, String plan, String sector, ProjectLevel level,
        ProjectStage stage) {

    public Conditions conditions() {
        return new Conditions()
                .with("regionCode in :regionCodes", "regionCodes", regionCodes)
                .with("plan = :plan", "plan", plan)
                .with("sector = :sector", "sector", sector)
                .with("level = :level", "level", level)
                .with("stage = :stage", "stage", stage);
    }
}
