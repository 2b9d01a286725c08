package io.planmonitor.gateway.exports;

import io.planmonitor.gateway.dashboards.PlanDashboardJson;
import io.planmonitor.gateway.api.ProtoJson;
import io.planmonitor.projects.v1.Project;
import java.util.Arrays;
import java.util.List;

/** The columns of the exported tables, named as the documents' own tables name them. */
final class ExportColumns {

    /** 专栏1's columns (序号 指标 单位 基期 目标 年均增长 属性), then the reading and where the row stands. */
    static final List<String> PLAN_TABLE = List.of("序号", "指标", "单位", "基期年份", "基期值", "目标年份", "目标值",
            "比较", "年均增长(%)", "属性", "最新年份", "最新值", "评估", "说明", "位置", "原文", "目标");

    static final List<String> PROJECTS = List.of("项目编号", "项目名称", "地区代码", "领域", "阶段", "级别",
            "总投资(元)", "所在专栏", "规划", "原文");

    private ExportColumns() {
    }

    static List<String> planRow(PlanDashboardJson.Row row) {
        return Arrays.asList(Integer.toString(row.number()), row.indicatorName(), row.unit(),
                Integer.toString(row.baselineYear()), row.baselineValue(), Integer.toString(row.targetYear()),
                row.targetValue(), row.comparatorZh(), row.averageGrowth(), row.attributeZh(),
                row.latestYear() == null ? null : row.latestYear().toString(), row.latestValue(), row.status(),
                row.explanationZh(), row.location(), row.quote(), row.target());
    }

    static List<String> projectRow(Project project) {
        return Arrays.asList(project.getName().substring("projects/".length()), project.getDisplayName(),
                project.getRegionCode(), ProtoJson.emptyToNull(project.getSector()),
                ProtoJson.enumName(project.getStage(), "PROJECT_STAGE_"),
                ProtoJson.enumName(project.getLevel(), "PROJECT_LEVEL_"),
                project.hasTotalInvestment() ? project.getTotalInvestment().getAmount().getValue() : null,
                ProtoJson.emptyToNull(project.getPlanSection()), ProtoJson.emptyToNull(project.getPlan()),
                project.hasProvenance() ? project.getProvenance().getQuote() : null);
    }
}
