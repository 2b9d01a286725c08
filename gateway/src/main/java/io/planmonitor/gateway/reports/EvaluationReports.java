package io.planmonitor.gateway.reports;

import io.planmonitor.gateway.api.ServiceClients;
import io.planmonitor.gateway.dashboards.PlanTables;
import io.planmonitor.indicators.v1.GetPlanEvaluationRequest;
import io.planmonitor.indicators.v1.PlanEvaluation;
import io.planmonitor.projects.v1.SummarizeProjectsRequest;
import io.planmonitor.projects.v1.SummaryDimension;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;

/** Reads an evaluation's parts from both services in parallel: the plan's evaluated table, its projects by stage. */
@ApplicationScoped
public class EvaluationReports {

    private final PlanTables tables;
    private final ServiceClients services;

    EvaluationReports(PlanTables tables, ServiceClients services) {
        this.tables = tables;
        this.services = services;
    }

    Uni<EvaluationReport> report(String planId, LocalDate asOf, String kind) {
        var evaluated = tables.evaluated(planId, asOf, "", EvaluationReport.kind(kind));
        var stages = services.projects().summarizeProjects(SummarizeProjectsRequest.newBuilder()
                .setGroupBy(SummaryDimension.SUMMARY_DIMENSION_STAGE).setPlan("plans/" + planId)
                .setYear(asOf.getYear()).setMonth(asOf.getMonthValue()).build());
        return Uni.combine().all().unis(evaluated, stages).asTuple().map(all -> new EvaluationReport(
                all.getItem1().table().plan(), asOf, all.getItem1().evaluation(), all.getItem1().table().rows(),
                all.getItem2().getGroupsList()));
    }

    /** indicators-service's evaluation of the plan alone (GetPlanEvaluation), for the JSON form. */
    Uni<PlanEvaluation> evaluation(String planId, LocalDate asOf, String kind) {
        return services.indicators().getPlanEvaluation(GetPlanEvaluationRequest.newBuilder()
                .setPlan("plans/" + planId).setAsOfDate(asOf.toString()).setKind(EvaluationReport.kind(kind)).build());
    }
}
