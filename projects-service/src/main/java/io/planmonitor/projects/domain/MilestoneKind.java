package io.planmonitor.projects.domain;

/** The preparation steps (前期手续) plan offices track for each key project. */
public enum MilestoneKind {
    PROJECT_APPROVAL,
    FEASIBILITY_STUDY,
    LAND_USE,
    ENVIRONMENTAL_ASSESSMENT,
    CONSTRUCTION_PERMIT,
    OTHER
}
