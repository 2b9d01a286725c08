package io.planmonitor.gateway.exports;

import io.planmonitor.gateway.dashboards.PlanDashboardJson;
import io.planmonitor.gateway.api.ChineseLabels;
import io.planmonitor.gateway.api.ProtoJson;
import io.planmonitor.projects.v1.Project;
import java.util.Arrays;
import java.util.List;

/** The columns of the exported tables, named as the documents' own tables name them. */
public final class ExportColumns {

    /**
     * 专栏1's columns (序号 指标 单位 基期 目标 年均增长 属性), then what an import needs to make the same target again
     * (指标编号, 形式, 比较, 力争, 上限, the quote and its place), the reading, the target's name, and who reports it
     * how often, with what is owed when its due value is unreported (数据时效).
     */
    /** Between the names in one cell (关联指标, 关联目标): a character no resource name contains. */
    public static final String LIST_SEPARATOR = ";";

    static final List<String> PLAN_TABLE = List.of("序号", "指标", "指标编号", "单位", "基期年份", "基期值", "基期实际值",
            "目标年份", "目标值", "上限", "形式", "比较", "力争", "年均增长(%)", "属性", "最新年份", "最新值", "评估", "说明",
            "文件", "位置", "原文", "目标", "上级目标", "责任单位", "报送频率", "数据时效");

    /** The first ten are the documents' own list; the rest carry every field an import needs to make the project again. */
    public static final List<String> PROJECTS = List.of("项目编号", "项目名称", "地区代码", "领域", "阶段", "级别",
            "总投资(元)", "所在专栏", "规划", "原文", "业主单位", "计划开工", "计划竣工", "国家项目代码", "关联指标",
            "关联目标", "文件", "位置", "责任单位", "报送频率");

    private ExportColumns() {
    }

    static List<String> planRow(PlanDashboardJson.Row row) {
        return Arrays.asList(Integer.toString(row.number()), row.indicatorName(),
                row.indicator().substring("indicators/".length()), row.unit(), Integer.toString(row.baselineYear()),
                row.baselineValue(), row.baselineObserved(), Integer.toString(row.targetYear()), row.targetValue(),
                row.upperBound(), row.form(), row.comparatorZh(), row.stretch() ? "力争" : "", row.averageGrowth(),
                row.attributeZh(), row.latestYear() == null ? null : row.latestYear().toString(), row.latestValue(),
                row.status(), row.explanationZh(), row.document(), row.location(), row.quote(), row.target(),
                row.parentTarget(), row.responsibleUnit(),
                ChineseLabels.of(ChineseLabels.REPORTING_FREQUENCY, row.reportingFrequency()), row.staleZh());
    }

    static List<String> projectRow(Project project) {
        return Arrays.asList(project.getName().substring("projects/".length()), project.getDisplayName(),
                project.getRegionCode(), ProtoJson.emptyToNull(project.getSector()),
                ProtoJson.enumName(project.getStage(), "PROJECT_STAGE_"),
                ProtoJson.enumName(project.getLevel(), "PROJECT_LEVEL_"),
                project.hasTotalInvestment() ? project.getTotalInvestment().getAmount().getValue() : null,
                ProtoJson.emptyToNull(project.getPlanSection()), ProtoJson.emptyToNull(project.getPlan()),
                project.hasProvenance() ? project.getProvenance().getQuote() : null,
                ProtoJson.emptyToNull(project.getOwnerOrganization()),
                ProtoJson.emptyToNull(project.getPlannedStartDate()),
                ProtoJson.emptyToNull(project.getPlannedCompletionDate()),
                ProtoJson.emptyToNull(project.getNationalCode()),
                ProtoJson.emptyToNull(String.join(LIST_SEPARATOR, project.getIndicatorsList())),
                ProtoJson.emptyToNull(String.join(LIST_SEPARATOR, project.getTargetsList())),
                project.hasProvenance() ? ProtoJson.emptyToNull(project.getProvenance().getDocument()) : null,
                project.hasProvenance() ? ProtoJson.emptyToNull(project.getProvenance().getLocation()) : null,
                ProtoJson.emptyToNull(project.getResponsibleUnit()),
                ChineseLabels.of(ChineseLabels.REPORTING_FREQUENCY,
                        ProtoJson.enumName(project.getInvestmentReporting(), "INVESTMENT_REPORTING_FREQUENCY_")));
    }
}
