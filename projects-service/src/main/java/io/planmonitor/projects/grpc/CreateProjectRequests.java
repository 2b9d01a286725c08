package io.planmonitor.projects.grpc;

import io.planmonitor.projects.domain.ProjectStage;
import io.planmonitor.projects.mapping.ProjectMapper;
import io.planmonitor.projects.repository.ProjectEntity;
import io.planmonitor.projects.v1.CreateProjectRequest;
import io.planmonitor.support.ApiErrors;
import io.planmonitor.support.ResourceNames;

/** Checks a CreateProjectRequest field by field and turns it into a new registry row. */
final class CreateProjectRequests {

    private CreateProjectRequests() {
    }

    static ProjectEntity toNewEntity(CreateProjectRequest request) {
        if (!request.hasProject()) {
            throw ApiErrors.invalidArgument("project", "is required");
        }
        ProjectEntity entity = new ProjectEntity();
        entity.id = ResourceNames.chooseId(request.getProjectId(), "project_id");
        ProjectFields.WRITABLE.forEach(path -> ProjectFields.apply(path, request.getProject(), entity));
        ProjectFields.checkConsistency(entity);
        // A project enters the registry at the stage its document gives; later moves go through ChangeProjectStage.
        ProjectStage stage = ProjectMapper.fromProto(request.getProject().getStage());
        if (stage == ProjectStage.SUSPENDED) {
            throw ApiErrors.invalidArgument("project.stage",
                    "a project is registered in the stage it was suspended from, then suspended with ChangeProjectStage");
        }
        entity.stage = stage == null ? ProjectStage.PLANNED : stage;
        return entity;
    }
}
