package io.planmonitor.gateway.reports;

import io.planmonitor.gateway.api.AsOfDates;
import io.planmonitor.gateway.exports.Docx;
import io.planmonitor.gateway.exports.Xlsx;
import io.planmonitor.gateway.plans.PlanningJson;
import io.planmonitor.gateway.plans.PlanningJsonMapper;
import io.planmonitor.gateway.problems.InvalidFieldException;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A plan's 中期评估 / 总结评估 as of a date, as the workbook and the Word document a plan office starts from. */
@Path("/api/v1/reports/plans/{planId}")
@Tag(name = "Reports", description = "Evaluation reports (中期评估 / 总结评估) as JSON, .xlsx and .docx")
public class ReportResource {

    private static final List<String> KINDS = List.of("", "mid-term", "final");

    @Inject
    EvaluationReports reports;

    @GET
    @Path("/evaluation")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A plan's evaluation as JSON (GetPlanEvaluation): kind, title, overview, counts by reading, "
            + "binding targets, the lagging list, conflicting figures, late updates, every target's reading",
            description = "The indicator side of the workbook and the document; key projects by stage are "
                    + "/api/v1/project-summaries?groupBy=STAGE&plan=.")
    public Uni<PlanningJson.Evaluation> evaluation(
            @Parameter(example = "xinzheng-14th-fyp-outline") @PathParam("planId") String planId,
            @Parameter(example = "2023-12-31") @QueryParam("asOf") @DefaultValue("") String asOf,
            @Parameter(description = "mid-term or final, as for the workbook") @QueryParam("kind") @DefaultValue("")
            String kind) {
        checkKind(kind);
        return reports.evaluation(planId, AsOfDates.parse(asOf), kind).map(PlanningJsonMapper::toJson);
    }

    @GET
    @Path("/evaluation.xlsx")
    @Produces(Xlsx.MEDIA_TYPE)
    @Operation(summary = "A plan's evaluation as an Excel workbook",
            description = "Sheets 概况 (counts), 指标评估 (every target with its reading and explanation), 约束性指标,"
                    + " 滞后指标, 重点项目 (by stage: count, total, the year's planned and completed investment, 完成率),"
                    + " 数据冲突 (figures of the plan that disagree, with their quotes), 数据时效 (targets whose responsible"
                    + " units have not reported a due value, with the unit and the period due).")
    public Uni<Response> workbook(@Parameter(example = "xinzheng-14th-fyp-outline") @PathParam("planId") String planId,
            @Parameter(example = "2023-12-31") @QueryParam("asOf") @DefaultValue("") String asOf,
            @Parameter(description = "mid-term (中期评估) or final (总结评估); by default final once the plan's last year"
                    + " has ended") @QueryParam("kind") @DefaultValue("") String kind) {
        return report(planId, asOf, kind).map(report -> attachment(report, planId, "xlsx", Xlsx.MEDIA_TYPE,
                Xlsx.write(EvaluationTables.all(report))));
    }

    @GET
    @Path("/evaluation.docx")
    @Produces(Docx.MEDIA_TYPE)
    @Operation(summary = "A plan's evaluation as a Word document",
            description = "A 公文-style draft: 总体情况, 主要指标完成情况 (one row per indicator in the document's order and"
                    + " groups, each year's actual), 约束性指标 named with their verdicts, 原因分析 and 下一步措施 from the"
                    + " staff's notes (/api/v1/plans/{planId}/evaluations/{evaluation}/notes), 重点项目; annexes: 评估方法说明,"
                    + " every statement of every target, conflicting figures, stale data. Named by its Chinese title and"
                    + " date (filename*).")
    public Uni<Response> document(@Parameter(example = "xinzheng-14th-fyp-outline") @PathParam("planId") String planId,
            @Parameter(example = "2023-12-31") @QueryParam("asOf") @DefaultValue("") String asOf,
            @Parameter(description = "mid-term or final, as for the workbook") @QueryParam("kind") @DefaultValue("")
            String kind) {
        return report(planId, asOf, kind).map(report -> attachment(report, planId, "docx", Docx.MEDIA_TYPE,
                EvaluationDocument.write(report)));
    }

    private Uni<EvaluationReport> report(String planId, String asOf, String kind) {
        checkKind(kind);
        LocalDate date = AsOfDates.parse(asOf);
        return reports.report(planId, date, kind);
    }

    private static void checkKind(String kind) {
        if (!KINDS.contains(kind)) {
            throw new InvalidFieldException("kind", "must be mid-term or final");
        }
    }

    /**
     * The file under the report's Chinese title and date (新郑市…中期评估报告（2023年12月31日）.docx) as RFC 6266's
     * filename*, with an ASCII name for clients that cannot read it.
     */
    private static Response attachment(EvaluationReport report, String planId, String extension, String mediaType,
            byte[] content) {
        String ascii = planId + "-evaluation-" + report.asOf() + "." + extension;
        String chinese = report.title() + "（" + report.asOfZh() + "）." + extension;
        return Response.ok(content, mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(chinese, StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }
}
