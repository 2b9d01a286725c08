package io.planmonitor.gateway.projects;

import io.planmonitor.gateway.problems.InvalidFieldException;
import io.planmonitor.gateway.problems.Problem;
import io.planmonitor.projects.v1.CreateProjectRequest;
import io.planmonitor.projects.v1.GetProjectRequest;
import io.planmonitor.projects.v1.ProjectService;
import io.planmonitor.projects.v1.ListProjectsRequest;
import io.quarkus.grpc.GrpcClient;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
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

    @GrpcClient("projects")
    ProjectService projects;

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
        CreateProjectRequest request = CreateProjectRequest.newBuilder()
                .setProjectId(projectId)
                .setProject(ProjectJsonMapper.toProto(body))
                .build();
        return projects.createProject(request).map(created -> Response
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
        return projects.getProject(GetProjectRequest.newBuilder().setName("projects/" + projectId).build())
                .map(project -> Response.ok(ProjectJsonMapper.toJson(project))
                        .tag(project.getEtag())
                        .build());
    }

    @GET
    @Operation(summary = "List projects, one page at a time")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(schema = @Schema(implementation = ProjectPageJson.class)))
    public Uni<ProjectPageJson> list(@QueryParam("pageSize") @DefaultValue("0") int pageSize,
            @QueryParam("pageToken") @DefaultValue("") String pageToken) {
        return projects.listProjects(ListProjectsRequest.newBuilder()
                        .setPageSize(pageSize)
                        .setPageToken(pageToken)
                        .build())
                .map(ProjectJsonMapper::toJson);
    }
}
