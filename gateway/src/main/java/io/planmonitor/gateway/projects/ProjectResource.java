package io.planmonitor.gateway.projects;

import com.google.protobuf.FieldMask;
import io.planmonitor.gateway.api.IfMatch;
import io.planmonitor.gateway.api.PageParameters;
import io.planmonitor.gateway.api.ServiceClients;
import io.planmonitor.gateway.auth.WriteScope;
import io.planmonitor.gateway.problems.InvalidFieldException;
import io.planmonitor.gateway.problems.Problem;
import io.planmonitor.projects.v1.CreateProjectRequest;
import io.planmonitor.projects.v1.GetProjectRequest;
import io.planmonitor.projects.v1.ListProjectsRequest;
import io.planmonitor.projects.v1.UpdateProjectRequest;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** REST face of projects-service's key-project registry. */
@Path("/api/v1/projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Projects")
@APIResponse(responseCode = "503",
        description = "projects-service, or indicators-service for a link check, cannot be reached",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ProjectResource {

    @Inject
    ServiceClients services;

    @Inject
    WriteScope scope;

    @POST
    @Operation(summary = "Register a key project; every linked indicator must exist")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = ProjectJson.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid; the problem names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "projectId is taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> create(@QueryParam("projectId") @DefaultValue("") String projectId, ProjectJson body) {
        if (body == null) {
            throw new InvalidFieldException("body", "is required: an Project");
        }
        scope.checkCanWrite(body.regionCode());
        CreateProjectRequest request = CreateProjectRequest.newBuilder()
                .setProjectId(projectId)
                .setProject(ProjectJsonMapper.toProto(body))
                .build();
        return services.projects().createProject(request).map(created -> Response
                .created(URI.create("/api/v1/" + created.getName()))
                .tag(created.getEtag())
                .entity(ProjectJsonMapper.toJson(created))
                .build());
    }

    @GET
    @Path("/{projectId}")
    @Operation(summary = "Get one project")
    @APIResponse(responseCode = "200", description = "The project",
            content = @Content(schema = @Schema(implementation = ProjectJson.class)))
    @APIResponse(responseCode = "404", description = "No such project",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> get(@PathParam("projectId") String projectId) {
        return services.projects().getProject(GetProjectRequest.newBuilder().setName("projects/" + projectId).build())
                .map(project -> Response.ok(ProjectJsonMapper.toJson(project))
                        .tag(project.getEtag())
                        .build());
    }

    @GET
    @Operation(summary = "List projects, one page at a time; optionally only a region's (and its subregions'), a "
            + "plan's, a sector's, a level's or a stage's")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(schema = @Schema(implementation = ProjectPageJson.class)))
    public Uni<ProjectPageJson> list(@BeanParam PageParameters paging, @BeanParam ProjectFilterParameters filter) {
        return services.projects().listProjects(filter.applyTo(ListProjectsRequest.newBuilder())
                        .setPageSize(paging.size())
                        .setPageToken(paging.token())
                        .build())
                .map(ProjectJsonMapper::toJson);
    }

    @PATCH
    @Path("/{projectId}")
    @Operation(summary = "Change the fields the body sets; the stage changes through POST .../events")
    @APIResponse(responseCode = "200", description = "The changed project",
            content = @Content(schema = @Schema(implementation = ProjectJson.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an etag that is no longer current",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> update(@PathParam("projectId") String projectId,
            @HeaderParam("If-Match") String ifMatch, ProjectJson body) {
        if (body == null) {
            throw new InvalidFieldException("body", "is required: the fields of Project to change");
        }
        // A move to another region needs the new one too; the service checks the region the project is in now.
        scope.checkCanWrite(body.regionCode());
        String etag = IfMatch.etag(ifMatch);
        UpdateProjectRequest request = UpdateProjectRequest.newBuilder()
                .setProject(ProjectJsonMapper.toProto(body).toBuilder()
                        .setName("projects/" + projectId)
                        .setEtag(etag))
                .setUpdateMask(FieldMask.newBuilder().addAllPaths(ProjectJsonMapper.presentPaths(body)))
                .build();
        return IfMatch.staleIsPreconditionFailed(services.projects().updateProject(request), etag)
                .map(project -> Response.ok(ProjectJsonMapper.toJson(project)).tag(project.getEtag()).build());
    }
}
