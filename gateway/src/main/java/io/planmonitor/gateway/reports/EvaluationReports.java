package io.planmonitor.gateway.reports;

import io.planmonitor.gateway.api.ServiceClients;
import io.planmonitor.gateway.dashboards.PlanTables;
import io.planmonitor.gateway.plans.PlanningJsonMapper;
import io.planmonitor.indicators.v1.ListTargetConflictsRequest;
import io.planmonitor.projects.v1.SummarizeProjectsRequest;
import io.planmonitor.projects.v1.SummaryDimension;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;

/** Reads an evaluation's parts from both services at once: the plan's table, its conflicts, its projects by stage. */
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
        return Uni.combine().all().unis(table, conflicts, stages).asTuple().map(all -> new EvaluationReport(
                all.getItem1().plan(), asOf, EvaluationReport.kind(kind, all.getItem1().plan(), asOf),
                all.getItem1().rows(),
                all.getItem2().getConflictsList().stream().map(PlanningJsonMapper::toJson).toList(),
                all.getItem3().getGroupsList()));
    }
}
