package io.planmonitor.gateway.dashboards;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.planmonitor.gateway.plans.PlanningJson;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A plan's indicator table, each target with its evaluation, in the document's own order. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "PlanDashboard")
public record PlanDashboardJson(
        PlanningJson.Plan plan,
        @Schema(example = "2025-12-31") String asOf,
        @Schema(description = "Targets by the place the document gives them (专栏1 第1行, 第2行 …), then by id")
        List<Row> rows) {

    /** One row of the table: 序号, 指标, 单位, 基期, 目标, 年均增长, 属性, the latest value and the reading. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PlanDashboardRow")
    public record Row(
            @Schema(description = "序号: the row number the document prints, else the position", example = "3") int number,
            @Schema(example = "plans/xinzheng-14th-fyp-outline/targets/t03-retail-sales") String target,
            @Schema(example = "indicators/retail-sales") String indicator,
            @Schema(description = "指标", example = "社会消费品零售总额") String indicatorName,
            @Schema(example = "Retail sales of consumer goods") String indicatorEnglishName,
            @Schema(example = "经济发展") String category,
            @Schema(description = "单位", example = "亿元") String unit,
            @Schema(example = "2020") int baselineYear,
            @Schema(description = "基期值 as the plan gives it", example = "306.3") String baselineValue,
            @Schema(description = "The value observed in the base year (what a 2024 target is read against: the 2023 "
                    + "result)", example = "306.3") String baselineObserved,
            @Schema(example = "2025") int targetYear,
            @Schema(description = "目标; absent when the document leaves it unset (#)", example = "470") String targetValue,
            @Schema(description = "The upper end of a range target") String upperBound,
            @Schema(description = "年均增长 (%), for average-growth targets") String averageGrowth,
            @Schema(example = "LEVEL") String form,
            @Schema(example = "EXACT") String comparator,
            @Schema(description = "左右 / 以上 / 以内 / 区间 / (exact)", example = "以上") String comparatorZh,
            boolean stretch,
            @Schema(example = "EXPECTED") String attribute,
            @Schema(description = "约束性 / 预期性", example = "预期性") String attributeZh,
            Integer latestYear,
            String latestValue,
            @Schema(description = "Where the latest value was read: the vintage, its source document, address and"
                    + " sentence, and whether it is derived or second-hand") LatestValueSource latestSource,
            @Schema(example = "NOT_ASSESSABLE") String status,
            @Schema(description = "The SDG-style status in Chinese", example = "无法评估") String statusZh,
            @Schema(description = "The office's reading (EARLY_ACHIEVED, AHEAD, AS_EXPECTED, BEHIND, COMPLETED,"
                    + " NOT_COMPLETED, NOT_ASSESSABLE)", example = "NOT_ASSESSABLE") String reading,
            @Schema(description = "评估 as plan offices say it: 提前实现 / 快于预期 / 基本符合预期 / 滞后 / 已完成 / 未完成",
                    example = "无法评估") String readingZh,
            String bindingReading,
            @Schema(description = "达标 / 有风险 / 未达标") String bindingReadingZh,
            @Schema(example = "无法评估：暂无实际值") String explanationZh,
            String explanationEn,
            @Schema(example = "新郑市国民经济和社会发展第十四个五年规划纲要") String document,
            @Schema(example = "专栏1 第3行") String location,
            @Schema(example = "社会消费品零售总额 亿元 306.3 470 9 预期性") String quote,
            @Schema(description = "The city target this one is a share of (分解落实)") String parentTarget,
            @Schema(description = "牵头单位 / 责任单位", example = "市统计局") String responsibleUnit,
            @Schema(description = "YEARLY when absent", enumeration = {"YEARLY", "QUARTERLY", "MONTHLY"})
            String reportingFrequency,
            @Schema(description = "Present when the value due by asOf has not been reported: what is owed",
                    example = "未指定责任单位应报送2023年数据，尚未报送任何数据。") String staleZh,
            @Schema(description = "Present when the plan states this indicator's target again: the target counted"
                    + " instead (counts count each indicator once)") String countedAs,
            @Schema(example = "同一指标已列于专栏1 第4行（124），规划内数值不一致；不重复计数") String countedAsZh,
            @Schema(description = "实际值 by year, from the base year to the target year as far as asOf reaches (a "
                    + "report's 2021…2025 columns); years without a value are absent", example = "{\"2021\": \"5.6\"}")
            Map<Integer, String> yearlyValues) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "LatestValueSource", description = "The vintage a reading's latest value comes from")
    public record LatestValueSource(
            @Schema(example = "indicators/retail-sales/observations/1093") String observation,
            @Schema(example = "PRELIMINARY") String status,
            @Schema(example = "新郑市2024年政府工作报告") String source,
            String sourceUrl,
            @Schema(example = "社会消费品零售总额333.5亿元") String quote,
            @Schema(description = "Present when the value is computed from printed figures: the arithmetic")
            String derivation,
            @Schema(description = "True when the source is a secondary compilation") Boolean secondary) {
    }
}
