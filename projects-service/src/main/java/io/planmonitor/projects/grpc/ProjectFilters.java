package io.planmonitor.projects.grpc;

import io.planmonitor.projects.service.ProjectFilter;
import io.planmonitor.projects.v1.ListProjectsRequest;
import io.planmonitor.projects.v1.SummarizeProjectsRequest;
import io.planmonitor.projects.service.IndicatorDirectory;
import io.planmonitor.support.ApiErrors;
import io.planmonitor.support.RequestFields;
import java.util.Set;

/** Reads the project filters of a list or summary request, checked like the project fields they compare with. */
final class ProjectFilters {

    private ProjectFilters() {
    }

    static ProjectFilter of(ListProjectsRequest request, IndicatorDirectory regions) {
        return of(request.getRegionCode(), request.getIncludeSubregions(), request.getPlan(), request.getSector(),
                regions);
    }

    static ProjectFilter of(SummarizeProjectsRequest request, IndicatorDirectory regions) {
        return of(request.getRegionCode(), request.getIncludeSubregions(), request.getPlan(), request.getSector(),
                regions);
    }

    private static ProjectFilter of(String regionCode, boolean includeSubregions, String plan, String sector,
            IndicatorDirectory regions) {
        Set<String> codes = null;
        if (!regionCode.isEmpty()) {
            String code = ProjectFields.regionCode(regionCode, "region_code");
            codes = includeSubregions ? regions.withSubregions(code) : Set.of(code);
        } else if (includeSubregions) {
            throw ApiErrors.invalidArgument("include_subregions", "needs a region_code");
        }
        return new ProjectFilter(codes, ProjectFields.planName(plan, "plan"), RequestFields.optional(sector, "sector",
                100));
    }
}
