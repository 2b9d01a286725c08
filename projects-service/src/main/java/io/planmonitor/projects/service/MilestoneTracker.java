package io.planmonitor.projects.service;

import io.planmonitor.projects.repository.MilestoneEntity;
import io.planmonitor.projects.repository.MilestoneRepository;
import io.planmonitor.projects.mapping.MilestoneMapper;
import io.planmonitor.support.ApiErrors;
import io.planmonitor.support.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/** The preparation milestones of projects. */
@ApplicationScoped
public class MilestoneTracker {

    private final ProjectRegistry registry;
    private final MilestoneRepository milestones;
    private final AuditTrail audit;

    MilestoneTracker(ProjectRegistry registry, MilestoneRepository milestones, AuditTrail audit) {
        this.audit = audit;
        this.registry = registry;
        this.milestones = milestones;
    }

    @Transactional
    public MilestoneEntity create(MilestoneEntity milestone) {
        registry.getForWrite(milestone.projectId);
        milestones.persistAndFlush(milestone);
        var created = MilestoneMapper.toProto(milestone);
        audit.created(created.getName(), created);
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
        registry.getForWrite(projectId);
        var before = MilestoneMapper.toProto(milestone);
        milestone.actualDate = actualDate;
        milestones.flush();
        var after = MilestoneMapper.toProto(milestone);
        audit.changed(after.getName(), before, after);
        return milestone;
    }
}
