package io.planmonitor.gateway.projects;

import static io.planmonitor.gateway.api.ProtoJson.orEmpty;

import io.planmonitor.gateway.api.IfMatch;
import io.planmonitor.gateway.api.PageParameters;
import io.planmonitor.gateway.api.ProtoJson;
import io.planmonitor.gateway.api.ServiceClients;
import io.planmonitor.gateway.problems.InvalidFieldException;
import io.planmonitor.projects.v1.ChangeProjectStageRequest;
import io.planmonitor.projects.v1.CompleteMilestoneRequest;
import io.planmonitor.projects.v1.CreateMilestoneRequest;
import io.planmonitor.projects.v1.GetInvestmentProgressRequest;
import io.planmonitor.projects.v1.ListInvestmentReportsRequest;
import io.planmonitor.projects.v1.ListMilestonesRequest;
import io.planmonitor.projects.v1.ListProjectEventsRequest;
import io.planmonitor.projects.v1.Milestone;
import io.planmonitor.projects.v1.MilestoneKind;
import io.planmonitor.projects.v1.ProjectStage;
import io.planmonitor.projects.v1.ReportInvestmentRequest;
import io.planmonitor.projects.v1.SetInvestmentPlanRequest;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A project's lifecycle events, investment plans and reports, pace, and milestones. */
@Path("/api/v1/projects/{projectId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Project work", description = "Lifecycle, investment (序时进度) and milestones of one project")
public class ProjectWorkResource {

    @Inject
    ServiceClients services;

    @POST
    @Path("/events")
    @Operation(summary = "Move the project along its lifecycle (a dated, reasoned event)",
            description = "PLANNED → PREPARING → SIGNED → STARTED → CONTINUING → COMPLETED → IN_OPERATION; unfinished "
                    + "projects may be SUSPENDED (and resume to their former stage) or CANCELLED. An illegal move is "
                    + "400 failed-precondition naming both stages.")
    @APIResponse(responseCode = "200", description = "The project after the move",
            content = @Content(schema = @Schema(implementation = ProjectJson.class)))
    public Uni<Response> changeStage(@PathParam("projectId") String projectId, @HeaderParam("If-Match") String ifMatch,
            ProjectWorkJson.StageChange body) {
        requireBody(body, "StageChange");
        String etag = IfMatch.etag(ifMatch);
        ChangeProjectStageRequest request = ChangeProjectStageRequest.newBuilder()
                .setName(name(projectId))
                .setStage(ProtoJson.enumValue(body.stage(), ProjectStage.class, ProjectJsonMapper.STAGE, "stage"))
                .setEventDate(orEmpty(body.eventDate()))
                .setReason(orEmpty(body.reason()))
                .setEtag(etag)
                .build();
        return IfMatch.staleIsPreconditionFailed(services.projects().changeProjectStage(request), etag)
                .map(project -> Response.ok(ProjectJsonMapper.toJson(project)).tag(project.getEtag()).build());
    }

    @GET
    @Path("/events")
    @Operation(summary = "The project's lifecycle events, oldest first")
    public Uni<ProjectWorkJson.EventPage> events(@PathParam("projectId") String projectId,
            @BeanParam PageParameters paging) {
        return services.projects().listProjectEvents(ListProjectEventsRequest.newBuilder().setParent(name(projectId))
                .setPageSize(paging.size()).setPageToken(paging.token()).build()).map(ProjectWorkJsonMapper::toJson);
    }

    @PUT
    @Path("/investment-plans/{year}")
    @Operation(summary = "Set the investment the project plans to complete in a year")
    public Uni<ProjectWorkJson.InvestmentPlan> setInvestmentPlan(@PathParam("projectId") String projectId,
            @PathParam("year") int year, ProjectWorkJson.InvestmentPlan body) {
        requireBody(body, "InvestmentPlan");
        SetInvestmentPlanRequest.Builder request = SetInvestmentPlanRequest.newBuilder()
                .setParent(name(projectId)).setYear(year);
        if (body.amount() != null) {
            request.setAmount(ProjectJsonMapper.toProto(body.amount()));
        }
        return services.projects().setInvestmentPlan(request.build()).map(ProjectWorkJsonMapper::toJson);
    }

    @POST
    @Path("/investment-reports")
    @Operation(summary = "Report the investment completed so far in a year, as of a month",
            description = "A figure below the previous month's needs a correctionReason. A month reported again "
                    + "replaces the earlier figure under the same rule.")
    public Uni<ProjectWorkJson.InvestmentReport> reportInvestment(@PathParam("projectId") String projectId,
            ProjectWorkJson.InvestmentReport body) {
        requireBody(body, "InvestmentReport");
        ReportInvestmentRequest.Builder request = ReportInvestmentRequest.newBuilder()
                .setParent(name(projectId)).setYear(body.year()).setMonth(body.month())
                .setCorrectionReason(orEmpty(body.correctionReason()));
        if (body.cumulativeCompleted() != null) {
            request.setCumulativeCompleted(ProjectJsonMapper.toProto(body.cumulativeCompleted()));
        }
        return services.projects().reportInvestment(request.build()).map(ProjectWorkJsonMapper::toJson);
    }

    @GET
    @Path("/investment-reports")
    @Operation(summary = "The project's reports of a year, January first")
    public Uni<List<ProjectWorkJson.InvestmentReport>> investmentReports(@PathParam("projectId") String projectId,
            @QueryParam("year") int year) {
        return services.projects().listInvestmentReports(ListInvestmentReportsRequest.newBuilder().setParent(name(projectId))
                        .setYear(year).build())
                .map(reports -> reports.getReportsList().stream().map(ProjectWorkJsonMapper::toJson).toList());
    }

    @GET
    @Path("/investment-progress")
    @Operation(summary = "Completion against the yearly plan and the time-elapsed pace, as of a month")
    public Uni<ProjectWorkJson.InvestmentProgress> investmentProgress(@PathParam("projectId") String projectId,
            @QueryParam("year") int year, @QueryParam("month") int month) {
        return services.projects().getInvestmentProgress(GetInvestmentProgressRequest.newBuilder().setName(name(projectId))
                .setYear(year).setMonth(month).build()).map(ProjectWorkJsonMapper::toJson);
    }

    @POST
    @Path("/milestones")
    @Operation(summary = "Add a preparation milestone with its due date")
    @APIResponse(responseCode = "201", description = "The milestone, at its Location",
            content = @Content(schema = @Schema(implementation = ProjectWorkJson.Milestone.class)))
    public Uni<Response> createMilestone(@PathParam("projectId") String projectId, ProjectWorkJson.Milestone body) {
        requireBody(body, "Milestone");
        Milestone milestone = Milestone.newBuilder()
                .setKind(ProtoJson.enumValue(body.kind(), MilestoneKind.class, ProjectWorkJsonMapper.MILESTONE_KIND,
                        "kind"))
                .setTitle(orEmpty(body.title()))
                .setDueDate(orEmpty(body.dueDate()))
                .setActualDate(orEmpty(body.actualDate()))
                .build();
        return services.projects().createMilestone(CreateMilestoneRequest.newBuilder().setParent(name(projectId))
                        .setMilestone(milestone).build())
                .map(created -> Response.status(Response.Status.CREATED)
                        .entity(ProjectWorkJsonMapper.toJson(created)).build());
    }

    @GET
    @Path("/milestones")
    @Operation(summary = "The project's milestones, by due date")
    public Uni<List<ProjectWorkJson.Milestone>> milestones(@PathParam("projectId") String projectId) {
        return services.projects().listMilestones(ListMilestonesRequest.newBuilder().setParent(name(projectId)).build())
                .map(list -> list.getMilestonesList().stream().map(ProjectWorkJsonMapper::toJson).toList());
    }

    @PATCH
    @Path("/milestones/{milestoneId}")
    @Operation(summary = "Record the day a milestone was reached")
    public Uni<ProjectWorkJson.Milestone> completeMilestone(@PathParam("projectId") String projectId,
            @PathParam("milestoneId") String milestoneId, ProjectWorkJson.MilestoneCompletion body) {
        requireBody(body, "MilestoneCompletion");
        return services.projects().completeMilestone(CompleteMilestoneRequest.newBuilder()
                        .setName(name(projectId) + "/milestones/" + milestoneId)
                        .setActualDate(orEmpty(body.actualDate())).build())
                .map(ProjectWorkJsonMapper::toJson);
    }

    private static String name(String projectId) {
        return "projects/" + projectId;
    }

    private static void requireBody(Object body, String schema) {
        if (body == null) {
            throw new InvalidFieldException("body", "is required: a " + schema);
        }
    }
}
