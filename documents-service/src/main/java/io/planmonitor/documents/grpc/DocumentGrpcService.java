package io.planmonitor.documents.grpc;

import io.planmonitor.common.v1.ListAuditEventsRequest;
import io.planmonitor.common.v1.ListAuditEventsResponse;
import io.planmonitor.documents.domain.CandidateState;
import io.planmonitor.documents.domain.DecodedDocument;
import io.planmonitor.documents.domain.DocumentDecoder;
import io.planmonitor.documents.domain.UnreadableDocumentException;
import io.planmonitor.documents.mapping.CandidateMapper;
import io.planmonitor.documents.mapping.DocumentMapper;
import io.planmonitor.documents.repository.CandidateEntity;
import io.planmonitor.documents.repository.CandidateRepository;
import io.planmonitor.documents.repository.DocumentEntity;
import io.planmonitor.documents.service.CandidateReview;
import io.planmonitor.documents.service.CatalogueReader;
import io.planmonitor.documents.service.DocumentLibrary;
import io.planmonitor.documents.v1.AcceptCandidateRequest;
import io.planmonitor.documents.v1.Candidate;
import io.planmonitor.documents.v1.CreateCandidateRequest;
import io.planmonitor.documents.v1.Document;
import io.planmonitor.documents.v1.DocumentService;
import io.planmonitor.documents.v1.DocumentView;
import io.planmonitor.documents.v1.GetDocumentRequest;
import io.planmonitor.documents.v1.ListCandidatesRequest;
import io.planmonitor.documents.v1.ListCandidatesResponse;
import io.planmonitor.documents.v1.ListDocumentsRequest;
import io.planmonitor.documents.v1.ListDocumentsResponse;
import io.planmonitor.documents.v1.RejectCandidateRequest;
import io.planmonitor.documents.v1.ReviewAction;
import io.planmonitor.documents.v1.ReviewCandidatesRequest;
import io.planmonitor.documents.v1.ReviewCandidatesResponse;
import io.planmonitor.documents.v1.ReviewOutcome;
import io.planmonitor.documents.v1.SubmitDocumentRequest;
import io.planmonitor.documents.v1.SubmitDocumentResponse;
import io.planmonitor.documents.v1.UpdateCandidateRequest;
import io.planmonitor.extraction.CandidateKind;
import io.planmonitor.extraction.DocumentKind;
import io.planmonitor.support.ApiErrors;
import io.planmonitor.support.EnumNames;
import io.planmonitor.support.Page;
import io.planmonitor.support.PageRequest;
import io.planmonitor.support.ResourceNames;
import io.planmonitor.support.audit.AuditEventMapper;
import io.planmonitor.support.audit.AuditEventRepository;
import io.planmonitor.support.auth.GrpcCall;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The gRPC adapter of documents and their review. Handlers touch the database, so they run off the event loop. */
@GrpcService
@Blocking
public class DocumentGrpcService implements DocumentService {

    private final DocumentLibrary library;
    private final CandidateReview review;
    private final CatalogueReader catalogue;
    private final CandidateRepository candidates;
    private final AuditEventRepository auditEvents;
    private final long maxBytes;

    DocumentGrpcService(DocumentLibrary library, CandidateReview review, CatalogueReader catalogue,
            CandidateRepository candidates, AuditEventRepository auditEvents,
            @ConfigProperty(name = "planmonitor.documents.max-bytes") long maxBytes) {
        this.library = library;
        this.review = review;
        this.catalogue = catalogue;
        this.candidates = candidates;
        this.auditEvents = auditEvents;
        this.maxBytes = maxBytes;
    }

    @Override
    public Uni<SubmitDocumentResponse> submitDocument(SubmitDocumentRequest request) {
        return Uni.createFrom().item(() -> {
            DocumentEntity document = SubmitDocumentRequests.toNewEntity(request, maxBytes);
            GrpcCall.caller().checkCanWrite(document.regionCode);
            var existing = library.findBySha256(document.sha256);
            if (existing.isPresent()) {
                return answer(existing.get(), true);
            }
            DecodedDocument decoded;
            try {
                decoded = DocumentDecoder.decode(request.getContent().toByteArray(), request.getFileName(),
                        request.getMediaType());
            } catch (UnreadableDocumentException e) {
                throw ApiErrors.invalidArgument("content", e.getMessage());
            }
            catalogue.requireRegion(document.regionCode, "region_code");
            var read = DocumentLibrary.read(decoded, SubmitDocumentRequests.context(document), catalogue.catalogue());
            try {
                return answer(library.store(document, decoded, read).document(), false);
            } catch (RuntimeException e) {
                // The same bytes submitted at the same moment: the other submission stored them.
                var raced = library.findBySha256(document.sha256);
                if (raced.isPresent() && !(e instanceof StatusRuntimeException)) {
                    return answer(raced.get(), true);
                }
                throw e;
            }
        });
    }

    private SubmitDocumentResponse answer(DocumentEntity document, boolean already) {
        var counts = library.counts(document.id);
        return SubmitDocumentResponse.newBuilder()
                .setDocument(DocumentMapper.toProto(document, counts, false))
                .setAlreadySubmitted(already)
                .setCandidateCount((int) counts.values().stream().mapToLong(Long::longValue).sum())
                .build();
    }

    @Override
    public Uni<Document> getDocument(GetDocumentRequest request) {
        return Uni.createFrom().item(() -> {
            String id = ResourceNames.parse(DocumentMapper.COLLECTION, request.getName(), "name");
            DocumentEntity document = library.get(id);
            return DocumentMapper.toProto(document, library.counts(id), request.getView() == DocumentView.DOCUMENT_VIEW_FULL);
        });
    }

    @Override
    public Uni<ListDocumentsResponse> listDocuments(ListDocumentsRequest request) {
        return Uni.createFrom().item(() -> {
            DocumentKind kind = EnumNames.optional(request.getKind(), DocumentMapper.KIND_PREFIX, DocumentKind.class, "kind");
            Page<DocumentEntity> page = library.list(request.getRegionCode().isEmpty() ? null
                            : SubmitDocumentRequests.regionCode(request.getRegionCode()),
                    kind, PageRequest.of(request.getPageSize(), request.getPageToken()));
            return ListDocumentsResponse.newBuilder()
                    .addAllDocuments(page.items().stream().map(d -> DocumentMapper.toProto(d, library.counts(d.id), false)).toList())
                    .setNextPageToken(page.nextPageToken())
                    .setTotalSize(Math.toIntExact(page.totalSize()))
                    .build();
        });
    }

    @Override
    public Uni<ListCandidatesResponse> listCandidates(ListCandidatesRequest request) {
        return Uni.createFrom().item(() -> {
            String id = ResourceNames.parse(DocumentMapper.COLLECTION, request.getParent(), "parent");
            CandidateKind kind = EnumNames.optional(request.getKind(), CandidateMapper.KIND_PREFIX, CandidateKind.class, "kind");
            CandidateState state = EnumNames.optional(request.getState(), CandidateMapper.STATE_PREFIX, CandidateState.class, "state");
            PageRequest page = PageRequest.of(request.getPageSize(), request.getPageToken());
            int after = page.afterId() == null ? 0 : Math.toIntExact(page.afterNumber());
            return QuarkusTransaction.requiringNew().call(() -> {
                library.get(id);
                List<CandidateEntity> rows = candidates.page(id, kind, state, after, page.size() + 1);
                Page<CandidateEntity> result = Page.fromLookahead(rows, page, c -> Integer.toString(c.key.seq()),
                        candidates.count(id, kind, state));
                return ListCandidatesResponse.newBuilder()
                        .addAllCandidates(result.items().stream().map(CandidateMapper::toProto).toList())
                        .setNextPageToken(result.nextPageToken())
                        .setTotalSize(Math.toIntExact(result.totalSize()))
                        .build();
            });
        });
    }

    @Override
    public Uni<Candidate> createCandidate(CreateCandidateRequest request) {
        return Uni.createFrom().item(() -> review.create(
                ResourceNames.parse(DocumentMapper.COLLECTION, request.getParent(), "parent"), request.getCandidate()));
    }

    @Override
    public Uni<Candidate> updateCandidate(UpdateCandidateRequest request) {
        return Uni.createFrom().item(() -> review.update(key(request.getCandidate().getName(), "candidate.name"),
                request.getCandidate(), request.getUpdateMask()));
    }

    @Override
    public Uni<Candidate> acceptCandidate(AcceptCandidateRequest request) {
        return Uni.createFrom().item(() -> review.accept(key(request.getName(), "name"), request.getEtag()));
    }

    @Override
    public Uni<Candidate> rejectCandidate(RejectCandidateRequest request) {
        return Uni.createFrom().item(() -> review.reject(key(request.getName(), "name"), request.getEtag()));
    }

    @Override
    public Uni<ReviewCandidatesResponse> reviewCandidates(ReviewCandidatesRequest request) {
        return Uni.createFrom().item(() -> {
            String id = ResourceNames.parse(DocumentMapper.COLLECTION, request.getParent(), "parent");
            if (request.getAction() != ReviewAction.REVIEW_ACTION_ACCEPT && request.getAction() != ReviewAction.REVIEW_ACTION_REJECT) {
                throw ApiErrors.invalidArgument("action", "must be REVIEW_ACTION_ACCEPT or REVIEW_ACTION_REJECT");
            }
            CandidateKind kind = EnumNames.optional(request.getKind(), CandidateMapper.KIND_PREFIX, CandidateKind.class, "kind");
            ReviewCandidatesResponse.Builder response = ReviewCandidatesResponse.newBuilder();
            for (CandidateEntity.Key key : review.pendingKeys(id, kind)) {
                try {
                    Candidate done = request.getAction() == ReviewAction.REVIEW_ACTION_ACCEPT
                            ? review.accept(key, "") : review.reject(key, "");
                    response.addOutcomes(ReviewOutcome.newBuilder().setCandidate(done));
                    response.setSucceeded(response.getSucceeded() + 1);
                } catch (StatusRuntimeException e) {
                    Candidate current = QuarkusTransaction.requiringNew().call(() -> CandidateMapper.toProto(candidates.findById(key)));
                    response.addOutcomes(ReviewOutcome.newBuilder().setCandidate(current)
                            .setError(e.getStatus().getCode() + ": " + e.getStatus().getDescription()));
                    response.setFailed(response.getFailed() + 1);
                }
            }
            return response.build();
        });
    }

    @Override
    public Uni<ListAuditEventsResponse> listAuditEvents(ListAuditEventsRequest request) {
        return Uni.createFrom().item(() -> AuditEventMapper.toProto(auditEvents.list(request.getResource(),
                request.getActor(), PageRequest.of(request.getPageSize(), request.getPageToken()))));
    }

    private static CandidateEntity.Key key(String name, String field) {
        CandidateEntity.Key key = CandidateMapper.parseName(name);
        if (key == null) {
            throw ApiErrors.invalidArgument(field, "must be a resource name like documents/{document}/candidates/{n}");
        }
        return key;
    }
}
