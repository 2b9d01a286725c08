package io.planmonitor.documents.repository;

import io.planmonitor.documents.domain.CandidateState;
import io.planmonitor.extraction.CandidateKind;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class CandidateRepository implements PanacheRepositoryBase<CandidateEntity, CandidateEntity.Key> {

    /** A document's candidates after {@code afterSeq}, of one kind and state when given, in text order. */
    public List<CandidateEntity> page(String documentId, CandidateKind kind, CandidateState state, int afterSeq,
            int limit) {
        Map<String, Object> parameters = new HashMap<>();
        String hql = filter(documentId, kind, state, parameters) + " and key.seq > :after";
        parameters.put("after", afterSeq);
        return find(hql, Sort.by("key.seq"), parameters).range(0, limit - 1).list();
    }

    public long count(String documentId, CandidateKind kind, CandidateState state) {
        Map<String, Object> parameters = new HashMap<>();
        return count(filter(documentId, kind, state, parameters), parameters);
    }

    /** The highest candidate number of a document, 0 when it has none. */
    public int lastSeq(String documentId) {
        Integer last = getEntityManager().createQuery("select max(c.key.seq) from CandidateEntity c"
                + " where c.key.documentId = :d", Integer.class).setParameter("d", documentId).getSingleResult();
        return last == null ? 0 : last;
    }

    public Map<CandidateState, Long> countByState(String documentId) {
        Map<CandidateState, Long> counts = new HashMap<>();
        getEntityManager().createQuery("select c.state, count(c) from CandidateEntity c where c.key.documentId = :d"
                + " group by c.state", Object[].class).setParameter("d", documentId).getResultList()
                .forEach(row -> counts.put((CandidateState) row[0], (Long) row[1]));
        return counts;
    }

    private static String filter(String documentId, CandidateKind kind, CandidateState state,
            Map<String, Object> parameters) {
        StringBuilder hql = new StringBuilder("key.documentId = :document");
        parameters.put("document", documentId);
        if (kind != null) {
            hql.append(" and kind = :kind");
            parameters.put("kind", kind);
        }
        if (state != null) {
            hql.append(" and state = :state");
            parameters.put("state", state);
        }
        return hql.toString();
    }
}
