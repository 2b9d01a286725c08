package io.planmonitor.gateway.dashboards;

import io.planmonitor.gateway.api.AllPages;
import io.planmonitor.gateway.api.AsOfDates;
import io.planmonitor.gateway.api.ServiceClients;
import io.planmonitor.gateway.plans.PlanningJson;
import io.planmonitor.gateway.plans.PlanningJsonMapper;
import io.planmonitor.gateway.projects.PortfolioJson;
import io.planmonitor.gateway.projects.PortfolioJsonMapper;
import io.planmonitor.indicators.v1.EvaluateRegionProgressRequest;
import io.planmonitor.indicators.v1.EvaluateRegionProgressResponse;
import io.planmonitor.indicators.v1.GetRegionRequest;
import io.planmonitor.indicators.v1.ListOverdueUpdatesRequest;
import io.planmonitor.indicators.v1.ListOverdueUpdatesResponse;
import io.planmonitor.projects.v1.AlertKind;
import io.planmonitor.projects.v1.GetBatchConversionRequest;
import io.planmonitor.projects.v1.ListBatchesRequest;
import io.planmonitor.projects.v1.ListOverdueInvestmentReportsRequest;
import io.planmonitor.projects.v1.ListProjectAlertsRequest;
import io.planmonitor.projects.v1.SummarizeProjectsRequest;
import io.planmonitor.projects.v1.SummaryDimension;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The plan office's front page as JSON, assembled from both services in parallel. */
@Path("/api/v1/dashboards")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dashboards")
public class DashboardResource {

    private static final Set<String> BEHIND = Set.of("NEEDS_ACCELERATION", "LAGGING", "DETERIORATING");

    @Inject
    ServiceClients services;

    @Inject
    PlanTables tables;

    @GET
    @Path("/regions/{code}")
    @Operation(summary = "A region's targets by status, binding targets at risk, targets behind with their numbers, "
            + "key-project totals with the completion rate against the time elapsed and the projects behind pace, "
            + "the latest 三个一批 batch, and what is stale (late targets and project reports, per responsible unit)",
            description = "With plan, only that plan's targets and the projects it lists; with includeSubregions, the "
                    + "region's districts and counties are counted in (a city's front page).")
    public Uni<RegionDashboardJson> region(@Parameter(example = "410184") @PathParam("code") String code,
            @Parameter(description = "YYYY-MM-DD; today when absent", example = "2024-07-01")
            @QueryParam("asOf") @DefaultValue("") String asOfParameter,
            @Parameter(description = "Only this plan's targets and projects", example = "xinzheng-14th-fyp-outline")
            @QueryParam("plan") @DefaultValue("") String plan,
            @Parameter(description = "Also the regions under it (a city's districts and counties)")
            @QueryParam("includeSubregions") @DefaultValue("false") boolean includeSubregions) {
        LocalDate asOf = AsOfDates.parse(asOfParameter);
        String regionName = "regions/" + code;
        String planName = plan.isEmpty() ? "" : "plans/" + plan;
        var region = services.indicators().getRegion(GetRegionRequest.newBuilder().setName(regionName).build());
        var evaluations = AllPages.collect(token -> services.indicators().evaluateRegionProgress(
                        EvaluateRegionProgressRequest.newBuilder().setRegion(regionName).setPlan(planName)
                                .setIncludeSubregions(includeSubregions).setAsOfDate(asOf.toString())
                                .setPageSize(1000).setPageToken(token).build()),
                EvaluateRegionProgressResponse::getEvaluationsList, EvaluateRegionProgressResponse::getNextPageToken);
        var summary = services.projects().summarizeProjects(SummarizeProjectsRequest.newBuilder()
                .setGroupBy(SummaryDimension.SUMMARY_DIMENSION_REGION).setAsOfDate(asOf.toString())
                .setRegionCode(code).setIncludeSubregions(includeSubregions)
                .setPlan(planName).build());
        var alerts = services.projects().listProjectAlerts(ListProjectAlertsRequest.newBuilder()
                .setAsOfDate(asOf.toString()).setRegionCode(code)
                .setIncludeSubregions(includeSubregions).setPlan(planName).setKind(AlertKind.ALERT_KIND_BEHIND_PACE)
                .build());
        var latestBatch = services.projects().listBatches(ListBatchesRequest.newBuilder().build())
                .flatMap(batches -> batches.getBatchesCount() == 0 ? Uni.createFrom().nullItem()
                        : services.projects().getBatchConversion(GetBatchConversionRequest.newBuilder()
                                .setName(batches.getBatches(0).getName()).build()).map(PortfolioJsonMapper::toJson));
        var categories = tables.allIndicators().map(list -> {
            Map<String, String> byName = new HashMap<>();
            list.forEach(indicator -> byName.put(indicator.getName(), indicator.getCategory()));
            return byName;
        });
        var freshness = Uni.combine().all().unis(
                services.indicators().listOverdueUpdates(ListOverdueUpdatesRequest.newBuilder().setRegion(regionName)
                        .setIncludeSubregions(includeSubregions).setPlan(planName).setAsOfDate(asOf.toString()).build()),
                services.projects().listOverdueInvestmentReports(ListOverdueInvestmentReportsRequest.newBuilder()
                        .setRegionCode(code).setIncludeSubregions(includeSubregions).setPlan(planName)
                        .setAsOfDate(asOf.toString()).build()))
                .asTuple().map(late -> freshness(late.getItem1(), PortfolioJsonMapper.toJson(late.getItem2())));
        return Uni.combine().all().unis(region, evaluations, summary, alerts, latestBatch, categories, freshness).asTuple()
                .map(all -> {
                    List<PlanningJson.Progress> progress = all.getItem2().stream()
                            .map(PlanningJsonMapper::toJson).toList();
                    Map<String, Integer> counts = new TreeMap<>();
                    Map<String, Integer> byReading = new TreeMap<>();
                    Map<String, Map<String, Integer>> byCategory = new TreeMap<>();
                    // A target a plan states twice is counted once.
                    List<PlanningJson.Progress> counted = progress.stream().filter(p -> p.countedAs() == null).toList();
                    counted.forEach(p -> {
                        counts.merge(p.status(), 1, Integer::sum);
                        byReading.merge(p.reading(), 1, Integer::sum);
                        byCategory.computeIfAbsent(all.getItem6().getOrDefault(p.indicator(), ""), c -> new TreeMap<>())
                                .merge(p.status(), 1, Integer::sum);
                    });
                    var indicators = new RegionDashboardJson.Indicators(counts, byReading, byCategory,
                            counted.stream().filter(p -> p.bindingReading() != null
                                    && !"MET".equals(p.bindingReading())).toList(),
                            counted.stream().filter(p -> BEHIND.contains(p.status())).toList());
                    var projects = RegionProjectTotals.of(all.getItem3(), all.getItem4().getAlertsList());
                    return new RegionDashboardJson(PlanningJsonMapper.toJson(all.getItem1()), asOf.toString(), indicators,
                            projects, all.getItem5(), all.getItem7());
                });
    }

    private static RegionDashboardJson.Freshness freshness(ListOverdueUpdatesResponse targets,
            PortfolioJson.OverdueReports projects) {
        return new RegionDashboardJson.Freshness(targets.getCheckedCount(), targets.getOverdueCount(),
                new TreeMap<>(targets.getOverdueByUnitMap()),
                targets.getOverdueList().stream().map(late -> new RegionDashboardJson.StaleTarget(
                        late.getTarget().getName(), late.getTarget().getIndicator(), late.getResponsibleUnit(),
                        late.getExplanationZh())).toList(),
                projects.checkedCount(), projects.overdue().size(), projects.overdueByUnit(), projects.overdue());
    }

    @GET
    @Path("/plans/{planId}")
    @Operation(summary = "A plan's indicator table: every target with its evaluation, in the document's order",
            description = "序号, 指标, 单位, 基期, 目标, 年均增长, 属性, the latest value and the reading, ready to render. "
                    + "section keeps the rows whose location starts with it (专栏1 for the outline's indicator table).")
    public Uni<PlanDashboardJson> plan(@PathParam("planId") String planId,
            @QueryParam("asOf") @DefaultValue("") String asOfParameter,
            @Parameter(example = "专栏1") @QueryParam("section") @DefaultValue("") String section) {
        return tables.table(planId, AsOfDates.parse(asOfParameter), section);
    }
}
