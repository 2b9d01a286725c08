package io.planmonitor.projects.service;

import java.util.List;

/**
 * What a project points at in indicators-service and must exist there: indicators, plan targets and the plan that
 * lists it ({@code plan} null when none is set or changed).
 */
public record ProjectLinks(List<String> indicators, List<String> targets, String plan) {

    public static final ProjectLinks NONE = new ProjectLinks(List.of(), List.of(), null);
}
