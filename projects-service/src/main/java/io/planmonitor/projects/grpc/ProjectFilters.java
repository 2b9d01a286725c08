package io.planmonitor.projects.grpc;

import io.planmonitor.projects.service.ProjectFilter;
import io.planmonitor.projects.v1.ListProjectsRequest;
import io.planmonitor.support.RequestFields;

/** Reads the filters of a ListProjectsRequest, checked like the project fields they compare with. */
final class ProjectFilters {

    private ProjectFilters() {
    }

    static ProjectFilter of(ListProjectsRequest request) {
        String regionCode = request.getRegionCode().isEmpty() ? null
                : ProjectFields.regionCode(request.getRegionCode(), "region_code");
        return new ProjectFilter(regionCode, ProjectFields.planName(request.getPlan(), "plan"),
                RequestFields.optional(request.getSector(), "sector", 100));
    }
}
