package io.planmonitor.projects.service;

import io.planmonitor.projects.domain.ProjectStage;
import java.time.LocalDate;

/** A requested lifecycle move, already checked field by field. {@code etag} is empty when the client sent none. */
public record StageChange(ProjectStage stage, LocalDate eventDate, String reason, String etag) {
}
