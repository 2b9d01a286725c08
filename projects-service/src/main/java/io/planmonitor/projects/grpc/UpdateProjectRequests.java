package io.planmonitor.projects.grpc;

import io.planmonitor.projects.mapping.ProjectMapper;
import io.planmonitor.projects.repository.ProjectEntity;
import io.planmonitor.projects.service.ProjectLinks;
import io.planmonitor.projects.v1.Project;
import io.planmonitor.projects.v1.UpdateProjectRequest;
import io.planmonitor.support.ApiErrors;
import io.planmonitor.support.ResourceNames;
import java.util.List;
import java.util.function.Consumer;

/** Reads an UpdateProjectRequest: which project, which fields (the mask, or the fields set), and their checked values. */
final class UpdateProjectRequests {

    private final String id;
    private final String etag;
    private final Project source;
    private final List<String> paths;

    private UpdateProjectRequests(String id, String etag, Project source, List<String> paths) {
        this.id = id;
        this.etag = etag;
        this.source = source;
        this.paths = paths;
    }

    /** Checks every field named before anything is read or written. */
    static UpdateProjectRequests of(UpdateProjectRequest request) {
        if (!request.hasProject()) {
            throw ApiErrors.invalidArgument("project", "is required");
        }
        Project source = request.getProject();
        String id = ResourceNames.parse(ProjectMapper.COLLECTION, source.getName(), "project.name");
        List<String> paths = request.getUpdateMask().getPathsCount() > 0
                ? request.getUpdateMask().getPathsList()
                : ProjectFields.populated(source);
        if (paths.isEmpty()) {
            throw ApiErrors.invalidArgument("update_mask", "names no field to change");
        }
        ProjectEntity scratch = new ProjectEntity();
        paths.forEach(path -> ProjectFields.apply(path, source, scratch));
        return new UpdateProjectRequests(id, source.getEtag(), source, paths);
    }

    String id() {
        return id;
    }

    String etag() {
        return etag;
    }

    /** The links to check with indicators-service: those the update sets. */
    ProjectLinks links() {
        return new ProjectLinks(
                paths.contains("indicators") ? source.getIndicatorsList() : List.of(),
                paths.contains("targets") ? source.getTargetsList() : List.of(),
                paths.contains("plan") && !source.getPlan().isEmpty() ? source.getPlan() : null);
    }

    /** The region code the update sets, or null. */
    String newRegionCode() {
        return paths.contains("region_code") ? source.getRegionCode() : null;
    }

    Consumer<ProjectEntity> change() {
        return project -> {
            paths.forEach(path -> ProjectFields.apply(path, source, project));
            ProjectFields.checkConsistency(project);
        };
    }
}
