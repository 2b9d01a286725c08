package io.planmonitor.projects.grpc;

import io.planmonitor.projects.service.ProjectFilter;
import io.planmonitor.projects.v1.ListProjectsRequest;
import io.planmonitor.projects.v1.SummarizeProjectsRequest;
import io.planmonitor.support.RequestFields;

/** Reads the project filters of a list or summary request, checked like the project fields they compare with. */
final class ProjectFilters {

    private ProjectFilters() {
    }

    static ProjectFilter of(ListProjectsRequest request) {
        return of(request.getRegionCode(), request.getPlan(), request.getSector());
    }

    static ProjectFilter of(SummarizeProjectsRequest request) {
        return of(request.getRegionCode(), request.getPlan(), request.getSector());
    }

    private static ProjectFilter of(String regionCode, String plan, String sector) {
        return new ProjectFilter(regionCode.isEmpty() ? null : ProjectFields.regionCode(regionCode, "region_code"),
                ProjectFields.planName(plan, "plan"), RequestFields.optional(sector, "sector", 100));
    }
}
