package io.planmonitor.gateway.documents;

import com.google.protobuf.FieldMask;
import io.planmonitor.documents.v1.AcceptCandidateRequest;
import io.planmonitor.documents.v1.Candidate;
import io.planmonitor.documents.v1.CandidateKind;
import io.planmonitor.documents.v1.CandidateState;
import io.planmonitor.documents.v1.CreateCandidateRequest;
import io.planmonitor.documents.v1.DocumentKind;
import io.planmonitor.documents.v1.DocumentView;
import io.planmonitor.documents.v1.GetDocumentRequest;
import io.planmonitor.documents.v1.ListCandidatesRequest;
import io.planmonitor.documents.v1.ListDocumentsRequest;
import io.planmonitor.documents.v1.RejectCandidateRequest;
import io.planmonitor.documents.v1.ReviewAction;
import io.planmonitor.documents.v1.ReviewCandidatesRequest;
import io.planmonitor.documents.v1.UpdateCandidateRequest;
import io.planmonitor.gateway.api.IfMatch;
import io.planmonitor.gateway.api.PageParameters;
import io.planmonitor.gateway.api.ProtoJson;
import io.planmonitor.gateway.api.ServiceClients;
import io.planmonitor.gateway.auth.WriteScope;
import io.planmonitor.gateway.problems.InvalidFieldException;
import io.planmonitor.gateway.problems.Problem;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * REST face of documents-service: submit a document, review the targets, results and projects read from it.
 * Accepting a candidate writes it through indicators-service or projects-service as the caller.
 */
@Path("/api/v1/documents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Documents", description = "Documents a plan office receives (统计公报, 政府工作报告, 年度计划, 规划纲要) and"
        + " the candidate records read from them, reviewed before they are written")
@APIResponse(responseCode = "503", description = "documents-service, or a service it writes through, cannot be reached",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class DocumentResource {

    private static final String CANDIDATES = "/{documentId}/candidates/{candidate}";

    @Inject
    ServiceClients services;

    @Inject
    WriteScope scope;

    @POST
    @Operation(summary = "Submit a document; the targets, results, projects and programme totals read from it wait"
            + " for review", description = "The same bytes again are recognised (SHA-256): the answer is the stored"
            + " document with alreadySubmitted true and status 200 instead of 201, and nothing is added.")
    @APIResponse(responseCode = "201", description = "Stored and read (200 with the stored document when these bytes"
            + " were submitted before)", content = @Content(schema = @Schema(implementation = DocumentJson.Submitted.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid or the content cannot be read; the problem"
            + " names the field", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class)))
    public Uni<Response> submit(
            @Parameter(description = "Optional id (a-z0-9-)", example = "zz-2023-bulletin")
            @QueryParam("documentId") @DefaultValue("") String documentId,
            DocumentJson.Submit body) {
        if (body == null) {
            throw new InvalidFieldException("body", "is required: a DocumentSubmission");
        }
        scope.checkCanWrite(body.regionCode());
        return services.documents().submitDocument(DocumentJsonMapper.toProto(body, documentId))
                .map(answer -> Response.status(answer.getAlreadySubmitted() ? Response.Status.OK : Response.Status.CREATED)
                        .location(URI.create("/api/v1/" + answer.getDocument().getName()))
                        .entity(new DocumentJson.Submitted(DocumentJsonMapper.toJson(answer.getDocument()),
                                answer.getAlreadySubmitted(), answer.getCandidateCount()))
                        .build());
    }

    @GET
    @Operation(summary = "Documents, one page at a time; optionally only a region's or a kind's")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(schema = @Schema(implementation = DocumentJson.DocumentPage.class)))
    public Uni<DocumentJson.DocumentPage> list(@BeanParam PageParameters paging,
            @Parameter(example = "410100") @QueryParam("regionCode") @DefaultValue("") String regionCode,
            @Parameter(example = "STATISTICAL_BULLETIN") @QueryParam("kind") @DefaultValue("") String kind) {
        return services.documents().listDocuments(ListDocumentsRequest.newBuilder()
                        .setRegionCode(regionCode)
                        .setKind(ProtoJson.enumValue(kind, DocumentKind.class, DocumentJsonMapper.KIND, "kind"))
                        .setPageSize(paging.size()).setPageToken(paging.token()).build())
                .map(page -> new DocumentJson.DocumentPage(
                        page.getDocumentsList().stream().map(DocumentJsonMapper::toJson).toList(),
                        page.getNextPageToken(), page.getTotalSize()));
    }

    @GET
    @Path("/{documentId}")
    @Operation(summary = "One document; with view=FULL its text as read")
    @APIResponse(responseCode = "200", description = "The document",
            content = @Content(schema = @Schema(implementation = DocumentJson.Document.class)))
    public Uni<DocumentJson.Document> get(@PathParam("documentId") String documentId,
            @Parameter(description = "BASIC (default) or FULL") @QueryParam("view") @DefaultValue("") String view) {
        return services.documents().getDocument(GetDocumentRequest.newBuilder().setName("documents/" + documentId)
                        .setView(ProtoJson.enumValue(view, DocumentView.class, "DOCUMENT_VIEW_", "view")).build())
                .map(DocumentJsonMapper::toJson);
    }

    @GET
    @Path("/{documentId}/candidates")
    @Operation(summary = "A document's candidates in the order of the text; optionally one kind's or one state's")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(schema = @Schema(implementation = DocumentJson.CandidatePage.class)))
    public Uni<DocumentJson.CandidatePage> candidates(@PathParam("documentId") String documentId,
            @BeanParam PageParameters paging,
            @Parameter(example = "OBSERVATION") @QueryParam("kind") @DefaultValue("") String kind,
            @Parameter(example = "PENDING") @QueryParam("state") @DefaultValue("") String state) {
        return services.documents().listCandidates(ListCandidatesRequest.newBuilder()
                        .setParent("documents/" + documentId)
                        .setKind(ProtoJson.enumValue(kind, CandidateKind.class, DocumentJsonMapper.CANDIDATE_KIND, "kind"))
                        .setState(ProtoJson.enumValue(state, CandidateState.class, DocumentJsonMapper.STATE, "state"))
                        .setPageSize(paging.size()).setPageToken(paging.token()).build())
                .map(page -> new DocumentJson.CandidatePage(
                        page.getCandidatesList().stream().map(DocumentJsonMapper::toJson).toList(),
                        page.getNextPageToken(), page.getTotalSize()));
    }

    @POST
    @Path("/{documentId}/candidates")
    @Operation(summary = "Add what the extractor missed: a reviewer's candidate, pending until accepted",
            description = "The body gives the quote (the document's words; whitespace may differ) and one reading;"
                    + " the candidate takes its offsets and verbatim words from the text, and rule 'reviewer'.")
    @APIResponse(responseCode = "201", description = "The new candidate, at its Location",
            content = @Content(schema = @Schema(implementation = DocumentJson.Candidate.class)))
    @APIResponse(responseCode = "400", description = "No reading, or the quote does not stand in the text",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> create(@PathParam("documentId") String documentId, DocumentJson.Candidate body) {
        if (body == null) {
            throw new InvalidFieldException("body", "is required: the quote and one reading");
        }
        Candidate candidate = DocumentJsonMapper.toProto(body).toBuilder()
                .setQuote(body.quote() == null ? "" : body.quote())
                .setSection(body.section() == null ? "" : body.section()).build();
        return services.documents().createCandidate(CreateCandidateRequest.newBuilder()
                        .setParent("documents/" + documentId).setCandidate(candidate).build())
                .map(created -> Response.created(URI.create("/api/v1/" + created.getName())).tag(created.getEtag())
                        .entity(DocumentJsonMapper.toJson(created)).build());
    }

    @PATCH
    @Path(CANDIDATES)
    @Operation(summary = "Correct a pending candidate before accepting it: the fields of its reading the body sets"
            + " (and its quote, when the body gives one: other words of the text)")
    @APIResponse(responseCode = "200", description = "The corrected candidate",
            content = @Content(schema = @Schema(implementation = DocumentJson.Candidate.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an etag that is no longer current",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> update(@PathParam("documentId") String documentId, @PathParam("candidate") String candidate,
            @HeaderParam("If-Match") String ifMatch, DocumentJson.Candidate body) {
        if (body == null) {
            throw new InvalidFieldException("body", "is required: the reading's fields to change");
        }
        String etag = IfMatch.etag(ifMatch);
        UpdateCandidateRequest request = UpdateCandidateRequest.newBuilder()
                .setCandidate(DocumentJsonMapper.toProto(body).toBuilder().setName(name(documentId, candidate)).setEtag(etag)
                        .setQuote(body.quote() == null ? "" : body.quote()))
                .setUpdateMask(FieldMask.newBuilder().addAllPaths(DocumentJsonMapper.presentPaths(body)))
                .build();
        return IfMatch.staleIsPreconditionFailed(services.documents().updateCandidate(request), etag)
                .map(updated -> Response.ok(DocumentJsonMapper.toJson(updated)).tag(updated.getEtag()).build());
    }

    @POST
    @Path(CANDIDATES + "/accept")
    @Operation(summary = "Accept a candidate: write it through the service that owns its kind, as the caller",
            description = "When that service refuses, the candidate stays pending with the refusal in lastError and"
                    + " the answer is the refusal.")
    @APIResponse(responseCode = "200", description = "The accepted candidate, naming what was written",
            content = @Content(schema = @Schema(implementation = DocumentJson.Candidate.class)))
    @APIResponse(responseCode = "400", description = "The candidate was reviewed already, or its reading does not"
            + " make a valid record (the owning service names the field)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> accept(@PathParam("documentId") String documentId, @PathParam("candidate") String candidate,
            @HeaderParam("If-Match") String ifMatch) {
        String etag = IfMatch.etag(ifMatch);
        return IfMatch.staleIsPreconditionFailed(services.documents().acceptCandidate(AcceptCandidateRequest.newBuilder()
                        .setName(name(documentId, candidate)).setEtag(etag).build()), etag)
                .map(accepted -> Response.ok(DocumentJsonMapper.toJson(accepted)).tag(accepted.getEtag()).build());
    }

    @POST
    @Path(CANDIDATES + "/reject")
    @Operation(summary = "Reject a candidate: nothing is written")
    @APIResponse(responseCode = "200", description = "The rejected candidate",
            content = @Content(schema = @Schema(implementation = DocumentJson.Candidate.class)))
    public Uni<Response> reject(@PathParam("documentId") String documentId, @PathParam("candidate") String candidate,
            @HeaderParam("If-Match") String ifMatch) {
        String etag = IfMatch.etag(ifMatch);
        return IfMatch.staleIsPreconditionFailed(services.documents().rejectCandidate(RejectCandidateRequest.newBuilder()
                        .setName(name(documentId, candidate)).setEtag(etag).build()), etag)
                .map(rejected -> Response.ok(DocumentJsonMapper.toJson(rejected)).tag(rejected.getEtag()).build());
    }

    @POST
    @Path("/{documentId}/reviews")
    @Operation(summary = "Accept or reject every pending candidate of a document (of one kind); an outcome for each")
    @APIResponse(responseCode = "200", description = "Each candidate after the review",
            content = @Content(schema = @Schema(implementation = DocumentJson.Outcomes.class)))
    public Uni<DocumentJson.Outcomes> review(@PathParam("documentId") String documentId, DocumentJson.Review body) {
        if (body == null) {
            throw new InvalidFieldException("body", "is required: a CandidateReview");
        }
        return services.documents().reviewCandidates(ReviewCandidatesRequest.newBuilder()
                        .setParent("documents/" + documentId)
                        .setAction(ProtoJson.enumValue(body.action(), ReviewAction.class, "REVIEW_ACTION_", "action"))
                        .setKind(ProtoJson.enumValue(body.kind(), CandidateKind.class, DocumentJsonMapper.CANDIDATE_KIND,
                                "kind"))
                        .build())
                .map(answer -> new DocumentJson.Outcomes(answer.getOutcomesList().stream()
                        .map(o -> new DocumentJson.Outcome(DocumentJsonMapper.toJson(o.getCandidate()),
                                ProtoJson.emptyToNull(o.getError())))
                        .toList(), answer.getSucceeded(), answer.getFailed()));
    }

    private static String name(String documentId, String candidate) {
        return "documents/" + documentId + "/candidates/" + candidate;
    }
}
