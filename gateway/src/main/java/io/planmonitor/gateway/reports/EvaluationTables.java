package io.planmonitor.gateway.reports;

import io.planmonitor.common.v1.Money;
import io.planmonitor.gateway.api.ChineseLabels;
import io.planmonitor.gateway.dashboards.PlanDashboardJson;
import io.planmonitor.gateway.exports.Xlsx;
import io.planmonitor.gateway.plans.PlanningJson;
import io.planmonitor.projects.v1.ProjectGroup;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The tables of an evaluation report, the same in the workbook (a sheet each) and the Word document (a table each).
 * Figures stay the services' decimal strings; money is shifted from 元 to 亿元 as a decimal, never through a double.
 */
final class EvaluationTables {

    private static final List<String> INDICATORS = List.of("序号", "指标", "单位", "基期年份", "基期值", "目标年份",
            "目标值", "属性", "最新年份", "最新值", "评估", "约束性评价", "说明", "位置");
    private static final List<String> READINGS = List.of("指标", "单位", "目标年份", "目标值", "最新年份", "最新值",
            "评估", "说明");
    private static final List<String> PROJECTS = List.of("阶段", "项目数", "总投资(亿元)", "年度计划投资(亿元)",
            "计划内完成投资(亿元)", "完成率(%)", "累计完成投资(亿元)");
    private static final List<String> CONFLICTS = List.of("指标", "目标年份", "形式", "各处数值及原文");
    private static final List<String> OVERDUE = List.of("指标", "责任单位", "报送频次", "应报期", "最新报送期", "说明");
    private EvaluationTables() {
    }

    static Xlsx.Sheet summary(EvaluationReport report) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("规划", report.plan().displayName()));
        rows.add(List.of("评估类型", report.kindZh()));
        rows.add(List.of("评估基准日", report.asOf().toString()));
        rows.add(List.of("指标目标数", Integer.toString(report.countedTargets())));
        rows.add(List.of("重复表述（不重复计数）", Integer.toString(report.rows().size() - report.countedTargets())));
        report.countsByReading().forEach((reading, count) -> rows.add(List.of(
                ChineseLabels.OFFICE_READING.getOrDefault(reading, reading), Integer.toString(count))));
        rows.add(List.of("约束性指标数", Integer.toString(report.binding().size())));
        rows.add(List.of("滞后及需加快指标数", Integer.toString(report.behind().size())));
        rows.add(List.of("数据冲突数", Integer.toString(report.conflicts().size())));
        rows.add(List.of("逾期未报送指标数", Integer.toString(report.overdue().overdue().size())));
        report.overdue().overdueByUnit().forEach((unit, count) -> rows.add(List.of("逾期未报送：" + unit,
                count + " / " + report.overdue().targetsByUnit().getOrDefault(unit, count))));
        rows.add(List.of("说明", "据 Plan Monitor 系统数据生成，供起草评估报告参考；评估方法见各指标说明。"));
        return new Xlsx.Sheet("概况", List.of("项目", "内容"), rows);
    }

    static Xlsx.Sheet indicators(EvaluationReport report) {
        return new Xlsx.Sheet("指标评估", INDICATORS, report.rows().stream().map(row -> Arrays.asList(
                Integer.toString(row.number()), row.indicatorName(), row.unit(), Integer.toString(row.baselineYear()),
                row.baselineValue(), Integer.toString(row.targetYear()), target(row), row.attributeZh(),
                year(row), row.latestValue(), row.readingZh(), row.bindingReadingZh(),
                row.countedAsZh() == null ? row.explanationZh() : row.explanationZh() + "（" + row.countedAsZh() + "）",
                row.location())).toList());
    }

    static Xlsx.Sheet binding(EvaluationReport report) {
        return readings("约束性指标", report.binding());
    }

    static Xlsx.Sheet behind(EvaluationReport report) {
        return readings("滞后指标", report.behind());
    }

    static Xlsx.Sheet projects(EvaluationReport report) {
        return new Xlsx.Sheet("重点项目", PROJECTS, report.stages().stream().map(group -> Arrays.asList(
                ChineseLabels.PROJECT_STAGE.getOrDefault(group.getKey(), group.getKey().isEmpty() ? "未注明"
                        : group.getKey()),
                Integer.toString(group.getProjectCount()), yi(group.getTotalInvestment()),
                yi(group.getPlannedInvestment()), yi(group.getCompletedOfPlanned()), completionRate(group),
                yi(group.getCompletedInvestment()))).toList());
    }

    static Xlsx.Sheet conflicts(EvaluationReport report) {
        return new Xlsx.Sheet("数据冲突", CONFLICTS, report.conflicts().stream().map(conflict -> Arrays.asList(
                conflict.indicator().substring("indicators/".length()), Integer.toString(conflict.targetYear()),
                conflict.form(), conflict.targets().stream().map(EvaluationTables::valueAndQuote)
                        .collect(Collectors.joining("；")))).toList());
    }

    static Xlsx.Sheet stale(EvaluationReport report) {
        return new Xlsx.Sheet("数据时效", OVERDUE, report.overdue().overdue().stream().map(overdue -> Arrays.asList(
                report.indicatorName(overdue.target().name()), overdue.responsibleUnit(),
                ChineseLabels.REPORTING_FREQUENCY.getOrDefault(overdue.reportingFrequency(),
                        overdue.reportingFrequency()),
                label(overdue.due()), overdue.latest() == null ? "尚未报送" : label(overdue.latest()),
                overdue.explanationZh())).toList());
    }

    private static String label(io.planmonitor.gateway.indicators.ObservationJson.Period period) {
        return period.year() + "年" + (period.quarter() != null ? "第" + period.quarter() + "季度"
                : period.month() != null ? period.month() + "月" : "");
    }

    /** Every table, in the report's order. */
    static List<Xlsx.Sheet> all(EvaluationReport report) {
        return List.of(summary(report), indicators(report), binding(report), behind(report), projects(report),
                conflicts(report), stale(report));
    }

    private static Xlsx.Sheet readings(String name, List<PlanDashboardJson.Row> rows) {
        return new Xlsx.Sheet(name, READINGS, rows.stream().map(row -> Arrays.asList(row.indicatorName(), row.unit(),
                Integer.toString(row.targetYear()), target(row), year(row), row.latestValue(),
                row.bindingReadingZh() != null ? row.bindingReadingZh() : row.readingZh(), row.explanationZh()))
                .toList());
    }

    /** The target as the document says it: 7.7左右, 120以上, or 未设定 for a placeholder. */
    static String target(PlanDashboardJson.Row row) {
        if (row.targetValue() == null) {
            return "未设定";
        }
        String comparator = row.comparatorZh() == null ? "" : row.comparatorZh();
        return row.targetValue() + (row.upperBound() != null ? "–" + row.upperBound() : "") + comparator;
    }

    private static String year(PlanDashboardJson.Row row) {
        return row.latestYear() == null ? null : row.latestYear().toString();
    }

    private static String valueAndQuote(PlanningJson.Target target) {
        return target.targetValue() + (target.provenance() == null ? "" : "「" + target.provenance().quote() + "」");
    }

    private static String yi(Money money) {
        if (!money.hasAmount() || money.getAmount().getValue().isEmpty()) {
            return null;
        }
        return new BigDecimal(money.getAmount().getValue()).movePointLeft(8).stripTrailingZeros().toPlainString();
    }

    private static String completionRate(ProjectGroup group) {
        String planned = group.getPlannedInvestment().getAmount().getValue();
        String completed = group.getCompletedOfPlanned().getAmount().getValue();
        if (planned.isEmpty() || completed.isEmpty() || new BigDecimal(planned).signum() == 0) {
            return null;
        }
        return new BigDecimal(completed).multiply(BigDecimal.valueOf(100))
                .divide(new BigDecimal(planned), 1, RoundingMode.HALF_EVEN).toPlainString();
    }
}
