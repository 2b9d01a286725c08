package io.planmonitor.projects.domain;

/** Which government lists the project as a key project (重点项目). */
public enum ProjectLevel {
    NATIONAL,
    PROVINCIAL,
    MUNICIPAL,
    DISTRICT
}
