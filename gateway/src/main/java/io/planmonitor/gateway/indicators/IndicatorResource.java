package io.planmonitor.gateway.indicators;

import com.google.protobuf.FieldMask;
import io.planmonitor.gateway.api.IfMatch;
import io.planmonitor.gateway.api.PageParameters;
import io.planmonitor.gateway.api.ServiceClients;
import io.planmonitor.gateway.auth.WriteScope;
import io.planmonitor.gateway.problems.InvalidFieldException;
import io.planmonitor.gateway.problems.Problem;
import io.planmonitor.indicators.v1.CreateIndicatorRequest;
import io.planmonitor.indicators.v1.GetIndicatorRequest;
import io.planmonitor.indicators.v1.ListIndicatorsRequest;
import io.planmonitor.indicators.v1.ListObservationsRequest;
import io.planmonitor.indicators.v1.RecordObservationRequest;
import io.planmonitor.indicators.v1.UpdateIndicatorRequest;
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

/** REST face of indicators-service's catalogue. */
@Path("/api/v1/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Indicators")
@APIResponse(responseCode = "503", description = "indicators-service cannot be reached",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class IndicatorResource {

    @Inject
    ServiceClients services;

    @Inject
    WriteScope scope;

    @POST
    @Operation(summary = "Add an indicator to the catalogue")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = IndicatorJson.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid; the problem names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "indicatorId is taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> create(@QueryParam("indicatorId") @DefaultValue("") String indicatorId, IndicatorJson body) {
        if (body == null) {
            throw new InvalidFieldException("body", "is required: an Indicator");
        }
        CreateIndicatorRequest request = CreateIndicatorRequest.newBuilder()
                .setIndicatorId(indicatorId)
                .setIndicator(IndicatorJsonMapper.toProto(body))
                .build();
        return services.indicators().createIndicator(request).map(created -> Response
                .created(URI.create("/api/v1/" + created.getName()))
                .tag(created.getEtag())
                .entity(IndicatorJsonMapper.toJson(created))
                .build());
    }

    @PATCH
    @Path("/{indicatorId}")
    @Operation(summary = "Change the fields the body sets (admin only: the catalogue is shared by every region); "
            + "If-Match makes it conditional (412 when stale)")
    @APIResponse(responseCode = "200", description = "The indicator as changed",
            content = @Content(schema = @Schema(implementation = IndicatorJson.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> update(@PathParam("indicatorId") String indicatorId, @HeaderParam("If-Match") String ifMatch,
            IndicatorJson body) {
        if (body == null) {
            throw new InvalidFieldException("body", "is required: an Indicator with the fields to change");
        }
        String etag = IfMatch.etag(ifMatch);
        UpdateIndicatorRequest request = UpdateIndicatorRequest.newBuilder()
                .setIndicator(IndicatorJsonMapper.toProto(body).toBuilder().setName("indicators/" + indicatorId)
                        .setEtag(etag))
                .setUpdateMask(FieldMask.newBuilder().addAllPaths(IndicatorJsonMapper.presentPaths(body)))
                .build();
        return IfMatch.staleIsPreconditionFailed(services.indicators().updateIndicator(request), etag)
                .map(updated -> Response.ok(IndicatorJsonMapper.toJson(updated)).tag(updated.getEtag()).build());
    }

    @GET
    @Path("/{indicatorId}")
    @Operation(summary = "Get one indicator")
    @APIResponse(responseCode = "200", description = "The indicator",
            content = @Content(schema = @Schema(implementation = IndicatorJson.class)))
    @APIResponse(responseCode = "404", description = "No such indicator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> get(@PathParam("indicatorId") String indicatorId) {
        return services.indicators().getIndicator(GetIndicatorRequest.newBuilder().setName("indicators/" + indicatorId).build())
                .map(indicator -> Response.ok(IndicatorJsonMapper.toJson(indicator))
                        .tag(indicator.getEtag())
                        .build());
    }

    @GET
    @Operation(summary = "List indicators, one page at a time; optionally only a category's, or the one a wording names")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(schema = @Schema(implementation = IndicatorPageJson.class)))
    public Uni<IndicatorPageJson> list(
            @Parameter(description = "Catalogue category (类别), exact", example = "民生福祉")
            @QueryParam("category") @DefaultValue("") String category,
            @Parameter(description = "Only the indicator whose name or one of whose aliases is exactly this",
                    example = "地区生产总值增长")
            @QueryParam("wording") @DefaultValue("") String wording,
            @BeanParam PageParameters paging) {
        return services.indicators().listIndicators(ListIndicatorsRequest.newBuilder()
                        .setCategory(category)
                        .setWording(wording)
                        .setPageSize(paging.size())
                        .setPageToken(paging.token())
                        .build())
                .map(IndicatorJsonMapper::toJson);
    }

    @GET
    @Path("/{indicatorId}/observations")
    @Operation(summary = "The indicator's current values (or every vintage with includeHistory=true)")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(schema = @Schema(implementation = ObservationJson.Page.class)))
    public Uni<ObservationJson.Page> observations(@PathParam("indicatorId") String indicatorId,
            @Parameter(description = "GB/T 2260 code", example = "410184")
            @QueryParam("regionCode") @DefaultValue("") String regionCode,
            @Parameter(description = "Every vintage (each revision of a value), not only the current one")
            @QueryParam("includeHistory") @DefaultValue("false") boolean includeHistory,
            @BeanParam PageParameters paging) {
        return services.indicators().listObservations(ListObservationsRequest.newBuilder()
                        .setParent("indicators/" + indicatorId)
                        .setRegion(regionCode.isEmpty() ? "" : "regions/" + regionCode)
                        .setIncludeHistory(includeHistory).setPageSize(paging.size()).setPageToken(paging.token())
                        .build())
                .map(IndicatorJsonMapper::toJson);
    }

    @POST
    @Path("/{indicatorId}/observations")
    @Operation(summary = "Record a value; a value for a period already recorded becomes its new vintage")
    @APIResponse(responseCode = "200", description = "The vintage recorded (or the identical current one)",
            content = @Content(schema = @Schema(implementation = ObservationJson.Value.class)))
    public Uni<ObservationJson.Value> record(@PathParam("indicatorId") String indicatorId, ObservationJson.Value body) {
        if (body == null) {
            throw new InvalidFieldException("body", "is required: an Observation");
        }
        scope.checkCanWrite(body.region());
        return services.indicators().recordObservation(RecordObservationRequest.newBuilder()
                        .setParent("indicators/" + indicatorId)
                        .setObservation(IndicatorJsonMapper.toProto(body)).build())
                .map(IndicatorJsonMapper::toJson);
    }
}
