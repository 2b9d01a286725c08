package io.planmonitor.projects.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The whole lifecycle table: every (from, to) pair is either listed here as legal or must be refused. */
class ProjectLifecycleTest {

    private static final Set<String> LEGAL = Set.of(
            "PLANNED>PREPARING", "PLANNED>SIGNED", "PLANNED>SUSPENDED", "PLANNED>CANCELLED",
            "PREPARING>SIGNED", "PREPARING>STARTED", "PREPARING>SUSPENDED", "PREPARING>CANCELLED",
            "SIGNED>PREPARING", "SIGNED>STARTED", "SIGNED>SUSPENDED", "SIGNED>CANCELLED",
            "STARTED>CONTINUING", "STARTED>COMPLETED", "STARTED>SUSPENDED", "STARTED>CANCELLED",
            "CONTINUING>COMPLETED", "CONTINUING>SUSPENDED", "CONTINUING>CANCELLED",
            "COMPLETED>IN_OPERATION");

    @Test
    void everyPairOutsideSuspensionIsLegalExactlyWhenListed() {
        List<String> mismatches = new ArrayList<>();
        for (ProjectStage from : EnumSet.complementOf(EnumSet.of(ProjectStage.SUSPENDED))) {
            for (ProjectStage to : ProjectStage.values()) {
                boolean expected = LEGAL.contains(from + ">" + to);
                if (ProjectLifecycle.allows(from, to, null) != expected) {
                    mismatches.add(from + ">" + to + " should be " + (expected ? "legal" : "illegal"));
                }
            }
        }
        assertEquals(List.of(), mismatches);
    }

    @Test
    void suspendedProjectResumesOnlyToItsFormerStageOrIsCancelled() {
        for (ProjectStage former : EnumSet.of(ProjectStage.PLANNED, ProjectStage.PREPARING, ProjectStage.SIGNED,
                ProjectStage.STARTED, ProjectStage.CONTINUING)) {
            for (ProjectStage to : ProjectStage.values()) {
                boolean expected = to == former || to == ProjectStage.CANCELLED;
                assertEquals(expected, ProjectLifecycle.allows(ProjectStage.SUSPENDED, to, former),
                        "SUSPENDED (from " + former + ") > " + to);
            }
        }
    }
}
