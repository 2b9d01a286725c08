package io.planmonitor.gateway.reports;

import io.planmonitor.gateway.api.ServiceClients;
import io.planmonitor.gateway.dashboards.PlanTables;
import io.planmonitor.indicators.v1.EvaluationNote;
import io.planmonitor.indicators.v1.GetPlanEvaluationRequest;
import io.planmonitor.indicators.v1.ListEvaluationNotesRequest;
import io.planmonitor.indicators.v1.PlanEvaluation;
import io.planmonitor.projects.v1.SummarizeProjectsRequest;
import io.planmonitor.projects.v1.SummaryDimension;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads an evaluation's parts from both services in parallel: the plan's evaluated table with the staff's notes, its
 * projects by stage.
 */
@ApplicationScoped
public class EvaluationReports {

    private final PlanTables tables;
    private final ServiceClients services;

    EvaluationReports(PlanTables tables, ServiceClients services) {
        this.tables = tables;
        this.services = services;
    }

    Uni<EvaluationReport> report(String planId, LocalDate asOf, String kind) {
        // The notes belong to the evaluation the date implies when no kind is asked: read once the kind is known.
        var evaluated = tables.evaluated(planId, asOf, "", EvaluationReport.kind(kind)).flatMap(table ->
                services.indicators().listEvaluationNotes(ListEvaluationNotesRequest.newBuilder()
                                .setParent("plans/" + planId + "/evaluations/"
                                        + EvaluationReport.evaluationId(table.evaluation().getKind())).build())
                        .map(notes -> Map.entry(table, notes.getNotesList())));
        var stages = services.projects().summarizeProjects(SummarizeProjectsRequest.newBuilder()
                .setGroupBy(SummaryDimension.SUMMARY_DIMENSION_STAGE).setPlan("plans/" + planId)
                .setAsOfDate(asOf.toString()).build());
        return Uni.combine().all().unis(evaluated, stages).asTuple().map(all -> {
            var table = all.getItem1().getKey();
            Map<String, EvaluationNote> notes = new HashMap<>();
            all.getItem1().getValue().forEach(note -> notes.put(EvaluationNoteJson.subjectOf(note.getName()), note));
            return new EvaluationReport(table.table().plan(), asOf, table.evaluation(), table.table().rows(),
                    all.getItem2().getGroupsList(), notes);
        });
    }

    /** indicators-service's evaluation of the plan alone (GetPlanEvaluation), for the JSON form. */
    Uni<PlanEvaluation> evaluation(String planId, LocalDate asOf, String kind) {
        return services.indicators().getPlanEvaluation(GetPlanEvaluationRequest.newBuilder()
                .setPlan("plans/" + planId).setAsOfDate(asOf.toString()).setKind(EvaluationReport.kind(kind)).build());
    }
}
