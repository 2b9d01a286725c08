package io.planmonitor.seed;

import io.grpc.StatusRuntimeException;
import io.planmonitor.common.v1.YearSpan;
import io.planmonitor.documents.v1.AcceptCandidateRequest;
import io.planmonitor.documents.v1.Candidate;
import io.planmonitor.documents.v1.CandidateState;
import io.planmonitor.documents.v1.CreateCandidateRequest;
import io.planmonitor.documents.v1.DocumentKind;
import io.planmonitor.documents.v1.DocumentServiceGrpc;
import io.planmonitor.documents.v1.DocumentView;
import io.planmonitor.documents.v1.GetDocumentRequest;
import io.planmonitor.documents.v1.ListCandidatesRequest;
import io.planmonitor.documents.v1.ListCandidatesResponse;
import io.planmonitor.documents.v1.ReviewAction;
import io.planmonitor.documents.v1.ReviewCandidatesRequest;
import io.planmonitor.documents.v1.SubmitDocumentRequest;
import io.planmonitor.documents.v1.SubmitDocumentResponse;
import io.planmonitor.documents.v1.UpdateCandidateRequest;
import com.google.protobuf.ByteString;
import com.google.protobuf.FieldMask;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Replays a reviewed text of the public record through documents-service, as its reviewer did it: the text is
 * submitted (title, address, kind, region, years as a submitter states them); each reviewed record is matched with
 * the extractor's candidate that reads the same figure from the same words — accepted as it is, or corrected to the
 * reviewed reading first (its quote widened to the reviewer's words when it quotes less); a record the extractor
 * missed is added as a reviewer's candidate and accepted; what is left pending is rejected. A second replay finds
 * every record accepted and changes nothing.
 */
final class ReviewReplay {

    /** What the review of one text came to: the extractor's candidates and what became of them. */
    public record Outcome(int extracted, int acceptedAsRead, int requoted, int corrected, int added, int rejected,
            int alreadyReviewed) {
    }

    private final UnaryOperator<DocumentServiceGrpc.DocumentServiceBlockingStub> call;
    private final DocumentServiceGrpc.DocumentServiceBlockingStub documents;
    private final Map<String, String> unitsByIndicator;

    ReviewReplay(DocumentServiceGrpc.DocumentServiceBlockingStub documents,
            UnaryOperator<DocumentServiceGrpc.DocumentServiceBlockingStub> call, Map<String, String> unitsByIndicator) {
        this.documents = documents;
        this.call = call;
        this.unitsByIndicator = unitsByIndicator;
    }

    /** What the review did with one record. */
    private enum Decision { ACCEPTED_BEFORE, ACCEPTED_AS_READ, QUOTE_WIDENED, CORRECTED, ADDED }

    Outcome replay(SeedFile file, LoadReport report, String fileName) {
        SubmitDocumentResponse submitted = call.apply(documents).submitDocument(submission(file));
        String document = submitted.getDocument().getName();
        String text = call.apply(documents).getDocument(GetDocumentRequest.newBuilder().setName(document)
                .setView(DocumentView.DOCUMENT_VIEW_FULL).build()).getText();
        List<Candidate> unused = candidates(document);
        int extracted = (int) unused.stream().filter(c -> !c.getRule().equals(ReviewedReadings.REVIEWER_RULE)).count();
        Map<Decision, Integer> decisions = new EnumMap<>(Decision.class);
        for (ReviewedReadings.Reviewed record : ReviewedReadings.of(file, unitsByIndicator, text)) {
            try {
                Decision decision = review(record, unused, document);
                decisions.merge(decision, 1, Integer::sum);
                if (decision == Decision.ACCEPTED_BEFORE) {
                    report.unchanged("reviewed records");
                } else {
                    report.created("reviewed records");
                }
            } catch (StatusRuntimeException e) {
                report.failed(fileName + " " + record.label(),
                        e.getStatus().getCode() + " " + e.getStatus().getDescription());
            }
        }
        int rejected = call.apply(documents).reviewCandidates(ReviewCandidatesRequest.newBuilder().setParent(document)
                .setAction(ReviewAction.REVIEW_ACTION_REJECT).build()).getSucceeded();
        return new Outcome(extracted, decisions.getOrDefault(Decision.ACCEPTED_AS_READ, 0),
                decisions.getOrDefault(Decision.QUOTE_WIDENED, 0), decisions.getOrDefault(Decision.CORRECTED, 0),
                decisions.getOrDefault(Decision.ADDED, 0), rejected, decisions.getOrDefault(Decision.ACCEPTED_BEFORE, 0));
    }

    /** Reviews one record against the candidates not yet used (the one it takes is removed) and accepts it. */
    private Decision review(ReviewedReadings.Reviewed record, List<Candidate> unused, String document) {
        Candidate match = ReviewedReadings.match(record, unused);
        unused.remove(match);
        if (match != null && match.getState() == CandidateState.CANDIDATE_STATE_ACCEPTED) {
            return Decision.ACCEPTED_BEFORE;
        }
        Candidate toAccept;
        Decision decision;
        if (match == null) {
            toAccept = call.apply(documents).createCandidate(CreateCandidateRequest.newBuilder()
                    .setParent(document).setCandidate(record.candidate()).build());
            decision = Decision.ADDED;
        } else {
            boolean sameReading = ReviewedReadings.sameReading(match, record);
            boolean quotesAll = ReviewedReadings.quotesAll(match, record);
            decision = !sameReading ? Decision.CORRECTED : quotesAll ? Decision.ACCEPTED_AS_READ : Decision.QUOTE_WIDENED;
            toAccept = decision == Decision.ACCEPTED_AS_READ ? match : corrected(match, record, sameReading, quotesAll);
        }
        call.apply(documents).acceptCandidate(AcceptCandidateRequest.newBuilder()
                .setName(toAccept.getName()).setEtag(toAccept.getEtag()).build());
        return decision;
    }

    /** The candidate with the reviewer's reading, and the reviewer's words where it quotes less. */
    private Candidate corrected(Candidate match, ReviewedReadings.Reviewed record, boolean sameReading,
            boolean quotesAll) {
        FieldMask.Builder mask = FieldMask.newBuilder();
        if (!sameReading) {
            mask.addAllPaths(record.paths());
        }
        if (!quotesAll) {
            mask.addPaths("quote");
        }
        return call.apply(documents).updateCandidate(UpdateCandidateRequest.newBuilder()
                .setCandidate(record.candidate().toBuilder().setName(match.getName()).setEtag(match.getEtag()))
                .setUpdateMask(mask).build());
    }

    private SubmitDocumentRequest submission(SeedFile file) {
        SeedFile.Source source = file.source();
        SubmitDocumentRequest.Builder request = SubmitDocumentRequest.newBuilder()
                .setContent(ByteString.copyFrom(SeedDataset.documentBytes(file.document())))
                .setFileName(file.document().substring(file.document().lastIndexOf('/') + 1))
                .setMediaType("text/plain")
                .setTitle(source.title())
                .setRegionCode(source.region())
                .setKind(DocumentKind.valueOf("DOCUMENT_KIND_" + source.kind()))
                .setPeriod(YearSpan.newBuilder().setStartYear(source.period().start())
                        .setEndYear(source.period().end()))
                .setDocumentId(documentId(file.document()))
                .setSecondary(source.secondary());
        if (source.url() != null) {
            request.setSourceUrl(source.url());
        }
        if (file.plan() != null) {
            request.setPlan("plans/" + file.plan().id());
        }
        return request.build();
    }

    /** The document's id: its file's name (without the city's name when that makes it too long for an id). */
    static String documentId(String document) {
        String base = document.substring(document.lastIndexOf('/') + 1).replaceFirst("\\.txt$", "");
        return base.length() <= 50 ? base : base.replaceFirst("^zhengzhou-", "");
    }

    private List<Candidate> candidates(String document) {
        List<Candidate> all = new ArrayList<>();
        String token = "";
        do {
            ListCandidatesResponse page = call.apply(documents).listCandidates(ListCandidatesRequest.newBuilder()
                    .setParent(document).setPageSize(500).setPageToken(token).build());
            all.addAll(page.getCandidatesList());
            token = page.getNextPageToken();
        } while (!token.isEmpty());
        return all;
    }
}
