package io.planmonitor.gateway.projects;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A key project as the REST API shows and takes it. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Project", description = "A key project (重点项目)")
public record ProjectJson(
        @Schema(readOnly = true, example = "projects/xinzheng-museum") String name,
        @Schema(required = true, example = "新郑博物馆新馆建设") String displayName,
        @Schema(required = true, description = "GB/T 2260 six-digit region code", example = "410184") String regionCode,
        @Schema(enumeration = {"NATIONAL", "PROVINCIAL", "MUNICIPAL", "DISTRICT"}, example = "MUNICIPAL") String level,
        @Schema(readOnly = true, description = "The level as plan offices say it", example = "市重点") String levelZh,
        @Schema(description = "PLANNED when absent", enumeration = {"PLANNED", "PREPARING", "SIGNED", "STARTED",
                "CONTINUING", "COMPLETED", "IN_OPERATION", "SUSPENDED", "CANCELLED"}, example = "PLANNED") String stage,
        @Schema(readOnly = true, description = "The stage as plan offices say it (谋划, 前期, 签约, 开工, 续建, 竣工, "
                + "投产运营, 暂停, 取消)", example = "谋划") String stageZh,
        MoneyJson totalInvestment,
        @Schema(description = "Names of the indicators the project contributes to; each must exist",
                example = "[\"indicators/retail-sales\"]") List<String> indicators,
        @Schema(readOnly = true, example = "2026-11-22T08:00:00Z") String createTime,
        @Schema(readOnly = true, example = "2026-11-22T08:00:00Z") String updateTime,
        @Schema(readOnly = true, example = "0") String etag,
        @Schema(description = "Other names the documents use") List<String> aliases,
        @Schema(description = "National project code, 24 characters", example = "2021-410184-89-01-123456")
        String nationalCode,
        @Schema(description = "行业/领域 as the plan groups it", example = "文化旅游") String sector,
        @Schema(description = "业主单位") String ownerOrganization,
        @Schema(description = "The plan section listing the project", example = "新郑市十四五规划纲要 专栏10")
        String planSection,
        @Schema(description = "Revised total investment; totalInvestment keeps the original") MoneyJson revisedTotalInvestment,
        @Schema(example = "2021-03-01") String plannedStartDate,
        @Schema(example = "2023-12-31") String plannedCompletionDate,
        ProvenanceJson provenance,
        @Schema(description = "Plan targets the project carries; each must exist",
                example = "[\"plans/xinzheng-outline/targets/retail\"]") List<String> targets,
        @Schema(description = "The plan document that lists the project; must exist",
                example = "plans/xinzheng-14th-fyp-outline") String plan,
        @Schema(description = "责任单位: who answers for the project's progress reports (not the owner)",
                example = "市发展改革委") String responsibleUnit,
        @Schema(description = "How often the completed investment is reported; MONTHLY when absent (each month by the "
                + "10th of the next)", enumeration = {"MONTHLY", "QUARTERLY"}) String investmentReporting) {
}
