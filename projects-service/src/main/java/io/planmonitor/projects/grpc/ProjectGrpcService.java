package io.planmonitor.projects.grpc;

import io.planmonitor.projects.mapping.ProjectMapper;
import io.planmonitor.projects.repository.ProjectEntity;
import io.planmonitor.projects.service.ProjectRegistry;
import io.planmonitor.projects.v1.CreateProjectRequest;
import io.planmonitor.projects.v1.GetProjectRequest;
import io.planmonitor.projects.v1.ListProjectsRequest;
import io.planmonitor.projects.v1.ListProjectsResponse;
import io.planmonitor.projects.v1.Project;
import io.planmonitor.projects.v1.ProjectService;
import io.planmonitor.support.Page;
import io.planmonitor.support.PageRequest;
import io.planmonitor.support.ResourceNames;
import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;

/** The gRPC adapter of the project registry. Handlers touch the database, so they run off the event loop. */
@GrpcService
@Blocking
public class ProjectGrpcService implements ProjectService {

    private final ProjectRegistry registry;

    ProjectGrpcService(ProjectRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Uni<Project> getProject(GetProjectRequest request) {
        return Uni.createFrom().item(() -> {
            String id = ResourceNames.parse(ProjectRegistry.COLLECTION, request.getName(), "name");
            return ProjectMapper.toProto(registry.get(id));
        });
    }

    @Override
    public Uni<ListProjectsResponse> listProjects(ListProjectsRequest request) {
        return Uni.createFrom().item(() -> {
            Page<ProjectEntity> page = registry.list(PageRequest.of(request.getPageSize(), request.getPageToken()));
            return ListProjectsResponse.newBuilder()
                    .addAllProjects(page.items().stream().map(ProjectMapper::toProto).toList())
                    .setNextPageToken(page.nextPageToken())
                    .setTotalSize(Math.toIntExact(page.totalSize()))
                    .build();
        });
    }

    @Override
    public Uni<Project> createProject(CreateProjectRequest request) {
        return Uni.createFrom().item(() ->
                ProjectMapper.toProto(registry.create(CreateProjectRequests.toNewEntity(request))));
    }
}
