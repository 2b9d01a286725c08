package io.planmonitor.gateway.reports;

import io.planmonitor.gateway.dashboards.PlanDashboardJson;
import io.planmonitor.gateway.dashboards.PlanTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The report's main table: one row per indicator (a target the plan states twice is one row), in the document's order
 * under its groups (专栏1, then 正文), with the base, each year's actual from the plan's first year to the date, the
 * target and the reading — the 主要指标完成情况表 of a 中期评估.
 */
final class IndicatorTable {

    private IndicatorTable() {
    }

    static List<String> header(EvaluationReport report) {
        List<String> header = new ArrayList<>(List.of("序号", "指标", "单位", "属性", "基期值"));
        years(report).forEach(year -> header.add(year + "年"));
        header.addAll(List.of("目标值", "评估"));
        return header;
    }

    static List<List<String>> rows(EvaluationReport report) {
        List<PlanDashboardJson.Row> counted = report.countedRows();
        boolean grouped = counted.stream().map(row -> PlanTable.groupOf(row.location())).distinct().count() > 1;
        List<Integer> years = years(report);
        List<List<String>> rows = new ArrayList<>();
        String group = null;
        for (PlanDashboardJson.Row row : counted) {
            String rowGroup = PlanTable.groupOf(row.location());
            if (grouped && !rowGroup.equals(group)) {
                rows.add(List.of(rowGroup));
                group = rowGroup;
            }
            List<String> cells = new ArrayList<>(Arrays.asList(Integer.toString(row.number()), row.indicatorName(),
                    row.unit(), row.attributeZh(), baseline(report, row)));
            years.forEach(year -> cells.add(row.yearlyValues().get(year)));
            cells.add(target(report, row));
            cells.add(row.bindingReadingZh() == null ? row.readingZh() : row.readingZh() + "／" + row.bindingReadingZh());
            rows.add(cells);
        }
        return rows;
    }

    /** The plan's years up to the as-of year: the years a value can be in for. */
    private static List<Integer> years(EvaluationReport report) {
        List<Integer> years = new ArrayList<>();
        for (int year = report.plan().startYear(); year <= Math.min(report.plan().endYear(), report.asOf().getYear());
                year++) {
            years.add(year);
        }
        return years;
    }

    /** The base as the plan gives it, with its year when that is not the year before the plan's first. */
    private static String baseline(EvaluationReport report, PlanDashboardJson.Row row) {
        if (row.baselineValue() == null) {
            return null;
        }
        return row.baselineValue() + (row.baselineYear() == report.plan().startYear() - 1 ? ""
                : "（" + row.baselineYear() + "年）");
    }

    /** The target as the document says it (年均 for an average growth, 左右 / 以上), with its year when not the last. */
    private static String target(EvaluationReport report, PlanDashboardJson.Row row) {
        String value = EvaluationTables.target(row);
        if ("AVERAGE_ANNUAL_GROWTH".equals(row.form()) && row.targetValue() != null) {
            value = "年均" + value;
        }
        return value + (row.targetYear() == report.plan().endYear() ? "" : "（" + row.targetYear() + "年）");
    }
}
