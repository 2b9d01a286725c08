package io.planmonitor.indicators.service;

import io.planmonitor.indicators.mapping.EvaluationNoteMapper;
import io.planmonitor.indicators.mapping.PlanMapper;
import io.planmonitor.indicators.repository.EvaluationNoteEntity;
import io.planmonitor.indicators.repository.EvaluationNoteRepository;
import io.planmonitor.indicators.repository.PlanEntity;
import io.planmonitor.indicators.repository.PlanRepository;
import io.planmonitor.support.ApiErrors;
import io.planmonitor.support.DatabaseTime;
import io.planmonitor.support.ResourceNames;
import io.planmonitor.support.VersionedWrites;
import io.planmonitor.support.audit.AuditTrail;
import io.planmonitor.support.auth.Caller;
import io.planmonitor.support.auth.GrpcCall;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;

/**
 * Staff's notes (原因分析, 下一步措施) of a plan's evaluations. A write adds a version and never changes one; writers of
 * the same plan queue on the plan's row, so each gets the next version and a stale etag is seen, not overwritten.
 */
@ApplicationScoped
public class EvaluationNotes {

    private final EvaluationNoteRepository notes;
    private final PlanRepository plans;
    private final TargetBook targets;
    private final AuditTrail audit;

    EvaluationNotes(EvaluationNoteRepository notes, PlanRepository plans, TargetBook targets, AuditTrail audit) {
        this.notes = notes;
        this.plans = plans;
        this.targets = targets;
        this.audit = audit;
    }

    /** Adds the next version of a note; {@code etag} (the version written from, "0" for none) may be empty. */
    @Transactional
    public EvaluationNoteEntity write(EvaluationNoteMapper.NoteName name, String reasons, String measures,
            String etag) {
        PlanEntity plan = VersionedWrites.lockForWrite(plans, PlanEntity.class, name.planId());
        if (plan == null) {
            throw ApiErrors.notFound(ResourceNames.format(PlanMapper.COLLECTION, name.planId()));
        }
        Caller caller = GrpcCall.caller();
        caller.checkCanWrite(plan.regionCode);
        if (!name.isOverall()) {
            targets.get(name.planId(), name.subject());
        }
        List<EvaluationNoteEntity> versions = notes.versions(name.planId(), name.evaluation(), name.subject());
        int current = versions.isEmpty() ? 0 : versions.get(0).version;
        if (!etag.isEmpty() && !etag.equals(Integer.toString(current))) {
            throw ApiErrors.staleEtag(name.toString(), etag, Integer.toString(current));
        }
        EvaluationNoteEntity note = new EvaluationNoteEntity();
        note.planId = name.planId();
        note.evaluation = name.evaluation();
        note.subject = name.subject();
        note.version = current + 1;
        note.reasons = reasons;
        note.measures = measures;
        note.author = caller.name();
        note.writeTime = DatabaseTime.now();
        notes.persistAndFlush(note);
        if (versions.isEmpty()) {
            audit.created(name.toString(), EvaluationNoteMapper.toProto(note));
        } else {
            audit.changed(name.toString(), EvaluationNoteMapper.toProto(versions.get(0)),
                    EvaluationNoteMapper.toProto(note));
        }
        return note;
    }

    /** The latest version of each note of an evaluation: the overall one first, then by target id. */
    @Transactional
    public List<EvaluationNoteEntity> latest(String planId, String evaluation) {
        if (plans.findById(planId) == null) {
            throw ApiErrors.notFound(ResourceNames.format(PlanMapper.COLLECTION, planId));
        }
        return notes.latest(planId, evaluation).stream()
                .sorted(Comparator.comparing((EvaluationNoteEntity note) -> !note.subject.equals(
                        EvaluationNoteMapper.OVERALL)).thenComparing(note -> note.subject))
                .toList();
    }

    /** Every version of a note, newest first; NOT_FOUND when it was never written. */
    @Transactional
    public List<EvaluationNoteEntity> versions(EvaluationNoteMapper.NoteName name) {
        List<EvaluationNoteEntity> versions = notes.versions(name.planId(), name.evaluation(), name.subject());
        if (versions.isEmpty()) {
            throw ApiErrors.notFound(name.toString());
        }
        return versions;
    }
}
