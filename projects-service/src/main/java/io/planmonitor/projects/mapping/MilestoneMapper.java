package io.planmonitor.projects.mapping;

import static io.planmonitor.support.ProtoValues.orEmpty;

import io.planmonitor.projects.domain.MilestoneKind;
import io.planmonitor.projects.repository.MilestoneEntity;
import io.planmonitor.projects.service.ProjectAlertView;
import io.planmonitor.projects.v1.AlertKind;
import io.planmonitor.projects.v1.Milestone;
import io.planmonitor.projects.v1.ProjectAlert;
import io.planmonitor.support.IsoDates;
import io.planmonitor.support.ResourceNames;

/** Milestones and alerts, entity/view ↔ proto. Proto enum values are the domain names prefixed. */
public final class MilestoneMapper {

    private static final String KIND_PREFIX = "MILESTONE_KIND_";
    public static final String ALERT_PREFIX = "ALERT_KIND_";

    private MilestoneMapper() {
    }

    public static Milestone toProto(MilestoneEntity milestone) {
        return Milestone.newBuilder()
                .setName(ResourceNames.format(ProjectMapper.COLLECTION, milestone.projectId)
                        + "/milestones/" + milestone.id)
                .setKind(io.planmonitor.projects.v1.MilestoneKind.valueOf(KIND_PREFIX + milestone.kind.name()))
                .setTitle(orEmpty(milestone.title))
                .setDueDate(IsoDates.format(milestone.dueDate))
                .setActualDate(IsoDates.format(milestone.actualDate))
                .build();
    }

    /** The domain kind, or null for MILESTONE_KIND_UNSPECIFIED and values this build does not know. */
    public static MilestoneKind fromProto(io.planmonitor.projects.v1.MilestoneKind kind) {
        return switch (kind) {
            case MILESTONE_KIND_UNSPECIFIED, UNRECOGNIZED -> null;
            default -> MilestoneKind.valueOf(kind.name().substring(KIND_PREFIX.length()));
        };
    }

    public static ProjectAlert toProto(ProjectAlertView alert) {
        return ProjectAlert.newBuilder()
                .setProject(ResourceNames.format(ProjectMapper.COLLECTION, alert.projectId()))
                .setKind(AlertKind.valueOf(ALERT_PREFIX + alert.kind().name()))
                .setDetail(alert.detail())
                .build();
    }
}
