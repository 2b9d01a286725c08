package io.planmonitor.projects.domain;

import static io.planmonitor.projects.domain.ProjectStage.CANCELLED;
import static io.planmonitor.projects.domain.ProjectStage.COMPLETED;
import static io.planmonitor.projects.domain.ProjectStage.CONTINUING;
import static io.planmonitor.projects.domain.ProjectStage.IN_OPERATION;
import static io.planmonitor.projects.domain.ProjectStage.PLANNED;
import static io.planmonitor.projects.domain.ProjectStage.PREPARING;
import static io.planmonitor.projects.domain.ProjectStage.SIGNED;
import static io.planmonitor.projects.domain.ProjectStage.STARTED;
import static io.planmonitor.projects.domain.ProjectStage.SUSPENDED;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which lifecycle moves a key project may make. Forward moves follow the way projects are reported (谋划 → 前期 →
 * 签约 → 开工 → 续建 → 竣工 → 投产/运营); signing is skipped by projects without an investment agreement; any project
 * not yet completed may be suspended or cancelled; a suspended project resumes only to the stage it was suspended from.
 */
public final class ProjectLifecycle {

    private static final Set<ProjectStage> UNFINISHED = EnumSet.of(PLANNED, PREPARING, SIGNED, STARTED, CONTINUING);

    private static final Map<ProjectStage, Set<ProjectStage>> FORWARD = Map.of(
            PLANNED, EnumSet.of(PREPARING, SIGNED),
            PREPARING, EnumSet.of(SIGNED, STARTED),
            SIGNED, EnumSet.of(PREPARING, STARTED),
            STARTED, EnumSet.of(CONTINUING, COMPLETED),
            CONTINUING, EnumSet.of(COMPLETED),
            COMPLETED, EnumSet.of(IN_OPERATION));

    private ProjectLifecycle() {
    }

    /**
     * Whether a project in {@code from} may move to {@code to}. {@code suspendedFrom} is the stage a suspended project
     * was in before; it is ignored for other stages.
     */
    public static boolean allows(ProjectStage from, ProjectStage to, ProjectStage suspendedFrom) {
        if (from == SUSPENDED) {
            return to == suspendedFrom || to == CANCELLED;
        }
        if (UNFINISHED.contains(from) && (to == SUSPENDED || to == CANCELLED)) {
            return true;
        }
        return FORWARD.getOrDefault(from, Set.of()).contains(to);
    }
}
