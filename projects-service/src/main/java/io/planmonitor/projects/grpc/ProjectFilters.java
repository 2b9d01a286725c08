package io.planmonitor.projects.grpc;

import io.planmonitor.projects.domain.ProjectLevel;
import io.planmonitor.projects.domain.ProjectStage;
import io.planmonitor.projects.mapping.ProjectMapper;
import io.planmonitor.projects.service.IndicatorDirectory;
import io.planmonitor.projects.service.ProjectFilter;
import io.planmonitor.projects.v1.ListProjectsRequest;
import io.planmonitor.projects.v1.SummarizeProjectsRequest;
import io.planmonitor.support.ApiErrors;
import io.planmonitor.support.EnumNames;
import io.planmonitor.support.RequestFields;
import java.util.Set;

/** Reads the project filters of a list or summary request, checked like the project fields they compare with. */
final class ProjectFilters {

    private ProjectFilters() {
    }

    static ProjectFilter of(ListProjectsRequest request, IndicatorDirectory regions) {
        return of(request.getRegionCode(), request.getIncludeSubregions(), request.getPlan(), request.getSector(),
                level(request.getLevel()), stage(request.getStage()), regions);
    }

    static ProjectFilter of(SummarizeProjectsRequest request, IndicatorDirectory regions) {
        return of(request.getRegionCode(), request.getIncludeSubregions(), request.getPlan(), request.getSector(),
                level(request.getLevel()), stage(request.getStage()), regions);
    }

    /** The projects of a region code, or of it and the regions under it; null (every region) for an empty code. */
    static Set<String> regionCodes(String regionCode, boolean includeSubregions, IndicatorDirectory regions) {
        if (regionCode.isEmpty()) {
            if (includeSubregions) {
                throw ApiErrors.invalidArgument("include_subregions", "needs a region_code");
            }
            return null;
        }
        String code = ProjectFields.regionCode(regionCode, "region_code");
        return includeSubregions ? regions.withSubregions(code) : Set.of(code);
    }

    private static ProjectFilter of(String regionCode, boolean includeSubregions, String plan, String sector,
            ProjectLevel level, ProjectStage stage, IndicatorDirectory regions) {
        return new ProjectFilter(regionCodes(regionCode, includeSubregions, regions),
                ProjectFields.planName(plan, "plan"), RequestFields.optional(sector, "sector", 100), level, stage);
    }

    private static ProjectLevel level(io.planmonitor.projects.v1.ProjectLevel level) {
        return EnumNames.optional(level, ProjectMapper.LEVEL_PREFIX, ProjectLevel.class, "level");
    }

    private static ProjectStage stage(io.planmonitor.projects.v1.ProjectStage stage) {
        return EnumNames.optional(stage, ProjectMapper.STAGE_PREFIX, ProjectStage.class, "stage");
    }
}
