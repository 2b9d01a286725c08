package io.planmonitor.projects.domain;

/** Where a project stands in its lifecycle, from listed in a plan to in operation (or suspended, cancelled). */
public enum ProjectStage {
    PLANNED,
    PREPARING,
    SIGNED,
    STARTED,
    CONTINUING,
    COMPLETED,
    IN_OPERATION,
    SUSPENDED,
    CANCELLED
}
