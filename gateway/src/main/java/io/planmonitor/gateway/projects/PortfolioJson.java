package io.planmonitor.gateway.projects;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of the registry-wide views: batches, alerts, summaries. */
public final class PortfolioJson {

    private PortfolioJson() {
    }

    @Schema(name = "Batch", description = "A quarter's 三个一批 batch (签约一批、开工一批、投产一批)")
    public record Batch(
            @Schema(readOnly = true, example = "batches/2024-q2") String name,
            @Schema(required = true, example = "2024") int year,
            @Schema(required = true, example = "2") int quarter,
            @Schema(example = "郑州市2024年第二期“三个一批”项目建设活动") String title,
            @Schema(readOnly = true) List<Member> members) {
    }

    @Schema(name = "BatchMember")
    public record Member(
            @Schema(required = true, example = "projects/xinzheng-museum") String project,
            @Schema(required = true, enumeration = {"SIGN", "START", "OPERATE"}) String role) {
    }

    @Schema(name = "BatchConversion", description = "A batch's figures per role and what its projects became since")
    public record Conversion(String batch, List<RoleFigures> roles, int signedNowStarted, int signedNowInOperation,
            int startedNowInOperation) {
    }

    @Schema(name = "BatchRoleFigures")
    public record RoleFigures(String role, int projectCount, MoneyJson totalInvestment) {
    }

    @Schema(name = "ProjectAlert")
    public record Alert(String project,
            @Schema(enumeration = {"BEHIND_PACE", "OVERDUE_MILESTONE", "NO_REPORT"}) String kind, String detail) {
    }

    @Schema(name = "ProjectGroup", description = "One group of a registry summary; money in CNY")
    public record Group(String key, int projectCount, MoneyJson totalInvestment,
            @Schema(description = "Completed in the year (each project's latest report)") MoneyJson completedInvestment,
            @Schema(description = "The year's investment plans (年度计划投资) summed") MoneyJson plannedInvestment,
            @Schema(description = "Completed investment of the projects with a plan for the year; ÷ plannedInvestment "
                    + "is the completion rate (完成率)") MoneyJson completedOfPlanned) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ReportedTotal", description = "A total a document reports for a programme of projects, as reported")
    public record ReportedTotal(@Schema(example = "reported-totals/zz24r-three-batches-2023") String name,
            @Schema(example = "三个一批") String programme, @Schema(example = "410100") String regionCode,
            @Schema(example = "2023") int year, @Schema(example = "4") Integer batchCount,
            @Schema(example = "455") Integer projectCount, MoneyJson totalInvestment, MoneyJson completedInvestment,
            ProvenanceJson provenance) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "OverdueInvestmentReports", description = "Projects whose responsible units are late with their "
            + "investment reports, counted per unit")
    public record OverdueReports(List<OverdueReport> overdue,
            @Schema(description = "Projects that must report (under construction, or with a yearly plan)",
                    example = "5") int checkedCount,
            @Schema(example = "{\"未指定责任单位\": 3}") java.util.Map<String, Integer> overdueByUnit,
            @Schema(example = "{\"未指定责任单位\": 5}") java.util.Map<String, Integer> projectsByUnit) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "OverdueInvestmentReport")
    public record OverdueReport(@Schema(example = "projects/xinzheng-museum") String project,
            @Schema(example = "新郑博物馆新馆建设") String displayName,
            @Schema(example = "410184") String regionCode,
            @Schema(example = "未指定责任单位") String responsibleUnit,
            @Schema(enumeration = {"MONTHLY", "QUARTERLY"}) String investmentReporting,
            @Schema(description = "The latest month whose report is due, YYYY-MM", example = "2024-06") String due,
            @Schema(description = "The latest month reported, YYYY-MM; absent when none", example = "2024-04")
            String latest,
            @Schema(example = "未指定责任单位应报送2024年1—6月投资完成情况，最新仅为2024年1—4月。（API 示例数据）")
            String explanationZh) {
    }
}
