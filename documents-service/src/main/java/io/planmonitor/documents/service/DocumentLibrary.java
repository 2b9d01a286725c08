package io.planmonitor.documents.service;

import io.planmonitor.documents.domain.CandidateState;
import io.planmonitor.documents.domain.DecodedDocument;
import io.planmonitor.documents.mapping.CandidateMapper;
import io.planmonitor.documents.mapping.DocumentMapper;
import io.planmonitor.documents.repository.CandidateEntity;
import io.planmonitor.documents.repository.CandidateRepository;
import io.planmonitor.documents.repository.DocumentEntity;
import io.planmonitor.documents.repository.DocumentRepository;
import io.planmonitor.extraction.Candidate;
import io.planmonitor.extraction.DocumentContext;
import io.planmonitor.extraction.Extractor;
import io.planmonitor.support.ApiErrors;
import io.planmonitor.support.DatabaseTime;
import io.planmonitor.support.KeysetPages;
import io.planmonitor.support.Page;
import io.planmonitor.support.PageRequest;
import io.planmonitor.support.audit.AuditTrail;
import io.planmonitor.support.auth.GrpcCall;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stores submitted documents with the candidates read from them, once per distinct content. */
@ApplicationScoped
public class DocumentLibrary {

    /** What a submission came to: the stored document, whether it was there already, its candidate count. */
    public record Submitted(DocumentEntity document, boolean alreadySubmitted, long candidateCount) {
    }

    private final DocumentRepository documents;
    private final CandidateRepository candidates;
    private final AuditTrail audit;

    DocumentLibrary(DocumentRepository documents, CandidateRepository candidates, AuditTrail audit) {
        this.documents = documents;
        this.candidates = candidates;
        this.audit = audit;
    }

    @Transactional
    public Optional<DocumentEntity> findBySha256(String sha256) {
        return documents.findBySha256(sha256);
    }

    /**
     * Stores the document and its candidates in one transaction (all or nothing). The unique sha256 makes a
     * concurrent second submission of the same bytes fail rather than duplicate; the caller reads it back.
     */
    @Transactional
    public Submitted store(DocumentEntity document, DecodedDocument decoded, List<Candidate> read) {
        GrpcCall.caller().checkCanWrite(document.regionCode);
        if (documents.findByIdOptional(document.id).isPresent()) {
            throw ApiErrors.alreadyExists(DocumentMapper.name(document.id));
        }
        document.text = decoded.text();
        document.mediaType = decoded.mediaType();
        document.charset = decoded.charset();
        document.submittedBy = GrpcCall.caller().name();
        document.createdAt = DatabaseTime.now();
        documents.persist(document);
        int seq = 0;
        for (Candidate c : read) {
            CandidateEntity entity = new CandidateEntity();
            entity.key = new CandidateEntity.Key(document.id, ++seq);
            entity.kind = c.kind();
            entity.state = CandidateState.PENDING;
            entity.rule = c.rule();
            entity.section = c.section() == null ? "" : c.section();
            entity.quote = c.quote();
            entity.startOffset = c.start();
            entity.endOffset = c.end();
            entity.readingJson = CandidateMapper.json(CandidateMapper.reading(c));
            candidates.persist(entity);
        }
        audit.created(DocumentMapper.name(document.id), DocumentMapper.toProto(document,
                Map.of(CandidateState.PENDING, (long) seq), false));
        return new Submitted(document, false, seq);
    }

    @Transactional
    public DocumentEntity get(String id) {
        return documents.findByIdOptional(id).orElseThrow(() -> ApiErrors.notFound(DocumentMapper.name(id)));
    }

    @Transactional
    public Map<CandidateState, Long> counts(String id) {
        return candidates.countByState(id);
    }

    @Transactional
    public Page<DocumentEntity> list(String regionCode, io.planmonitor.extraction.DocumentKind kind,
            PageRequest request) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder hql = new StringBuilder();
        if (regionCode != null) {
            hql.append("regionCode = :region");
            parameters.put("region", regionCode);
        }
        if (kind != null) {
            hql.append(hql.isEmpty() ? "" : " and ").append("kind = :kind");
            parameters.put("kind", kind);
        }
        return KeysetPages.read(documents, request, "id", d -> d.id, hql.isEmpty() ? null : hql.toString(), parameters);
    }

    /** The extractor over a catalogue; a new one per submission, as the catalogue changes. */
    public static List<Candidate> read(DecodedDocument decoded, DocumentContext context,
            List<io.planmonitor.extraction.CatalogueEntry> catalogue) {
        return new Extractor(catalogue).extract(decoded.text(), context);
    }
}
