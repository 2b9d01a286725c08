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
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Replays a reviewed text of the public record through documents-service, as its reviewer did it: the text is
 * submitted (title, address, kind, region, years as a submitter states them); each reviewed record is matched with
 * the extractor's candidate that reads the same figure from the same words — accepted as it is, or corrected to the
 * reviewed reading first (its quote widened to the reviewer's words when it quotes less); a record the extractor missed is added as a reviewer's candidate and accepted; what is
 * left pending is rejected. A second replay finds every record accepted and changes nothing.
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

    Outcome replay(SeedFile file, LoadReport report, String fileName) {
        SubmitDocumentResponse submitted = call.apply(documents).submitDocument(submission(file));
        String document = submitted.getDocument().getName();
        String text = call.apply(documents).getDocument(GetDocumentRequest.newBuilder().setName(document)
                .setView(DocumentView.DOCUMENT_VIEW_FULL).build()).getText();
        List<Candidate> candidates = candidates(document);
        int extracted = (int) candidates.stream().filter(c -> !c.getRule().equals(ReviewedReadings.REVIEWER_RULE)).count();
        List<Candidate> unused = new ArrayList<>(candidates);
        int asRead = 0;
        int requoted = 0;
        int corrected = 0;
        int added = 0;
        int already = 0;
        for (ReviewedReadings.Reviewed record : ReviewedReadings.of(file, unitsByIndicator, text)) {
            String where = fileName + " " + record.label();
            try {
                Candidate match = ReviewedReadings.match(record, unused);
                if (match != null) {
                    unused.remove(match);
                }
                if (match != null && match.getState() == CandidateState.CANDIDATE_STATE_ACCEPTED) {
                    already++;
                    report.unchanged("reviewed records");
                    continue;
                }
                Candidate toAccept;
                if (match == null) {
                    toAccept = call.apply(documents).createCandidate(CreateCandidateRequest.newBuilder()
                            .setParent(document).setCandidate(record.candidate()).build());
                    added++;
                } else {
                    boolean sameReading = ReviewedReadings.sameReading(match, record);
                    boolean quotesAll = ReviewedReadings.quotesAll(match, record);
                    if (sameReading && quotesAll) {
                        toAccept = match;
                        asRead++;
                    } else {
                        // The reading corrected, and the quote widened to the reviewer's words where it says less.
                        FieldMask.Builder mask = FieldMask.newBuilder();
                        if (!sameReading) {
                            mask.addAllPaths(record.paths());
                            corrected++;
                        } else {
                            requoted++;
                        }
                        if (!quotesAll) {
                            mask.addPaths("quote");
                        }
                        toAccept = call.apply(documents).updateCandidate(UpdateCandidateRequest.newBuilder()
                                .setCandidate(record.candidate().toBuilder().setName(match.getName())
                                        .setEtag(match.getEtag()))
                                .setUpdateMask(mask).build());
                    }
                }
                call.apply(documents).acceptCandidate(AcceptCandidateRequest.newBuilder()
                        .setName(toAccept.getName()).setEtag(toAccept.getEtag()).build());
                report.created("reviewed records");
            } catch (StatusRuntimeException e) {
                report.failed(where, e.getStatus().getCode() + " " + e.getStatus().getDescription());
            }
        }
        int rejected = call.apply(documents).reviewCandidates(ReviewCandidatesRequest.newBuilder().setParent(document)
                .setAction(ReviewAction.REVIEW_ACTION_REJECT).build()).getSucceeded();
        return new Outcome(extracted, asRead, requoted, corrected, added, rejected, already);
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
