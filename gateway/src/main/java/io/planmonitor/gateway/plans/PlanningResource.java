package io.planmonitor.gateway.plans;

import com.google.protobuf.FieldMask;
import io.planmonitor.gateway.api.IfMatch;
import io.planmonitor.gateway.api.PageParameters;
import io.planmonitor.gateway.api.ProtoJson;
import io.planmonitor.gateway.api.ServiceClients;
import io.planmonitor.gateway.auth.WriteScope;
import io.planmonitor.gateway.problems.InvalidFieldException;
import io.planmonitor.indicators.v1.CreatePlanRequest;
import io.planmonitor.indicators.v1.CreateRegionRequest;
import io.planmonitor.indicators.v1.CreateTargetRequest;
import io.planmonitor.indicators.v1.DeleteTargetRequest;
import io.planmonitor.indicators.v1.EvaluatePlanProgressRequest;
import io.planmonitor.indicators.v1.EvaluateProgressRequest;
import io.planmonitor.indicators.v1.EvaluateRegionProgressRequest;
import io.planmonitor.indicators.v1.GetPlanRequest;
import io.planmonitor.indicators.v1.GetRegionRequest;
import io.planmonitor.indicators.v1.GetTargetCascadeRequest;
import io.planmonitor.indicators.v1.GetTargetRequest;
import io.planmonitor.indicators.v1.ListOverdueUpdatesRequest;
import io.planmonitor.indicators.v1.ListPlansRequest;
import io.planmonitor.indicators.v1.ListRegionsRequest;
import io.planmonitor.indicators.v1.ListTargetConflictsRequest;
import io.planmonitor.indicators.v1.ListTargetsRequest;
import io.planmonitor.indicators.v1.PlanKind;
import io.planmonitor.indicators.v1.ProgressEvaluation;
import io.planmonitor.indicators.v1.ReconcileYearRequest;
import io.planmonitor.indicators.v1.UpdatePlanRequest;
import io.planmonitor.indicators.v1.UpdateTargetRequest;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** REST face of indicators-service's regions, plans, targets and progress evaluation. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plans", description = "Regions, plan documents, their targets and progress (序时进度, 约束性/预期性)")
public class PlanningResource {

    @Inject
    ServiceClients services;

    @Inject
    WriteScope scope;

    @GET
    @Path("/regions")
    @Operation(summary = "Regions by code; with parent, its direct children")
    public Uni<PlanningJson.RegionPage> regions(@QueryParam("parent") @DefaultValue("") String parent) {
        return services.indicators().listRegions(ListRegionsRequest.newBuilder()
                        .setParent(parent.isEmpty() ? "" : "regions/" + parent).setPageSize(1000).build())
                .map(page -> new PlanningJson.RegionPage(page.getRegionsList().stream().map(PlanningJsonMapper::toJson)
                        .toList(), null, page.getTotalSize()));
    }

    @GET
    @Path("/regions/{code}")
    @Operation(summary = "One region")
    public Uni<PlanningJson.Region> region(@PathParam("code") String code) {
        return services.indicators().getRegion(GetRegionRequest.newBuilder().setName("regions/" + code).build())
                .map(PlanningJsonMapper::toJson);
    }

    @POST
    @Path("/regions")
    @Operation(summary = "Add a region (admin only: regions are shared reference data)")
    @APIResponse(responseCode = "201", description = "The region, at its Location",
            content = @Content(schema = @Schema(implementation = PlanningJson.Region.class)))
    public Uni<Response> createRegion(
            @Parameter(description = "GB/T 2260 six-digit code", example = "410106", required = true)
            @QueryParam("regionCode") @DefaultValue("") String regionCode, PlanningJson.Region body) {
        requireBody(body, "Region");
        return services.indicators().createRegion(CreateRegionRequest.newBuilder().setRegionCode(regionCode)
                        .setRegion(PlanningJsonMapper.toProto(body)).build())
                .map(region -> Response.created(URI.create("/api/v1/" + region.getName()))
                        .entity(PlanningJsonMapper.toJson(region)).build());
    }

    @POST
    @Path("/plans")
    @Operation(summary = "Register a plan document")
    @APIResponse(responseCode = "201", description = "The plan, at its Location; ETag its version",
            content = @Content(schema = @Schema(implementation = PlanningJson.Plan.class)))
    public Uni<Response> createPlan(@QueryParam("planId") @DefaultValue("") String planId, PlanningJson.Plan body) {
        requireBody(body, "Plan");
        scope.checkCanWrite(body.region());
        return services.indicators().createPlan(CreatePlanRequest.newBuilder().setPlanId(planId)
                        .setPlan(PlanningJsonMapper.toProto(body)).build())
                .map(plan -> Response.created(URI.create("/api/v1/" + plan.getName())).tag(plan.getEtag())
                        .entity(PlanningJsonMapper.toJson(plan)).build());
    }

    @GET
    @Path("/plans")
    @Operation(summary = "Plans, optionally only a region's (and its subregions'), of one kind, or in force in a year")
    public Uni<PlanningJson.PlanPage> plans(
            @Parameter(description = "GB/T 2260 code", example = "410100")
            @QueryParam("regionCode") @DefaultValue("") String region,
            @Parameter(description = "With regionCode: also the plans of the regions under it (a city's districts)")
            @QueryParam("includeSubregions") @DefaultValue("false") boolean includeSubregions,
            @Parameter(description = "FIVE_YEAR_PLAN_OUTLINE, FIVE_YEAR_PLAN_RECOMMENDATION, ANNUAL_PLAN or "
                    + "GOVERNMENT_WORK_REPORT", example = "FIVE_YEAR_PLAN_OUTLINE")
            @QueryParam("kind") @DefaultValue("") String kind,
            @Parameter(description = "Only plans whose period includes this year", example = "2023")
            @QueryParam("year") @DefaultValue("0") int year,
            @BeanParam PageParameters paging) {
        return services.indicators().listPlans(ListPlansRequest.newBuilder()
                        .setRegion(region.isEmpty() ? "" : "regions/" + region)
                        .setIncludeSubregions(includeSubregions)
                        .setKind(ProtoJson.enumValue(kind, PlanKind.class, PlanningJsonMapper.PLAN_KIND, "kind"))
                        .setYear(year)
                        .setPageSize(paging.size()).setPageToken(paging.token()).build())
                .map(page -> new PlanningJson.PlanPage(page.getPlansList().stream().map(PlanningJsonMapper::toJson)
                        .toList(), page.getNextPageToken().isEmpty() ? null : page.getNextPageToken(),
                        page.getTotalSize()));
    }

    @PATCH
    @Path("/plans/{planId}")
    @Operation(summary = "Change a plan's name, issuer, issue date or source document; If-Match makes it conditional "
            + "(412 when stale)")
    @APIResponse(responseCode = "200", description = "The plan as changed; ETag its new version",
            content = @Content(schema = @Schema(implementation = PlanningJson.Plan.class)))
    public Uni<Response> updatePlan(@PathParam("planId") String planId, @HeaderParam("If-Match") String ifMatch,
            PlanningJson.PlanChange body) {
        requireBody(body, "PlanChange");
        String etag = IfMatch.etag(ifMatch);
        UpdatePlanRequest request = UpdatePlanRequest.newBuilder()
                .setPlan(PlanningJsonMapper.toProto(body).toBuilder().setName("plans/" + planId).setEtag(etag))
                .setUpdateMask(FieldMask.newBuilder().addAllPaths(PlanningJsonMapper.presentPaths(body)))
                .build();
        return IfMatch.staleIsPreconditionFailed(services.indicators().updatePlan(request), etag)
                .map(plan -> Response.ok(PlanningJsonMapper.toJson(plan)).tag(plan.getEtag()).build());
    }

    @GET
    @Path("/plans/{planId}")
    @Operation(summary = "One plan")
    public Uni<PlanningJson.Plan> plan(@PathParam("planId") String planId) {
        return services.indicators().getPlan(GetPlanRequest.newBuilder().setName("plans/" + planId).build())
                .map(PlanningJsonMapper::toJson);
    }

    @POST
    @Path("/plans/{planId}/targets")
    @Operation(summary = "Add a target to a plan")
    @APIResponse(responseCode = "201", description = "The target, at its Location; ETag its version",
            content = @Content(schema = @Schema(implementation = PlanningJson.Target.class)))
    public Uni<Response> createTarget(@PathParam("planId") String planId,
            @QueryParam("targetId") @DefaultValue("") String targetId, PlanningJson.Target body) {
        requireBody(body, "Target");
        // Absent, the target is the plan's region, which only indicators-service knows: it checks that one.
        scope.checkCanWrite(body.region());
        return services.indicators().createTarget(CreateTargetRequest.newBuilder().setParent("plans/" + planId)
                        .setTargetId(targetId).setTarget(PlanningJsonMapper.toProto(body)).build())
                .map(target -> Response.created(URI.create("/api/v1/" + target.getName())).tag(target.getEtag())
                        .entity(PlanningJsonMapper.toJson(target)).build());
    }

    @GET
    @Path("/plans/{planId}/targets")
    @Operation(summary = "A plan's targets, optionally only a category's or only binding / expected ones")
    public Uni<PlanningJson.TargetPage> targets(@PathParam("planId") String planId,
            @BeanParam TargetFilterParameters filter, @BeanParam PageParameters paging) {
        return services.indicators().listTargets(filter.applyTo(ListTargetsRequest.newBuilder())
                        .setParent("plans/" + planId).setPageSize(paging.size()).setPageToken(paging.token()).build())
                .map(page -> new PlanningJson.TargetPage(page.getTargetsList().stream().map(PlanningJsonMapper::toJson)
                        .toList(), page.getNextPageToken().isEmpty() ? null : page.getNextPageToken(),
                        page.getTotalSize()));
    }

    @GET
    @Path("/target-conflicts")
    @Operation(summary = "Targets that disagree (same plan, indicator, region, year and form; different values)",
            description = "Both figures are kept with their quotes, as the documents give them; this lists them side by"
                    + " side. With plan, only that plan's.")
    public Uni<List<PlanningJson.Conflict>> conflicts(
            @Parameter(example = "xinzheng-14th-fyp-outline") @QueryParam("plan") @DefaultValue("") String planId) {
        return services.indicators().listTargetConflicts(ListTargetConflictsRequest.newBuilder()
                        .setParent(planId.isEmpty() ? "" : "plans/" + planId).build())
                .map(list -> list.getConflictsList().stream().map(PlanningJsonMapper::toJson).toList());
    }

    @GET
    @Path("/overdue-updates")
    @Operation(summary = "Targets whose responsible units are late with a due value, counted per unit",
            description = "A year's figure is due by 31 March of the next year, a quarter's 45 days after it ends, a"
                    + " month's 20 days after it ends (the target's reportingFrequency; yearly when unset), no earlier"
                    + " than the year after the base year and no later than the target year.")
    public Uni<PlanningJson.OverdueUpdates> overdueUpdates(
            @Parameter(example = "410184", required = true) @QueryParam("regionCode") @DefaultValue("") String regionCode,
            @QueryParam("includeSubregions") @DefaultValue("false") boolean includeSubregions,
            @Parameter(example = "xinzheng-14th-fyp-outline") @QueryParam("plan") @DefaultValue("") String plan,
            @Parameter(example = "2024-08-15") @QueryParam("asOf") @DefaultValue("") String asOf) {
        return services.indicators().listOverdueUpdates(ListOverdueUpdatesRequest.newBuilder()
                        .setRegion("regions/" + regionCode).setIncludeSubregions(includeSubregions)
                        .setPlan(plan.isEmpty() ? "" : "plans/" + plan).setAsOfDate(asOf).build())
                .map(PlanningJsonMapper::toJson);
    }

    @GET
    @Path("/plans/{planId}/targets/{targetId}/cascade")
    @Operation(summary = "A target decomposed to the regions under it (分解落实): each share with its reading, the"
            + " shares' targets and actuals summed where the indicator adds up",
            description = "Shares are targets of regions under this one's whose parentTarget names it. Amounts and"
                    + " counts add up; rates, shares, per-capita figures, growth and ranks are listed, not summed.")
    public Uni<PlanningJson.Cascade> cascade(@Parameter(example = "zhengzhou-2024-annual-plan") @PathParam("planId")
            String planId, @Parameter(example = "t-gdp-growth") @PathParam("targetId") String targetId,
            @Parameter(example = "2024-12-31") @QueryParam("asOf") @DefaultValue("") String asOf) {
        return services.indicators().getTargetCascade(GetTargetCascadeRequest.newBuilder()
                        .setTarget(targetName(planId, targetId)).setAsOfDate(asOf).build())
                .map(PlanningJsonMapper::toJson);
    }

    @GET
    @Path("/regions/{code}/reconciliation")
    @Operation(summary = "A region's documents for one year side by side: outline target, its pace, annual target,"
            + " reported values",
            description = "Per indicator with a target for the year (a five-year outline's, an annual plan's or a work"
                    + " report's) or with reported values that disagree: the pace the outline requires for the year,"
                    + " the annual target, every value reported for it with its source, and flags: an annual target"
                    + " below the outline's pace, an actual below the annual target, documents reporting different"
                    + " values, annual targets that disagree.")
    public Uni<PlanningJson.Reconciliation> reconciliation(
            @Parameter(example = "410100") @PathParam("code") String code,
            @Parameter(example = "2024", required = true) @QueryParam("year") @DefaultValue("0") int year) {
        return services.indicators().reconcileYear(ReconcileYearRequest.newBuilder().setRegion("regions/" + code)
                        .setYear(year).build())
                .map(PlanningJsonMapper::toJson);
    }

    @GET
    @Path("/plans/{planId}/targets/{targetId}")
    @Operation(summary = "One target")
    @APIResponse(responseCode = "200", description = "The target; ETag its version",
            content = @Content(schema = @Schema(implementation = PlanningJson.Target.class)))
    public Uni<Response> target(@PathParam("planId") String planId, @PathParam("targetId") String targetId) {
        return services.indicators().getTarget(GetTargetRequest.newBuilder()
                        .setName(targetName(planId, targetId)).build())
                .map(target -> Response.ok(PlanningJsonMapper.toJson(target)).tag(target.getEtag()).build());
    }

    @PATCH
    @Path("/plans/{planId}/targets/{targetId}")
    @Operation(summary = "Change the fields the body sets; If-Match makes it conditional (412 when stale)")
    @APIResponse(responseCode = "200", description = "The target as changed; ETag its new version",
            content = @Content(schema = @Schema(implementation = PlanningJson.Target.class)))
    public Uni<Response> updateTarget(@PathParam("planId") String planId, @PathParam("targetId") String targetId,
            @HeaderParam("If-Match") String ifMatch, PlanningJson.Target body) {
        requireBody(body, "Target");
        String etag = IfMatch.etag(ifMatch);
        UpdateTargetRequest request = UpdateTargetRequest.newBuilder()
                .setTarget(PlanningJsonMapper.toProto(body).toBuilder().setName(targetName(planId, targetId))
                        .setEtag(etag))
                .setUpdateMask(FieldMask.newBuilder().addAllPaths(PlanningJsonMapper.presentPaths(body)))
                .build();
        return IfMatch.staleIsPreconditionFailed(services.indicators().updateTarget(request), etag)
                .map(target -> Response.ok(PlanningJsonMapper.toJson(target)).tag(target.getEtag()).build());
    }

    @DELETE
    @Path("/plans/{planId}/targets/{targetId}")
    @Operation(summary = "Remove a target; If-Match makes it conditional (412 when stale)")
    @APIResponse(responseCode = "204", description = "Removed")
    public Uni<Response> deleteTarget(@PathParam("planId") String planId, @PathParam("targetId") String targetId,
            @HeaderParam("If-Match") String ifMatch) {
        String etag = IfMatch.etag(ifMatch);
        return IfMatch.staleIsPreconditionFailed(services.indicators().deleteTarget(DeleteTargetRequest.newBuilder()
                        .setName(targetName(planId, targetId)).setEtag(etag).build()), etag)
                .map(empty -> Response.noContent().build());
    }

    @GET
    @Path("/plans/{planId}/targets/{targetId}/progress")
    @Operation(summary = "The target's progress as of a date (today when asOf is absent)")
    public Uni<PlanningJson.Progress> progress(@PathParam("planId") String planId,
            @PathParam("targetId") String targetId, @QueryParam("asOf") @DefaultValue("") String asOf) {
        return services.indicators().evaluateProgress(EvaluateProgressRequest.newBuilder()
                        .setTarget(targetName(planId, targetId)).setAsOfDate(asOf).build())
                .map(PlanningJsonMapper::toJson);
    }

    @GET
    @Path("/plans/{planId}/progress")
    @Operation(summary = "Every target of the plan with its progress; optionally only a category's, binding or "
            + "expected ones, or those reading one status (the lagging list: status=LAGGING)")
    public Uni<PlanningJson.ProgressPage> planProgress(@PathParam("planId") String planId,
            @Parameter(description = "YYYY-MM-DD; today when absent", example = "2023-12-31")
            @QueryParam("asOf") @DefaultValue("") String asOf,
            @BeanParam TargetFilterParameters filter, @BeanParam PageParameters paging) {
        return services.indicators().evaluatePlanProgress(filter.applyTo(EvaluatePlanProgressRequest.newBuilder())
                        .setPlan("plans/" + planId).setAsOfDate(asOf)
                        .setPageSize(paging.size()).setPageToken(paging.token()).build())
                .map(evaluations -> progressPage(evaluations.getEvaluationsList(),
                        evaluations.getNextPageToken()));
    }

    @GET
    @Path("/regions/{code}/progress")
    @Operation(summary = "Every target set for a region, in any plan, with its progress; optionally also its "
            + "subregions' targets, and only one plan's, a category's, binding or expected ones, or one status")
    public Uni<PlanningJson.ProgressPage> regionProgress(
            @Parameter(example = "410105") @PathParam("code") String code,
            @Parameter(description = "YYYY-MM-DD; today when absent", example = "2023-12-31")
            @QueryParam("asOf") @DefaultValue("") String asOf,
            @Parameter(description = "Also the targets of the regions under it (a city's districts)")
            @QueryParam("includeSubregions") @DefaultValue("false") boolean includeSubregions,
            @Parameter(description = "Only this plan's targets", example = "zhengzhou-14th-fyp-outline")
            @QueryParam("plan") @DefaultValue("") String plan,
            @BeanParam TargetFilterParameters filter, @BeanParam PageParameters paging) {
        return services.indicators().evaluateRegionProgress(filter.applyTo(EvaluateRegionProgressRequest.newBuilder())
                        .setRegion("regions/" + code).setAsOfDate(asOf).setIncludeSubregions(includeSubregions)
                        .setPlan(plan.isEmpty() ? "" : "plans/" + plan)
                        .setPageSize(paging.size()).setPageToken(paging.token()).build())
                .map(evaluations -> progressPage(evaluations.getEvaluationsList(),
                        evaluations.getNextPageToken()));
    }

    private static PlanningJson.ProgressPage progressPage(List<ProgressEvaluation> evaluations,
            String nextPageToken) {
        return new PlanningJson.ProgressPage(evaluations.stream().map(PlanningJsonMapper::toJson).toList(),
                nextPageToken.isEmpty() ? null : nextPageToken);
    }

    private static String targetName(String planId, String targetId) {
        return "plans/" + planId + "/targets/" + targetId;
    }

    private static void requireBody(Object body, String schema) {
        if (body == null) {
            throw new InvalidFieldException("body", "is required: a " + schema);
        }
    }
}
