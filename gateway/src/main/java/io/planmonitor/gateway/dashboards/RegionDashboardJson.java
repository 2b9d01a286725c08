package io.planmonitor.gateway.dashboards;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.planmonitor.gateway.plans.PlanningJson;
import io.planmonitor.gateway.projects.MoneyJson;
import io.planmonitor.gateway.projects.PortfolioJson;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A plan office's front page for one region, as of a date. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "RegionDashboard")
public record RegionDashboardJson(
        PlanningJson.Region region,
        @Schema(example = "2024-07-01") String asOf,
        Indicators indicators,
        Projects projects,
        @Schema(description = "The newest 三个一批 batch with its conversion; absent when there is none")
        PortfolioJson.Conversion latestBatch,
        @Schema(description = "What is stale: targets and projects whose responsible units are late") Freshness freshness) {

    @Schema(name = "RegionDashboardFreshness", description = "Late updates as of the dashboard's date: a target's due "
            + "value unreported (see /overdue-updates), a project's due investment report missing (see "
            + "/overdue-investment-reports)")
    public record Freshness(
            @Schema(example = "131") int targetsChecked,
            @Schema(example = "131") int targetsOverdue,
            @Schema(example = "{\"未指定责任单位\": 131}") Map<String, Integer> overdueTargetsByUnit,
            @Schema(description = "The late targets: name, indicator, unit and what is owed") List<StaleTarget> staleTargets,
            @Schema(example = "20") int projectsChecked,
            @Schema(example = "20") int projectsOverdue,
            @Schema(example = "{\"未指定责任单位\": 20}") Map<String, Integer> overdueProjectsByUnit,
            List<PortfolioJson.OverdueReport> lateProjects) {
    }

    @Schema(name = "RegionDashboardStaleTarget")
    public record StaleTarget(@Schema(example = "plans/xinzheng-14th-fyp-outline/targets/t03-retail-sales") String target,
            @Schema(example = "indicators/retail-sales") String indicator,
            @Schema(example = "未指定责任单位") String responsibleUnit,
            @Schema(example = "未指定责任单位应报送2023年数据，尚未报送任何数据。") String explanationZh) {
    }

    @Schema(name = "RegionDashboardIndicators")
    public record Indicators(
            @Schema(description = "Targets of the region (of the plan asked for, or of all plans) by status")
            Map<String, Integer> countsByStatus,
            @Schema(description = "The same targets by the office's reading (提前实现, 滞后 …: OfficeReading)")
            Map<String, Integer> countsByReading,
            @Schema(description = "The same counts per indicator category (经济发展, 创新驱动 …; \"\" for none)")
            Map<String, Map<String, Integer>> countsByCategory,
            @Schema(description = "Binding (约束性) targets not reading MET") List<PlanningJson.Progress> bindingAtRisk,
            @Schema(description = "Targets needing acceleration, lagging or deteriorating, with their numbers")
            List<PlanningJson.Progress> behind) {
    }

    @Schema(name = "RegionDashboardProjects")
    public record Projects(@Schema(example = "42") int count, MoneyJson totalInvestment,
            @Schema(description = "The year the investment figures are of", example = "2024") int year,
            @Schema(description = "The figures are 1–month月 cumulative: the latest month whose report is due by asOf "
                    + "(a month's report is due by the 10th of the next)", example = "5") int month,
            @Schema(description = "Completed in 1–month月 (each project's latest report up to that month)")
            MoneyJson completedInvestment,
            @Schema(description = "The year's investment plans (年度计划投资) summed") MoneyJson plannedInvestment,
            @Schema(description = "完成率: completed investment of the projects with a yearly plan ÷ their plans; absent "
                    + "without plans", example = "0.4512") String completionRate,
            @Schema(description = "序时进度: month ÷ 12", example = "0.4167")
            String timeElapsed,
            @Schema(description = "completionRate − timeElapsed; negative is behind pace", example = "-0.1321")
            String gap,
            @Schema(description = "Projects behind the investment pace this month") List<PortfolioJson.Alert> behindPace) {
    }
}
