package io.planmonitor.gateway.indicators;

import io.planmonitor.gateway.api.ProtoJson;
import io.planmonitor.gateway.api.ServiceClients;
import io.planmonitor.gateway.problems.FieldPaths;
import io.planmonitor.gateway.problems.InvalidFieldException;
import io.planmonitor.gateway.problems.Problem;
import io.planmonitor.indicators.v1.RecordObservationRequest;
import io.planmonitor.indicators.v1.RecordObservationsRequest;
import io.planmonitor.indicators.v1.RecordResult;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Many observed values in one call: a statistics bureau's release, a month of reports. */
@Path("/api/v1/observations/batch")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Indicators")
public class ObservationBatchResource {

    @Inject
    ServiceClients services;

    @POST
    @Operation(summary = "Record many values of any indicators; each item is checked and written on its own",
            description = "Idempotent per item: a value already recorded from the same source is reported "
                    + "ALREADY_RECORDED and not written again. An editor's items outside its regions are REJECTED.")
    public Uni<ObservationJson.BatchResults> record(ObservationJson.Batch body) {
        if (body == null || body.items() == null || body.items().isEmpty()) {
            throw new InvalidFieldException("items", "is required: at least one {indicator, observation}");
        }
        RecordObservationsRequest.Builder request = RecordObservationsRequest.newBuilder();
        for (int i = 0; i < body.items().size(); i++) {
            ObservationJson.BatchItem item = body.items().get(i);
            if (item == null || item.observation() == null) {
                throw new InvalidFieldException("items[" + i + "].observation", "is required");
            }
            request.addRequests(RecordObservationRequest.newBuilder().setParent(ProtoJson.orEmpty(item.indicator()))
                    .setObservation(IndicatorJsonMapper.toProto(item.observation())));
        }
        return services.indicators().recordObservations(request.build()).map(response -> new ObservationJson.BatchResults(
                response.getResultsList().stream().map(ObservationBatchResource::toJson).toList()));
    }

    private static ObservationJson.BatchResult toJson(RecordResult result) {
        return new ObservationJson.BatchResult(result.getIndex(), ProtoJson.enumName(result.getOutcome(), "RECORD_OUTCOME_"),
                result.hasObservation() ? IndicatorJsonMapper.toJson(result.getObservation()) : null,
                result.getViolationsList().stream().map(violation -> new Problem.FieldError(
                        FieldPaths.toJson(violation.getField()), violation.getDescription())).toList());
    }
}
