package io.planmonitor.gateway.dashboards;

import io.planmonitor.gateway.api.AllPages;
import io.planmonitor.gateway.api.ServiceClients;
import io.planmonitor.gateway.plans.PlanningJsonMapper;
import io.planmonitor.indicators.v1.EvaluatePlanProgressRequest;
import io.planmonitor.indicators.v1.EvaluatePlanProgressResponse;
import io.planmonitor.indicators.v1.GetPlanRequest;
import io.planmonitor.indicators.v1.Indicator;
import io.planmonitor.indicators.v1.ListIndicatorsRequest;
import io.planmonitor.indicators.v1.ListIndicatorsResponse;
import io.planmonitor.indicators.v1.ListTargetsRequest;
import io.planmonitor.indicators.v1.ListTargetsResponse;
import io.planmonitor.indicators.v1.ProgressEvaluation;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A plan's indicator table, read from indicators-service in parallel: the dashboard shows it, the export writes it. */
@ApplicationScoped
public class PlanTables {

    private final ServiceClients services;

    PlanTables(ServiceClients services) {
        this.services = services;
    }

    public Uni<PlanDashboardJson> table(String planId, LocalDate asOf, String section) {
        String planName = "plans/" + planId;
        var plan = services.indicators().getPlan(GetPlanRequest.newBuilder().setName(planName).build());
        var targets = AllPages.collect(token -> services.indicators().listTargets(ListTargetsRequest.newBuilder()
                        .setParent(planName).setPageSize(1000).setPageToken(token).build()),
                ListTargetsResponse::getTargetsList, ListTargetsResponse::getNextPageToken);
        var evaluations = AllPages.collect(token -> services.indicators().evaluatePlanProgress(
                        EvaluatePlanProgressRequest.newBuilder().setPlan(planName).setAsOfDate(asOf.toString())
                                .setPageSize(1000).setPageToken(token).build()),
                EvaluatePlanProgressResponse::getEvaluationsList, EvaluatePlanProgressResponse::getNextPageToken);
        return Uni.combine().all().unis(plan, targets, evaluations, allIndicators()).asTuple().map(all -> {
            Map<String, ProgressEvaluation> byTarget = new HashMap<>();
            all.getItem3().forEach(evaluation -> byTarget.put(evaluation.getTarget(), evaluation));
            Map<String, Indicator> byName = new HashMap<>();
            all.getItem4().forEach(indicator -> byName.put(indicator.getName(), indicator));
            return new PlanDashboardJson(PlanningJsonMapper.toJson(all.getItem1()), asOf.toString(),
                    PlanTable.rows(all.getItem2(), byTarget, byName, section));
        });
    }

    /** The whole catalogue (names, units, categories): a few hundred entries, one page of 1,000 today. */
    public Uni<List<Indicator>> allIndicators() {
        return AllPages.collect(token -> services.indicators().listIndicators(ListIndicatorsRequest.newBuilder()
                        .setPageSize(1000).setPageToken(token).build()),
                ListIndicatorsResponse::getIndicatorsList, ListIndicatorsResponse::getNextPageToken);
    }
}
