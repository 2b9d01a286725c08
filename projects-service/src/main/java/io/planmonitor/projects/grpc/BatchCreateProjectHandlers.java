package io.planmonitor.projects.grpc;

import io.grpc.StatusRuntimeException;
import io.planmonitor.projects.mapping.ProjectMapper;
import io.planmonitor.projects.repository.ProjectEntity;
import io.planmonitor.projects.service.ProjectRegistry;
import io.planmonitor.projects.v1.BatchCreateProjectsRequest;
import io.planmonitor.projects.v1.BatchCreateProjectsResponse;
import io.planmonitor.projects.v1.BatchWriteMode;
import io.planmonitor.projects.v1.CreateProjectRequest;
import io.planmonitor.projects.v1.ProjectResult;
import io.planmonitor.support.ApiErrors;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** BatchCreateProjects: each item read as CreateProject reads one, the batch checked and written by the registry. */
@ApplicationScoped
class BatchCreateProjectHandlers {

    /** A spreadsheet of a plan's projects is hundreds of rows; a thousand keeps one transaction short. */
    static final int MAX_PROJECT_BATCH = 1000;

    private final ProjectRegistry registry;

    BatchCreateProjectHandlers(ProjectRegistry registry) {
        this.registry = registry;
    }

    BatchCreateProjectsResponse batchCreate(BatchCreateProjectsRequest request) {
        if (request.getRequestsCount() == 0) {
            throw ApiErrors.invalidArgument("requests", "holds no item");
        }
        if (request.getRequestsCount() > MAX_PROJECT_BATCH) {
            throw ApiErrors.invalidArgument("requests", "holds " + request.getRequestsCount()
                    + " items; send at most " + MAX_PROJECT_BATCH + " per call");
        }
        List<ProjectRegistry.NewProject> items = new ArrayList<>();
        for (CreateProjectRequest item : request.getRequestsList()) {
            try {
                items.add(new ProjectRegistry.NewProject(CreateProjectRequests.toNewEntity(item), null));
            } catch (StatusRuntimeException malformed) {
                items.add(new ProjectRegistry.NewProject(new ProjectEntity(), malformed));
            }
        }
        ProjectRegistry.BatchOutcome outcome = registry.createAll(items, request.getValidateOnly(),
                request.getMode() != BatchWriteMode.BATCH_WRITE_MODE_VALID_ITEMS);
        BatchCreateProjectsResponse.Builder response = BatchCreateProjectsResponse.newBuilder()
                .setWrittenCount(outcome.written());
        for (int i = 0; i < items.size(); i++) {
            ProjectResult.Builder result = ProjectResult.newBuilder().setIndex(i);
            StatusRuntimeException refusal = outcome.refusals().get(i);
            if (refusal != null) {
                result.addAllViolations(ItemViolations.of(refusal));
            } else {
                result.setProject(ProjectMapper.toProto(items.get(i).project()));
            }
            response.addResults(result);
        }
        return response.build();
    }
}
