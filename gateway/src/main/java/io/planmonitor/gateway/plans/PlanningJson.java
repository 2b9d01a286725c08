package io.planmonitor.gateway.plans;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.planmonitor.gateway.projects.ProvenanceJson;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of regions, plans, targets and progress evaluations. */
public final class PlanningJson {

    private PlanningJson() {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Schema(name = "Region", description = "A region by its GB/T 2260 code")
    public record Region(@Schema(example = "regions/410184") String name, @Schema(example = "新郑市") String displayName,
            @Schema(enumeration = {"PROVINCE", "PREFECTURE", "COUNTY"}) String level,
            @Schema(example = "regions/410100") String parent) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Schema(name = "Plan", description = "A plan document: outline, recommendations, annual plan or work report")
    public record Plan(
            @Schema(readOnly = true, example = "plans/xinzheng-14th-outline") String name,
            @Schema(required = true, example = "新郑市国民经济和社会发展第十四个五年规划纲要") String displayName,
            @Schema(required = true, enumeration = {"FIVE_YEAR_PLAN_OUTLINE", "FIVE_YEAR_PLAN_RECOMMENDATION",
                    "ANNUAL_PLAN", "GOVERNMENT_WORK_REPORT"}) String kind,
            @Schema(required = true, example = "regions/410184") String region,
            @Schema(required = true, example = "2021") int startYear,
            @Schema(required = true, example = "2025") int endYear,
            @Schema(example = "新郑市人民政府") String issuer,
            @Schema(example = "2021-03-30") String issueDate,
            String parent,
            String sourceDocumentName,
            String sourceDocumentSha256,
            @Schema(readOnly = true) String etag) {
    }

    @Schema(name = "PlanChange", description = "The fields of a plan that can change; absent ones stay as they are")
    public record PlanChange(
            @Schema(example = "新郑市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要") String displayName,
            @Schema(example = "新郑市人民政府") String issuer,
            @Schema(example = "2021-03-30") String issueDate,
            String sourceDocumentName,
            String sourceDocumentSha256) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Schema(name = "Target", description = "A plan's target for an indicator; an absent targetValue is 'not set' (#)")
    public record Target(
            @Schema(readOnly = true) String name,
            @Schema(required = true, example = "indicators/retail-sales") String indicator,
            @Schema(description = "The plan's region when absent") String region,
            @Schema(required = true, example = "2020") Integer baselineYear,
            @Schema(example = "306.3") String baselineValue,
            @Schema(required = true, example = "2025") Integer targetYear,
            @Schema(example = "470") String targetValue,
            String upperBound,
            @Schema(required = true, enumeration = {"LEVEL", "ANNUAL_GROWTH", "AVERAGE_ANNUAL_GROWTH",
                    "CUMULATIVE_CHANGE", "PERCENTAGE_POINT_CHANGE", "SHARE", "RANK"}) String form,
            @Schema(required = true, enumeration = {"ABOUT", "AT_LEAST", "AT_MOST", "RANGE", "EXACT"}) String comparator,
            @Schema(description = "力争") Boolean stretch,
            @Schema(required = true, description = "BINDING 约束性 / EXPECTED 预期性",
                    enumeration = {"BINDING", "EXPECTED"}) String attribute,
            @Schema(required = true, example = "亿元") String unit,
            ProvenanceJson provenance,
            @Schema(readOnly = true) String etag,
            @Schema(description = "分解落实: the target of an enclosing region this one is a share of (same indicator"
                    + " and target year); empty to remove the link") String parentTarget,
            @Schema(description = "牵头单位 / 责任单位", example = "市统计局") String responsibleUnit,
            @Schema(description = "How often the value is due; absent is yearly",
                    enumeration = {"YEARLY", "QUARTERLY", "MONTHLY"}) String reportingFrequency) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ProgressEvaluation", description = "A target's reading as of a date and the numbers behind it")
    public record Progress(String target,
            @Schema(example = "indicators/retail-sales") String indicator,
            @Schema(enumeration = {"ACHIEVED", "ON_TRACK", "NEEDS_ACCELERATION", "LAGGING", "DETERIORATING",
                    "NOT_ASSESSABLE"}) String status,
            @Schema(description = "The SDG-style status in Chinese", example = "需加快进度") String statusZh,
            @Schema(description = "The office's reading", enumeration = {"EARLY_ACHIEVED", "AHEAD", "AS_EXPECTED",
                    "BEHIND", "COMPLETED", "NOT_COMPLETED", "NOT_ASSESSABLE"}) String reading,
            @Schema(description = "提前实现 / 快于预期 / 基本符合预期 / 滞后 / 已完成 / 未完成 / 无法评估", example = "滞后")
            String readingZh,
            @Schema(description = "Binding targets: MET / AT_RISK / MISSED") String bindingReading,
            @Schema(description = "达标 / 有风险 / 未达标", example = "有风险") String bindingReadingZh,
            String reason, String baselineValue, Integer latestYear, String latestValue,
            @Schema(description = "Yearly rate in % (points per year for shares)") String requiredGrowth,
            String observedGrowth, String ratio,
            @Schema(description = "序时进度, 0–1") String elapsedShare,
            String explanationZh, String explanationEn,
            @Schema(description = "Present when the plan states this indicator's target again: the target counted"
                    + " instead") String countedAs) {
    }

    @Schema(name = "TargetConflict", description = "Targets of one plan that give different values for the same"
            + " indicator, region, target year and form; each keeps its own quote")
    public record Conflict(@Schema(example = "plans/xinzheng-14th-fyp-outline") String plan,
            @Schema(example = "indicators/tech-smes") String indicator, @Schema(example = "regions/410184") String region,
            @Schema(example = "2025") int targetYear, @Schema(example = "LEVEL") String form, List<Target> targets) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PlanEvaluation", description = "A plan's 中期评估 / 总结评估 as of a date, its indicator side")
    public record Evaluation(@Schema(example = "plans/xinzheng-14th-fyp-outline") String plan,
            @Schema(example = "2023-12-31") String asOf,
            @Schema(enumeration = {"MID_TERM", "FINAL"}, example = "MID_TERM") String kind,
            @Schema(example = "新郑市国民经济和社会发展第十四个五年规划纲要中期评估报告") String titleZh,
            @Schema(description = "总体情况") String overviewZh,
            @Schema(example = "约束性指标9项：无法评估9项。") String bindingZh,
            @Schema(example = "{\"NOT_ASSESSABLE\": 131}") java.util.Map<String, Integer> countsByStatus,
            @Schema(description = "Targets by the office's reading (what overviewZh counts)",
                    example = "{\"BEHIND\": 3, \"NOT_ASSESSABLE\": 128}") java.util.Map<String, Integer> countsByReading,
            @Schema(example = "9") int bindingCount,
            @Schema(description = "Binding targets by reading (MET, AT_RISK, MISSED), or by status when not readable",
                    example = "{\"NOT_ASSESSABLE\": 9}") java.util.Map<String, Integer> bindingByReading,
            @Schema(description = "Targets needing acceleration, lagging or deteriorating") List<String> behindTargets,
            List<Conflict> conflicts, OverdueUpdates freshness,
            @Schema(description = "Every target's reading, by target name") List<Progress> evaluations) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Reconciliation", description = "A region's documents for one year side by side, per indicator")
    public record Reconciliation(@Schema(example = "regions/410100") String region, @Schema(example = "2024") int year,
            List<ReconciliationRow> rows,
            @Schema(description = "Rows per flag", example = "{\"REPORTED_VALUES_DISAGREE\": 1}")
            java.util.Map<String, Integer> flagCounts) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ReconciliationRow")
    public record ReconciliationRow(@Schema(example = "indicators/gdp") String indicator,
            @Schema(description = "The five-year outline's target the year belongs to") Target outlineTarget,
            @Schema(description = "What the outline requires for the year, in the annual target's terms (a level on"
                    + " the path from base to target, or a yearly growth in %)", example = "6.8") String requiredPace,
            @Schema(description = "The year's annual target (an annual plan's before a work report's)")
            Target annualTarget,
            @Schema(description = "Other annual targets of the same form for the year") List<Target> otherAnnualTargets,
            @Schema(description = "Every value reported for the year, each vintage with its source")
            List<io.planmonitor.gateway.indicators.ObservationJson.Value> reported,
            @Schema(description = "The actual in the annual target's terms", example = "6.1") String actual,
            @Schema(enumeration = {"ANNUAL_TARGET_BELOW_PACE", "ACTUAL_BELOW_ANNUAL_TARGET",
                    "REPORTED_VALUES_DISAGREE", "ANNUAL_TARGETS_DISAGREE"}) List<String> flags,
            @Schema(example = "规划要求2024年增长6.8%。年度目标增长6%。年度目标低于规划要求的进度。（API 示例数据）")
            String explanationZh) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "TargetCascade", description = "A target decomposed to the regions under it (分解落实)")
    public record Cascade(Target target, Progress evaluation,
            @Schema(description = "Every target that names this one as its parent, with its reading")
            List<CascadeShare> shares,
            @Schema(description = "Whether the regions' figures add up (levels of amounts and counts); rates, shares,"
                    + " per-capita figures, growth and ranks do not") boolean additive,
            @Schema(description = "The shares' targets summed (additive, every share set)", example = "900")
            String sharesTargetTotal,
            @Schema(description = "The latest year every share's region reports", example = "2024")
            Integer rolledUpYear,
            @Schema(description = "Those values summed", example = "830") String rolledUpActual,
            @Schema(example = "已分解到2个地区。各地区目标合计900亿元，低于上级目标1000亿元。（API 示例数据）")
            String explanationZh) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "OverdueUpdates", description = "Targets whose responsible units have not reported a due value")
    public record OverdueUpdates(List<Overdue> overdue, int checkedCount,
            @Schema(example = "{\"未指定责任单位\": 3}") java.util.Map<String, Integer> overdueByUnit,
            @Schema(example = "{\"未指定责任单位\": 5}") java.util.Map<String, Integer> targetsByUnit) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "OverdueUpdate")
    public record Overdue(Target target, @Schema(example = "市统计局") String responsibleUnit,
            @Schema(example = "YEARLY") String reportingFrequency,
            @Schema(description = "The latest period whose value is due") io.planmonitor.gateway.indicators.ObservationJson.Period due,
            @Schema(description = "The latest period reported, absent when none")
            io.planmonitor.gateway.indicators.ObservationJson.Period latest,
            @Schema(example = "市统计局应报送2024年数据，最新仅为2023年。（API 示例数据）") String explanationZh) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CascadeShare")
    public record CascadeShare(Target target, Progress evaluation) {
    }

    // One page of a list: nextPageToken (absent on the last page) is the pageToken of the next; totalSize counts
    // every match where the service counts them. A record per item type, so each has a name of its own in OpenAPI.

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "RegionPage")
    public record RegionPage(List<Region> items, String nextPageToken, Integer totalSize) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PlanPage")
    public record PlanPage(List<Plan> items, String nextPageToken, Integer totalSize) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "TargetPage")
    public record TargetPage(List<Target> items, String nextPageToken, Integer totalSize) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ProgressEvaluationPage")
    public record ProgressPage(List<Progress> items, String nextPageToken) {
    }
}
