package io.planmonitor.documents.service;

import com.google.protobuf.FieldMask;
import com.google.protobuf.Message;
import com.google.protobuf.util.FieldMaskUtil;
import io.grpc.StatusRuntimeException;
import io.planmonitor.documents.domain.CandidateState;
import io.planmonitor.extraction.QuoteLocator;
import io.planmonitor.documents.mapping.CandidateMapper;
import io.planmonitor.documents.repository.CandidateEntity;
import io.planmonitor.documents.repository.CandidateRepository;
import io.planmonitor.documents.repository.DocumentEntity;
import io.planmonitor.documents.repository.DocumentRepository;
import io.planmonitor.documents.v1.Candidate;
import io.planmonitor.support.ApiErrors;
import io.planmonitor.support.DatabaseTime;
import io.planmonitor.support.RequestFields;
import io.planmonitor.support.audit.AuditTrail;
import io.planmonitor.support.auth.GrpcCall;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;

/**
 * Review of a document's candidates. Accepting writes through the owning service outside this service's
 * transaction (a remote call), then records the outcome in one transaction: ACCEPTED with what was written, or still
 * PENDING with the refusal. Editing and rejecting are local. Every step checks that the reviewer may write the
 * document's region, and is in the audit trail.
 */
@ApplicationScoped
public class CandidateReview {

    /** The rule of a candidate a reviewer added. */
    public static final String REVIEWER_RULE = "reviewer";

    private static final int MAX_QUOTE = 2000;
    /** The update-mask path of the quote: the one field outside the reading a reviewer may correct. */
    private static final String QUOTE_PATH = "quote";

    private final CandidateRepository candidates;
    private final DocumentRepository documents;
    private final RecordWriter writer;
    private final AuditTrail audit;

    CandidateReview(CandidateRepository candidates, DocumentRepository documents, RecordWriter writer, AuditTrail audit) {
        this.candidates = candidates;
        this.documents = documents;
        this.writer = writer;
        this.audit = audit;
    }

    public Candidate accept(CandidateEntity.Key key, String etag) {
        record Loaded(DocumentEntity document, Candidate candidate) {
        }
        Loaded loaded = QuarkusTransaction.requiringNew().call(() -> {
            CandidateEntity entity = pending(key, etag);
            return new Loaded(documents.findById(key.documentId()), CandidateMapper.toProto(entity));
        });
        RecordWriter.Written written;
        try {
            written = writer.write(loaded.document(), loaded.candidate(), key.documentId() + "-" + key.seq());
        } catch (StatusRuntimeException e) {
            QuarkusTransaction.requiringNew().run(() -> {
                CandidateEntity entity = candidates.findById(key);
                Candidate before = CandidateMapper.toProto(entity);
                entity.lastError = e.getStatus().getCode() + ": " + e.getStatus().getDescription();
                candidates.flush();
                audit.changed(CandidateMapper.name(key), before, CandidateMapper.toProto(entity));
            });
            throw e;
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            CandidateEntity entity = candidates.findById(key);
            Candidate before = CandidateMapper.toProto(entity);
            entity.state = CandidateState.ACCEPTED;
            entity.writtenResource = written.resource();
            entity.lastError = null;
            entity.reviewedBy = GrpcCall.caller().name();
            entity.reviewedAt = DatabaseTime.now();
            if (written.planId() != null) {
                documents.findById(key.documentId()).planId = written.planId();
            }
            candidates.flush();
            Candidate after = CandidateMapper.toProto(entity);
            audit.changed(CandidateMapper.name(key), before, after);
            return after;
        });
    }

    /**
     * Adds a reviewer's candidate for what the extractor missed: pending, rule "reviewer", its quote and offsets
     * taken from the document's text. The document's row is locked while its next number is taken, so two reviewers
     * adding at once get two numbers.
     */
    public Candidate create(String documentId, Candidate given) {
        return QuarkusTransaction.requiringNew().call(() -> {
            DocumentEntity document = documents.findByIdOptional(documentId, LockModeType.PESSIMISTIC_WRITE)
                    .orElseThrow(() -> ApiErrors.notFound("documents/" + documentId));
            GrpcCall.caller().checkCanWrite(document.regionCode);
            if (given.getReadingCase() == Candidate.ReadingCase.READING_NOT_SET) {
                throw ApiErrors.invalidArgument("candidate.target",
                        "one reading is required: target, observation, project or programme_total");
            }
            CandidateEntity entity = new CandidateEntity();
            quote(entity, document.text, given.getQuote());
            requireDecimals(given);
            entity.key = new CandidateEntity.Key(documentId, candidates.lastSeq(documentId) + 1);
            entity.kind = CandidateMapper.kindOf(given.getReadingCase());
            entity.state = CandidateState.PENDING;
            entity.rule = REVIEWER_RULE;
            String section = RequestFields.optional(given.getSection(), "candidate.section", MAX_QUOTE);
            entity.section = section == null ? "" : section;
            entity.readingJson = CandidateMapper.json(reading(given));
            candidates.persist(entity);
            candidates.flush();
            Candidate created = CandidateMapper.toProto(entity);
            audit.created(CandidateMapper.name(entity.key), created);
            return created;
        });
    }

    public Candidate reject(CandidateEntity.Key key, String etag) {
        return QuarkusTransaction.requiringNew().call(() -> {
            CandidateEntity entity = pending(key, etag);
            Candidate before = CandidateMapper.toProto(entity);
            entity.state = CandidateState.REJECTED;
            entity.reviewedBy = GrpcCall.caller().name();
            entity.reviewedAt = DatabaseTime.now();
            candidates.flush();
            Candidate after = CandidateMapper.toProto(entity);
            audit.changed(CandidateMapper.name(key), before, after);
            return after;
        });
    }

    /**
     * Merges the edited reading into the stored one (the mask's paths, or every field given); the path "quote"
     * moves the candidate to other words of the text (a reviewer widening a quote that says too little).
     */
    public Candidate update(CandidateEntity.Key key, Candidate edited, FieldMask mask) {
        return QuarkusTransaction.requiringNew().call(() -> {
            CandidateEntity entity = pending(key, edited.getEtag());
            Candidate before = CandidateMapper.toProto(entity);
            if (edited.getReadingCase() != Candidate.ReadingCase.READING_NOT_SET
                    && edited.getReadingCase() != before.getReadingCase()) {
                throw ApiErrors.invalidArgument("candidate." + edited.getReadingCase().name().toLowerCase(),
                        "this candidate is a " + before.getReadingCase().name().toLowerCase() + " candidate");
            }
            Candidate.Builder merged = before.toBuilder();
            if (mask.getPathsList().contains(QUOTE_PATH)) {
                quote(entity, documents.findById(key.documentId()).text, edited.getQuote());
            }
            FieldMask readingMask = FieldMask.newBuilder().addAllPaths(mask.getPathsList().stream()
                    .filter(path -> !path.equals(QUOTE_PATH)).toList()).build();
            if (mask.getPathsCount() == 0) {
                merged.mergeFrom(edited);
            } else if (readingMask.getPathsCount() > 0) {
                if (!FieldMaskUtil.isValid(Candidate.class, readingMask)) {
                    throw ApiErrors.invalidArgument("update_mask", "names a field candidates do not have: " + mask.getPathsList());
                }
                for (String path : readingMask.getPathsList()) {
                    if (!path.matches("(target|observation|project|programme_total)\\..+")) {
                        throw ApiErrors.invalidArgument("update_mask", path + " is not a field of the reading");
                    }
                }
                FieldMaskUtil.merge(readingMask, edited, merged, new FieldMaskUtil.MergeOptions().setReplaceRepeatedFields(true)
                        .setReplaceMessageFields(true).setReplacePrimitiveFields(true));
            }
            Candidate after = merged.build();
            requireDecimals(after);
            entity.readingJson = CandidateMapper.json(reading(after));
            entity.lastError = null;
            candidates.flush();
            Candidate stored = CandidateMapper.toProto(entity);
            audit.changed(CandidateMapper.name(key), before, stored);
            return stored;
        });
    }

    /** A reviewer's correction of the words a candidate quotes: they must stand in the text, as on create. */
    private static void quote(CandidateEntity entity, String text, String quote) {
        if (quote.isBlank() || quote.length() > MAX_QUOTE) {
            throw ApiErrors.invalidArgument("candidate.quote", "is required, at most " + MAX_QUOTE + " characters");
        }
        QuoteLocator.Span span = QuoteLocator.find(text, quote)
                .orElseThrow(() -> ApiErrors.invalidArgument("candidate.quote", "does not stand in the document's text"));
        entity.quote = text.substring(span.start(), span.end());
        entity.startOffset = span.start();
        entity.endOffset = span.end();
    }

    /** The keys of a document's pending candidates (of one kind when given), for a review of them all. */
    public List<CandidateEntity.Key> pendingKeys(String documentId, io.planmonitor.extraction.CandidateKind kind) {
        return QuarkusTransaction.requiringNew().call(() -> {
            DocumentEntity document = documents.findByIdOptional(documentId)
                    .orElseThrow(() -> ApiErrors.notFound("documents/" + documentId));
            GrpcCall.caller().checkCanWrite(document.regionCode);
            return candidates.page(documentId, kind, CandidateState.PENDING, 0, Integer.MAX_VALUE - 1).stream()
                    .map(c -> c.key).toList();
        });
    }

    private CandidateEntity pending(CandidateEntity.Key key, String etag) {
        CandidateEntity entity = candidates.findByIdOptional(key)
                .orElseThrow(() -> ApiErrors.notFound(CandidateMapper.name(key)));
        GrpcCall.caller().checkCanWrite(documents.findById(key.documentId()).regionCode);
        if (etag != null && !etag.isEmpty() && !etag.equals(Long.toString(entity.version))) {
            throw ApiErrors.staleEtag(CandidateMapper.name(key), etag, Long.toString(entity.version));
        }
        if (entity.state != CandidateState.PENDING) {
            throw ApiErrors.failedPrecondition(CandidateMapper.name(key) + " is " + entity.state
                    + " already: only a pending candidate can be reviewed");
        }
        return entity;
    }

    /** An edited number must be a decimal before it is kept, so accepting never meets one that is not. */
    private static void requireDecimals(Candidate candidate) {
        var t = candidate.getTarget();
        var o = candidate.getObservation();
        var p = candidate.getProject();
        var total = candidate.getProgrammeTotal();
        String[][] numbers = {
            {"target.value", t.getValue().getValue()}, {"target.upper_bound", t.getUpperBound().getValue()},
            {"target.baseline_value", t.getBaselineValue().getValue()}, {"observation.value", o.getValue().getValue()},
            {"project.investment.amount", p.getInvestment().getAmount().getValue()},
            {"programme_total.total_investment", total.getTotalInvestment().getValue()},
            {"programme_total.completed_investment", total.getCompletedInvestment().getValue()}};
        for (String[] number : numbers) {
            if (!number[1].isEmpty() && !number[1].matches("-?\\d+(\\.\\d+)?")) {
                throw ApiErrors.invalidArgument("candidate." + number[0], "must be a decimal such as 13617.8, not "
                        + number[1]);
            }
        }
    }

    private static Message reading(Candidate candidate) {
        return switch (candidate.getReadingCase()) {
            case TARGET -> candidate.getTarget();
            case OBSERVATION -> candidate.getObservation();
            case PROJECT -> candidate.getProject();
            case PROGRAMME_TOTAL -> candidate.getProgrammeTotal();
            default -> throw new IllegalStateException("no reading");
        };
    }
}
