package io.planmonitor.projects.service;

/** One reason a project needs attention. */
public record ProjectAlertView(String projectId, Kind kind, String detail) {

    public enum Kind {
        BEHIND_PACE,
        OVERDUE_MILESTONE,
        NO_REPORT
    }
}
