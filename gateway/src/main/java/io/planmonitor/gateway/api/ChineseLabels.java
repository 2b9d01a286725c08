package io.planmonitor.gateway.api;

import java.util.Map;

/**
 * The words plan offices use for the API's enum values, given beside them in answers people read (a status as
 * 进度滞后 next to LAGGING). The progress words are those of indicators-service's explanations.
 */
public final class ChineseLabels {

    public static final Map<String, String> PROGRESS_STATUS = Map.of(
            "ACHIEVED", "已实现目标",
            "ON_TRACK", "进度正常",
            "NEEDS_ACCELERATION", "需加快进度",
            "LAGGING", "进度滞后",
            "DETERIORATING", "逆向变化",
            "NOT_ASSESSABLE", "无法评估");

    public static final Map<String, String> BINDING_READING = Map.of(
            "MET", "达标",
            "AT_RISK", "有风险",
            "MISSED", "未达标");

    /** The office's readings (OfficeReading in the contract), as China's plan evaluations word them. */
    public static final Map<String, String> OFFICE_READING = Map.of(
            "EARLY_ACHIEVED", "提前实现",
            "AHEAD", "快于预期",
            "AS_EXPECTED", "基本符合预期",
            "BEHIND", "滞后",
            "COMPLETED", "已完成",
            "NOT_COMPLETED", "未完成",
            "NOT_ASSESSABLE", "无法评估");

    public static final Map<String, String> PROJECT_STAGE = Map.of(
            "PLANNED", "谋划",
            "PREPARING", "前期",
            "SIGNED", "签约",
            "STARTED", "开工",
            "CONTINUING", "续建",
            "COMPLETED", "竣工",
            "IN_OPERATION", "投产运营",
            "SUSPENDED", "暂停",
            "CANCELLED", "取消");

    public static final Map<String, String> PROJECT_LEVEL = Map.of(
            "NATIONAL", "国家重点",
            "PROVINCIAL", "省重点",
            "MUNICIPAL", "市重点",
            "DISTRICT", "区县重点");

    public static final Map<String, String> DOCUMENT_KIND = Map.of(
            "FIVE_YEAR_PLAN_OUTLINE", "五年规划纲要",
            "FIVE_YEAR_PLAN_RECOMMENDATION", "五年规划建议",
            "ANNUAL_PLAN", "年度计划",
            "GOVERNMENT_WORK_REPORT", "政府工作报告",
            "STATISTICAL_BULLETIN", "统计公报");

    /** How often a figure is reported: targets' reportingFrequency and projects' investmentReporting. */
    public static final Map<String, String> REPORTING_FREQUENCY = Map.of(
            "YEARLY", "年报",
            "QUARTERLY", "季报",
            "MONTHLY", "月报");

    private ChineseLabels() {
    }

    /** The label of {@code value} in {@code labels}; null for an absent value. */
    public static String of(Map<String, String> labels, String value) {
        return value == null ? null : labels.get(value);
    }

    /** The value a cell means, given as the value or as its label (季报 or QUARTERLY); null for neither. */
    public static String valueOf(Map<String, String> labels, String cell) {
        for (Map.Entry<String, String> entry : labels.entrySet()) {
            if (entry.getKey().equals(cell) || entry.getValue().equals(cell)) {
                return entry.getKey();
            }
        }
        return null;
    }
}
