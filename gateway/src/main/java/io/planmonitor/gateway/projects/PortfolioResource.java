package io.planmonitor.gateway.projects;

import static io.planmonitor.gateway.api.ProtoJson.orEmpty;

import io.planmonitor.gateway.api.AsOfDates;
import io.planmonitor.gateway.api.ProtoJson;
import io.planmonitor.gateway.api.ServiceClients;
import io.planmonitor.gateway.problems.InvalidFieldException;
import io.planmonitor.projects.v1.AddBatchProjectRequest;
import io.planmonitor.projects.v1.AlertKind;
import io.planmonitor.projects.v1.Batch;
import io.planmonitor.projects.v1.BatchMember;
import io.planmonitor.projects.v1.BatchRole;
import io.planmonitor.projects.v1.CreateBatchRequest;
import io.planmonitor.projects.v1.CreateReportedTotalRequest;
import io.planmonitor.projects.v1.GetBatchConversionRequest;
import io.planmonitor.projects.v1.GetBatchRequest;
import io.planmonitor.projects.v1.ListBatchesRequest;
import io.planmonitor.projects.v1.ListOverdueInvestmentReportsRequest;
import io.planmonitor.projects.v1.ListProjectAlertsRequest;
import io.planmonitor.projects.v1.ListReportedTotalsRequest;
import io.planmonitor.projects.v1.SummarizeProjectsRequest;
import io.planmonitor.projects.v1.SummaryDimension;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Registry-wide views: 三个一批 batches, alerts, summaries. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Project portfolio", description = "三个一批 batches, alerts and summaries across projects")
public class PortfolioResource {

    private static final String DIMENSION = "SUMMARY_DIMENSION_";

    @Inject
    ServiceClients services;

    @POST
    @Path("/batches")
    @Operation(summary = "Open a quarter's 三个一批 batch")
    @APIResponse(responseCode = "201", description = "The batch, at its Location",
            content = @Content(schema = @Schema(implementation = PortfolioJson.Batch.class)))
    public Uni<Response> createBatch(PortfolioJson.Batch body) {
        if (body == null) {
            throw new InvalidFieldException("body", "is required: a Batch");
        }
        return services.projects().createBatch(CreateBatchRequest.newBuilder().setBatch(Batch.newBuilder()
                        .setYear(body.year()).setQuarter(body.quarter()).setTitle(orEmpty(body.title()))).build())
                .map(batch -> Response.status(Response.Status.CREATED).entity(PortfolioJsonMapper.toJson(batch)).build());
    }

    @GET
    @Path("/batches")
    @Operation(summary = "Batches, newest quarter first")
    public Uni<List<PortfolioJson.Batch>> batches(@QueryParam("year") @DefaultValue("0") int year) {
        return services.projects().listBatches(ListBatchesRequest.newBuilder().setYear(year).build())
                .map(list -> list.getBatchesList().stream().map(PortfolioJsonMapper::toJson).toList());
    }

    @GET
    @Path("/batches/{batchId}")
    @Operation(summary = "A batch with its projects")
    public Uni<PortfolioJson.Batch> batch(@PathParam("batchId") String batchId) {
        return services.projects().getBatch(GetBatchRequest.newBuilder().setName("batches/" + batchId).build())
                .map(PortfolioJsonMapper::toJson);
    }

    @POST
    @Path("/batches/{batchId}/members")
    @Operation(summary = "Put a project in the batch in one role")
    public Uni<PortfolioJson.Batch> addMember(@PathParam("batchId") String batchId, PortfolioJson.Member body) {
        if (body == null) {
            throw new InvalidFieldException("body", "is required: a BatchMember");
        }
        return services.projects().addBatchProject(AddBatchProjectRequest.newBuilder().setBatch("batches/" + batchId)
                        .setMember(BatchMember.newBuilder().setProject(orEmpty(body.project()))
                                .setRole(ProtoJson.enumValue(body.role(), BatchRole.class, PortfolioJsonMapper.ROLE, "role")))
                        .build())
                .map(PortfolioJsonMapper::toJson);
    }

    @GET
    @Path("/batches/{batchId}/conversion")
    @Operation(summary = "Of the projects signed in the batch, how many started and how many operate now")
    public Uni<PortfolioJson.Conversion> conversion(@PathParam("batchId") String batchId) {
        return services.projects().getBatchConversion(GetBatchConversionRequest.newBuilder()
                        .setName("batches/" + batchId).build())
                .map(PortfolioJsonMapper::toJson);
    }

    @GET
    @Path("/project-alerts")
    @Operation(summary = "Projects behind the investment pace, with overdue milestones, or unreported, as of a month",
            description = "Without year and month, the month read is the latest whose report is due by asOf (a "
                    + "month's report is due by the 10th of the next). A missing report is raised only once it is due.")
    public Uni<List<PortfolioJson.Alert>> alerts(@Parameter(example = "2024") @QueryParam("year") int year,
            @Parameter(description = "1–12: as of the end of this month", example = "9") @QueryParam("month") int month,
            @Parameter(description = "YYYY-MM-DD; today when absent", example = "2024-10-15")
            @QueryParam("asOf") @DefaultValue("") String asOf,
            @Parameter(description = "GB/T 2260 code", example = "410105")
            @QueryParam("regionCode") @DefaultValue("") String regionCode,
            @Parameter(description = "With regionCode: also the projects of the regions under it (a city's districts)")
            @QueryParam("includeSubregions") @DefaultValue("false") boolean includeSubregions,
            @Parameter(description = "Only BEHIND_PACE, OVERDUE_MILESTONE or NO_REPORT alerts", example = "BEHIND_PACE")
            @QueryParam("kind") @DefaultValue("") String kind) {
        return services.projects().listProjectAlerts(ListProjectAlertsRequest.newBuilder().setYear(year).setMonth(month)
                        .setAsOfDate(AsOfDates.parse(asOf).toString()).setRegionCode(regionCode).setIncludeSubregions(includeSubregions)
                        .setKind(ProtoJson.enumValue(kind, AlertKind.class, PortfolioJsonMapper.ALERT, "kind")).build())
                .map(list -> list.getAlertsList().stream().map(PortfolioJsonMapper::toJson).toList());
    }

    @GET
    @Path("/overdue-investment-reports")
    @Operation(summary = "Projects whose responsible units are late with their investment reports, counted per unit",
            description = "A project must report while it is started or continuing, or when it has an investment plan "
                    + "for the due month's year (not suspended or cancelled). A month's 1–N月累计 figure is due by the "
                    + "10th of the next month; a QUARTERLY reporter owes March, June, September and December.")
    public Uni<PortfolioJson.OverdueReports> overdueReports(
            @Parameter(description = "GB/T 2260 code", example = "410184")
            @QueryParam("regionCode") @DefaultValue("") String regionCode,
            @Parameter(description = "With regionCode: also the projects of the regions under it")
            @QueryParam("includeSubregions") @DefaultValue("false") boolean includeSubregions,
            @Parameter(description = "Only the projects this plan lists", example = "xinzheng-14th-fyp-outline")
            @QueryParam("plan") @DefaultValue("") String plan,
            @Parameter(description = "YYYY-MM-DD; today when absent", example = "2024-07-15")
            @QueryParam("asOf") @DefaultValue("") String asOf) {
        return services.projects().listOverdueInvestmentReports(ListOverdueInvestmentReportsRequest.newBuilder()
                        .setRegionCode(regionCode).setIncludeSubregions(includeSubregions)
                        .setPlan(plan.isEmpty() ? "" : "plans/" + plan).setAsOfDate(asOf).build())
                .map(PortfolioJsonMapper::toJson);
    }

    @POST
    @Path("/reported-totals")
    @Operation(summary = "Record a total a document reports for a programme of projects, kept as reported")
    @APIResponse(responseCode = "201", description = "The reported total, at its Location",
            content = @Content(schema = @Schema(implementation = PortfolioJson.ReportedTotal.class)))
    public Uni<Response> createReportedTotal(
            @Parameter(example = "zz24r-three-batches-2023") @QueryParam("reportedTotalId") @DefaultValue("") String id,
            PortfolioJson.ReportedTotal body) {
        if (body == null) {
            throw new InvalidFieldException("body", "is required: a ReportedTotal");
        }
        return services.projects().createReportedTotal(CreateReportedTotalRequest.newBuilder().setReportedTotalId(id)
                        .setReportedTotal(PortfolioJsonMapper.toProto(body)).build())
                .map(total -> Response.created(URI.create("/api/v1/" + total.getName()))
                        .entity(PortfolioJsonMapper.toJson(total)).build());
    }

    @GET
    @Path("/reported-totals")
    @Operation(summary = "Totals the documents report for programmes of projects (三个一批 455 projects / 5549.8 亿元)")
    public Uni<List<PortfolioJson.ReportedTotal>> reportedTotals(
            @QueryParam("regionCode") @DefaultValue("") String regionCode, @QueryParam("year") int year) {
        return services.projects().listReportedTotals(ListReportedTotalsRequest.newBuilder()
                        .setRegionCode(regionCode).setYear(year).build())
                .map(list -> list.getReportedTotalsList().stream().map(PortfolioJsonMapper::toJson).toList());
    }

    @GET
    @Path("/project-summaries")
    @Operation(summary = "Counts, total and completed investment grouped by REGION, SECTOR, LEVEL or STAGE",
            description = "Optionally only the projects the list's filters keep: a document's projects by sector"
                    + " is groupBy=SECTOR&plan=xinzheng-14th-fyp-outline.")
    public Uni<List<PortfolioJson.Group>> summaries(
            @Parameter(example = "SECTOR") @QueryParam("groupBy") String groupBy,
            @Parameter(description = "The year whose completed investment is summed", example = "2024")
            @QueryParam("year") int year, @BeanParam ProjectFilterParameters filter) {
        return services.projects().summarizeProjects(filter.applyTo(SummarizeProjectsRequest.newBuilder())
                        .setGroupBy(ProtoJson.enumValue(groupBy, SummaryDimension.class, DIMENSION, "groupBy"))
                        .setYear(year).build())
                .map(list -> list.getGroupsList().stream().map(PortfolioJsonMapper::toJson).toList());
    }
}
