package io.planmonitor.gateway.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One write in a service's audit trail. */
@Schema(name = "AuditEvent", description = "One write (审计记录): who made it, when, with which method, the resource "
        + "before and after, as the service's gRPC API spells it (proto JSON)")
public record AuditEventJson(
        @Schema(example = "auditEvents/42") String name,
        @Schema(example = "2026-12-01T09:30:00Z") String time,
        @Schema(description = "The caller as the token names it", example = "jinshui-editor") String actor,
        @Schema(example = "[\"editor\"]") List<String> actorRoles,
        @Schema(example = "planmonitor.projects.v1.ProjectService/ChangeProjectStage") String method,
        @Schema(example = "projects/js-2024-007") String resource,
        @Schema(description = "The resource before; absent for a create") JsonNode before,
        @Schema(description = "The resource after; absent for a delete") JsonNode after) {

    @Schema(name = "AuditEventPage")
    public record Page(List<AuditEventJson> auditEvents, String nextPageToken, int totalSize) {
    }
}
