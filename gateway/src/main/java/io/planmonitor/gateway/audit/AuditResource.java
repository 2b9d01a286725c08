package io.planmonitor.gateway.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Struct;
import com.google.protobuf.util.JsonFormat;
import io.planmonitor.common.v1.AuditEvent;
import io.planmonitor.common.v1.ListAuditEventsRequest;
import io.planmonitor.common.v1.ListAuditEventsResponse;
import io.planmonitor.gateway.api.PageParameters;
import io.planmonitor.gateway.api.ProtoJson;
import io.planmonitor.gateway.api.ServiceClients;
import io.planmonitor.gateway.problems.InvalidFieldException;
import io.planmonitor.gateway.problems.Problem;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit trails of the three services: every write, with its caller and the resource before and after. */
@Path("/api/v1/audit-events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
public class AuditResource {

    private static final List<String> PROJECTS_COLLECTIONS = List.of("projects/", "batches/", "reported-totals/");

    @Inject
    ServiceClients services;

    @Inject
    ObjectMapper json;

    @GET
    @Operation(summary = "A service's audit trail (审计记录), newest first; needs the editor or admin role",
            description = "Each service keeps the trail of its own writes. Name the service, or give a resource and the "
                    + "service holding it is asked (projects/…, batches/…, reported-totals/… are projects-service's, documents/… documents-service's).")
    @APIResponse(responseCode = "200", description = "One page of events",
            content = @Content(schema = @Schema(implementation = AuditEventJson.Page.class)))
    @APIResponse(responseCode = "400", description = "Neither service nor resource given, or an unknown service",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No bearer token, or a bad one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The token has neither the editor nor the admin role",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<AuditEventJson.Page> list(
            @Parameter(description = "indicators, projects or documents", example = "projects")
            @QueryParam("service") @DefaultValue("") String service,
            @Parameter(description = "Only this resource's events", example = "projects/js-2024-007")
            @QueryParam("resource") @DefaultValue("") String resource,
            @Parameter(description = "Only this caller's events", example = "jinshui-editor")
            @QueryParam("actor") @DefaultValue("") String actor,
            @BeanParam PageParameters paging) {
        ListAuditEventsRequest request = ListAuditEventsRequest.newBuilder().setResource(resource).setActor(actor)
                .setPageSize(paging.size()).setPageToken(paging.token()).build();
        Uni<ListAuditEventsResponse> page = switch (serviceOf(service, resource)) {
            case "projects" -> services.projects().listAuditEvents(request);
            case "documents" -> services.documents().listAuditEvents(request);
            default -> services.indicators().listAuditEvents(request);
        };
        return page.map(response -> new AuditEventJson.Page(
                response.getAuditEventsList().stream().map(this::toJson).toList(),
                response.getNextPageToken(), response.getTotalSize()));
    }

    private static String serviceOf(String service, String resource) {
        if (!service.isEmpty()) {
            if (!List.of("indicators", "projects", "documents").contains(service)) {
                throw new InvalidFieldException("service", "must be indicators, projects or documents");
            }
            return service;
        }
        if (resource.isEmpty()) {
            throw new InvalidFieldException("service", "is required when no resource is given: indicators, projects"
                    + " or documents");
        }
        if (resource.startsWith("documents/")) {
            return "documents";
        }
        return PROJECTS_COLLECTIONS.stream().anyMatch(resource::startsWith) ? "projects" : "indicators";
    }

    private AuditEventJson toJson(AuditEvent event) {
        return new AuditEventJson(event.getName(), ProtoJson.timestamp(event.getTime()), event.getActor(),
                event.getActorRolesList(), event.getMethod(), event.getResource(),
                event.hasBefore() ? tree(event.getBefore()) : null, event.hasAfter() ? tree(event.getAfter()) : null);
    }

    private JsonNode tree(Struct struct) {
        try {
            return json.readTree(JsonFormat.printer().print(struct));
        } catch (InvalidProtocolBufferException | JsonProcessingException e) {
            throw new IllegalStateException("an audit event that is not JSON: " + e.getMessage(), e);
        }
    }
}
