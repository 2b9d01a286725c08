package io.planmonitor.indicators.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class EvaluationNoteRepository implements PanacheRepositoryBase<EvaluationNoteEntity, Long> {

    /** The latest version of each note of one evaluation of a plan. */
    public List<EvaluationNoteEntity> latest(String planId, String evaluation) {
        return list("from EvaluationNoteEntity e where e.planId = ?1 and e.evaluation = ?2 and e.version = ("
                + "select max(n.version) from EvaluationNoteEntity n where n.planId = e.planId"
                + " and n.evaluation = e.evaluation and n.subject = e.subject) order by e.subject", planId, evaluation);
    }

    /** Every version of one note, newest first. */
    public List<EvaluationNoteEntity> versions(String planId, String evaluation, String subject) {
        return list("planId = ?1 and evaluation = ?2 and subject = ?3 order by version desc", planId, evaluation,
                subject);
    }
}
