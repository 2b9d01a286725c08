package io.planmonitor.projects.service;

import io.planmonitor.projects.repository.MilestoneEntity;
import io.planmonitor.projects.repository.MilestoneRepository;
import io.planmonitor.support.ApiErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/** The preparation milestones of projects. */
@ApplicationScoped
public class MilestoneTracker {

    private final ProjectRegistry registry;
    private final MilestoneRepository milestones;

    MilestoneTracker(ProjectRegistry registry, MilestoneRepository milestones) {
        this.registry = registry;
        this.milestones = milestones;
    }

    @Transactional
    public MilestoneEntity create(MilestoneEntity milestone) {
        registry.get(milestone.projectId);
        milestones.persistAndFlush(milestone);
        return milestone;
    }

    @Transactional
    public List<MilestoneEntity> list(String projectId) {
        registry.get(projectId);
        return milestones.ofProject(projectId);
    }

    @Transactional
    public MilestoneEntity complete(String projectId, long milestoneId, LocalDate actualDate) {
        MilestoneEntity milestone = milestones.findById(milestoneId);
        if (milestone == null || !milestone.projectId.equals(projectId)) {
            throw ApiErrors.notFound("projects/" + projectId + "/milestones/" + milestoneId);
        }
        milestone.actualDate = actualDate;
        return milestone;
    }
}
