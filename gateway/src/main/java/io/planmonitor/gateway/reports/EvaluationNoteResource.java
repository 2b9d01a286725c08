package io.planmonitor.gateway.reports;

import static io.planmonitor.gateway.api.ProtoJson.orEmpty;

import io.planmonitor.gateway.api.IfMatch;
import io.planmonitor.gateway.api.ServiceClients;
import io.planmonitor.gateway.problems.InvalidFieldException;
import io.planmonitor.indicators.v1.EvaluationNote;
import io.planmonitor.indicators.v1.ListEvaluationNoteVersionsRequest;
import io.planmonitor.indicators.v1.ListEvaluationNotesRequest;
import io.planmonitor.indicators.v1.WriteEvaluationNoteRequest;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Staff's 原因分析 and 下一步措施 of a plan's evaluation, per target and overall, each write kept as a version. */
@Path("/api/v1/plans/{planId}/evaluations/{evaluation}/notes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
public class EvaluationNoteResource {

    @Inject
    ServiceClients services;

    @GET
    @Operation(summary = "The latest version of each staff note of an evaluation: overall first, then by target")
    public Uni<List<EvaluationNoteJson>> notes(
            @Parameter(example = "xinzheng-14th-fyp-outline") @PathParam("planId") String planId,
            @Parameter(description = "mid-term (中期评估) or final (总结评估)", example = "mid-term")
            @PathParam("evaluation") String evaluation) {
        return services.indicators().listEvaluationNotes(ListEvaluationNotesRequest.newBuilder()
                        .setParent(evaluationName(planId, evaluation)).build())
                .map(list -> list.getNotesList().stream().map(EvaluationNoteJson::of).toList());
    }

    @PUT
    @Path("/{note}")
    @Operation(summary = "Write the next version of a note (the target's id, or overall); If-Match with the version "
            + "read (\"0\" for none) refuses to replace someone else's newer text (412)")
    public Uni<Response> write(@PathParam("planId") String planId, @PathParam("evaluation") String evaluation,
            @Parameter(example = "overall") @PathParam("note") String note, @HeaderParam("If-Match") String ifMatch,
            EvaluationNoteJson body) {
        if (body == null) {
            throw new InvalidFieldException("body", "is required: an EvaluationNote with reasonsZh and measuresZh");
        }
        String etag = IfMatch.etag(ifMatch);
        var request = WriteEvaluationNoteRequest.newBuilder().setEtag(etag)
                .setNote(EvaluationNote.newBuilder().setName(evaluationName(planId, evaluation) + "/notes/" + note)
                        .setReasonsZh(orEmpty(body.reasonsZh())).setMeasuresZh(orEmpty(body.measuresZh())))
                .build();
        return IfMatch.staleIsPreconditionFailed(services.indicators().writeEvaluationNote(request), etag)
                .map(written -> Response.ok(EvaluationNoteJson.of(written)).tag(written.getEtag()).build());
    }

    @GET
    @Path("/{note}/versions")
    @Operation(summary = "Every version of a note, newest first, with who wrote it and when")
    public Uni<List<EvaluationNoteJson>> versions(@PathParam("planId") String planId,
            @PathParam("evaluation") String evaluation, @PathParam("note") String note) {
        return services.indicators().listEvaluationNoteVersions(ListEvaluationNoteVersionsRequest.newBuilder()
                        .setName(evaluationName(planId, evaluation) + "/notes/" + note).build())
                .map(list -> list.getVersionsList().stream().map(EvaluationNoteJson::of).toList());
    }

    private static String evaluationName(String planId, String evaluation) {
        return "plans/" + planId + "/evaluations/" + evaluation;
    }
}
