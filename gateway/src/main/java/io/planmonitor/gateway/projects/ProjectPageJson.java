package io.planmonitor.gateway.projects;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ProjectPage", description = "One page of projects")
public record ProjectPageJson(
        List<ProjectJson> projects,
        @Schema(description = "Pass as pageToken for the next page; absent on the last page") String nextPageToken,
        int totalSize) {
}
