package io.planmonitor.gateway.projects;

import io.planmonitor.gateway.api.ProtoJson;
import io.planmonitor.projects.v1.ListProjectsRequest;
import io.planmonitor.projects.v1.ProjectLevel;
import io.planmonitor.projects.v1.ProjectStage;
import io.planmonitor.projects.v1.SummarizeProjectsRequest;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The project filters of the project list, its summaries and its exports, combined with AND; absent is any. */
public class ProjectFilterParameters {

    @QueryParam("regionCode")
    @DefaultValue("")
    @Parameter(description = "GB/T 2260 code", example = "410184")
    String regionCode;

    @QueryParam("includeSubregions")
    @DefaultValue("false")
    @Parameter(description = "With regionCode: also the projects of the regions under it (a city's districts)")
    boolean includeSubregions;

    @QueryParam("plan")
    @DefaultValue("")
    @Parameter(description = "The plan listing the projects", example = "xinzheng-14th-fyp-outline")
    String plan;

    @QueryParam("sector")
    @DefaultValue("")
    @Parameter(description = "Exact sector", example = "先进制造业")
    String sector;

    @QueryParam("level")
    @DefaultValue("")
    @Parameter(description = "Key-project level: NATIONAL, PROVINCIAL, MUNICIPAL or DISTRICT", example = "PROVINCIAL")
    String level;

    @QueryParam("stage")
    @DefaultValue("")
    @Parameter(description = "Lifecycle stage (the project's status): PLANNED, PREPARING, SIGNED, STARTED, CONTINUING,"
            + " COMPLETED, IN_OPERATION, SUSPENDED or CANCELLED", example = "STARTED")
    String stage;

    public String plan() {
        return plan;
    }

    public ListProjectsRequest.Builder applyTo(ListProjectsRequest.Builder request) {
        return request.setRegionCode(regionCode).setIncludeSubregions(includeSubregions).setPlan(planName())
                .setSector(sector).setLevel(level()).setStage(stage());
    }

    public SummarizeProjectsRequest.Builder applyTo(SummarizeProjectsRequest.Builder request) {
        return request.setRegionCode(regionCode).setIncludeSubregions(includeSubregions).setPlan(planName())
                .setSector(sector).setLevel(level()).setStage(stage());
    }

    private String planName() {
        return plan.isEmpty() ? "" : "plans/" + plan;
    }

    private ProjectLevel level() {
        return ProtoJson.enumValue(level, ProjectLevel.class, ProjectJsonMapper.LEVEL, "level");
    }

    private ProjectStage stage() {
        return ProtoJson.enumValue(stage, ProjectStage.class, ProjectJsonMapper.STAGE, "stage");
    }
}
