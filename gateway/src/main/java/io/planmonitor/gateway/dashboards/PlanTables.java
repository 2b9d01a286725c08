package io.planmonitor.gateway.dashboards;

import io.planmonitor.gateway.api.AllPages;
import io.planmonitor.gateway.api.ServiceClients;
import io.planmonitor.gateway.plans.PlanningJsonMapper;
import io.planmonitor.indicators.v1.EvaluationKind;
import io.planmonitor.indicators.v1.GetPlanEvaluationRequest;
import io.planmonitor.indicators.v1.GetPlanRequest;
import io.planmonitor.indicators.v1.Indicator;
import io.planmonitor.indicators.v1.ListIndicatorsRequest;
import io.planmonitor.indicators.v1.ListIndicatorsResponse;
import io.planmonitor.indicators.v1.ListTargetsRequest;
import io.planmonitor.indicators.v1.ListTargetsResponse;
import io.planmonitor.indicators.v1.PlanEvaluation;
import io.planmonitor.indicators.v1.ProgressEvaluation;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A plan's indicator table, read from indicators-service in parallel (the plan, its targets, its evaluation, the
 * catalogue): the dashboard shows it, the export writes it, the evaluation report rests on it.
 */
@ApplicationScoped
public class PlanTables {

    private final ServiceClients services;

    PlanTables(ServiceClients services) {
        this.services = services;
    }

    public Uni<PlanDashboardJson> table(String planId, LocalDate asOf, String section) {
        return evaluated(planId, asOf, section, EvaluationKind.EVALUATION_KIND_UNSPECIFIED).map(Evaluated::table);
    }

    /** A plan's table and the evaluation it was read from (GetPlanEvaluation: readings, counts, late updates). */
    public record Evaluated(PlanDashboardJson table, PlanEvaluation evaluation) {
    }

    public Uni<Evaluated> evaluated(String planId, LocalDate asOf, String section, EvaluationKind kind) {
        String planName = "plans/" + planId;
        var plan = services.indicators().getPlan(GetPlanRequest.newBuilder().setName(planName).build());
        var targets = AllPages.collect(token -> services.indicators().listTargets(ListTargetsRequest.newBuilder()
                        .setParent(planName).setPageSize(1000).setPageToken(token).build()),
                ListTargetsResponse::getTargetsList, ListTargetsResponse::getNextPageToken);
        var evaluation = services.indicators().getPlanEvaluation(GetPlanEvaluationRequest.newBuilder()
                .setPlan(planName).setAsOfDate(asOf.toString()).setKind(kind).build());
        return Uni.combine().all().unis(plan, targets, evaluation, allIndicators()).asTuple().map(all -> {
            Map<String, ProgressEvaluation> byTarget = new HashMap<>();
            all.getItem3().getEvaluationsList().forEach(reading -> byTarget.put(reading.getTarget(), reading));
            Map<String, Indicator> byName = new HashMap<>();
            all.getItem4().forEach(indicator -> byName.put(indicator.getName(), indicator));
            Map<String, String> staleZh = new HashMap<>();
            all.getItem3().getFreshness().getOverdueList().forEach(overdue ->
                    staleZh.put(overdue.getTarget().getName(), overdue.getExplanationZh()));
            return new Evaluated(new PlanDashboardJson(PlanningJsonMapper.toJson(all.getItem1()), asOf.toString(),
                    PlanTable.rows(all.getItem2(), byTarget, byName, staleZh, section)), all.getItem3());
        });
    }

    /** The whole catalogue (names, units, categories): a few hundred entries, one page of 1,000 today. */
    public Uni<List<Indicator>> allIndicators() {
        return AllPages.collect(token -> services.indicators().listIndicators(ListIndicatorsRequest.newBuilder()
                        .setPageSize(1000).setPageToken(token).build()),
                ListIndicatorsResponse::getIndicatorsList, ListIndicatorsResponse::getNextPageToken);
    }
}
