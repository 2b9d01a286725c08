package io.planmonitor.gateway.reports;

import io.planmonitor.gateway.api.ServiceClients;
import io.planmonitor.gateway.dashboards.PlanTables;
import io.planmonitor.gateway.plans.PlanningJsonMapper;
import io.planmonitor.indicators.v1.ListOverdueUpdatesRequest;
import io.planmonitor.indicators.v1.ListTargetConflictsRequest;
import io.planmonitor.projects.v1.SummarizeProjectsRequest;
import io.planmonitor.projects.v1.SummaryDimension;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;

/** Reads an evaluation's parts from both services: the plan's table, its conflicts, projects by stage, late updates. */
@ApplicationScoped
public class EvaluationReports {

    private final PlanTables tables;
    private final ServiceClients services;

    EvaluationReports(PlanTables tables, ServiceClients services) {
        this.tables = tables;
        this.services = services;
    }

    Uni<EvaluationReport> report(String planId, LocalDate asOf, String kind) {
        String planName = "plans/" + planId;
        var table = tables.table(planId, asOf, "");
        var conflicts = services.indicators().listTargetConflicts(ListTargetConflictsRequest.newBuilder()
                .setParent(planName).build());
        var stages = services.projects().summarizeProjects(SummarizeProjectsRequest.newBuilder()
                .setGroupBy(SummaryDimension.SUMMARY_DIMENSION_STAGE).setPlan(planName).setYear(asOf.getYear())
                .setMonth(asOf.getMonthValue()).build());
        // The table is read once (its pages are collected as it is read); then the late updates of the plan's
        // region and those under it, as the plan's targets may be set for its districts.
        return table.flatMap(plan -> {
            var overdue = services.indicators().listOverdueUpdates(ListOverdueUpdatesRequest.newBuilder()
                    .setRegion(plan.plan().region()).setIncludeSubregions(true).setPlan(planName)
                    .setAsOfDate(asOf.toString()).build());
            return Uni.combine().all().unis(conflicts, stages, overdue).asTuple().map(all -> new EvaluationReport(
                    plan.plan(), asOf, EvaluationReport.kind(kind, plan.plan(), asOf), plan.rows(),
                    all.getItem1().getConflictsList().stream().map(PlanningJsonMapper::toJson).toList(),
                    all.getItem2().getGroupsList(), PlanningJsonMapper.toJson(all.getItem3())));
        });
    }
}
