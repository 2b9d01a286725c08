package io.planmonitor.gateway.reports;

import io.planmonitor.gateway.dashboards.PlanDashboardJson;
import io.planmonitor.gateway.exports.Docx;
import io.planmonitor.gateway.exports.Xlsx;
import io.planmonitor.indicators.v1.EvaluationNote;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An evaluation report as a Word document in the shape plan offices hand them up: 总体情况, the indicator table in the
 * document's order and groups (one row per indicator, each year's actual), the binding indicators named with their
 * verdicts, 原因分析 and 下一步措施 in the staff's own words, the key projects; the method, every statement of every
 * target, conflicting figures and stale data in annexes. The machine only counts and cites; where staff have not yet
 * written a cause or a measure for an indicator behind its path, the draft says so in 【】 for the writer to fill.
 */
final class EvaluationDocument {

    private static final String[] CHAPTERS = {"一", "二", "三", "四", "五", "六"};
    private static final String[] ITEMS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    private static final String TO_WRITE = "【待填写】";

    private EvaluationDocument() {
    }

    static byte[] write(EvaluationReport report) {
        Docx document = new Docx().heading(0, report.title()).centred("（评估基准日：" + report.asOfZh() + "）")
                .paragraph("本报告依据 Plan Monitor 系统所录规划目标和统计数据生成，" + report.kindZh()
                        + "结论按附件1所列方法评定，原因分析和下一步措施由规划编制部门填写。");
        EvaluationNote overall = report.note("overall");
        int chapter = 0;
        document.heading(1, CHAPTERS[chapter++] + "、总体情况").paragraph(report.evaluation().getOverviewZh());
        if (overall != null && !overall.getReasonsZh().isEmpty()) {
            paragraphs(document, overall.getReasonsZh());
        }
        document.heading(1, CHAPTERS[chapter++] + "、主要指标完成情况")
                .paragraph("规划共设指标目标" + report.countedTargets() + "项" + (report.rows().size()
                        > report.countedTargets() ? "（同一指标在规划中另有" + (report.rows().size()
                        - report.countedTargets()) + "处重复表述，不重复计数，见附件2）" : "") + "，完成情况见下表。")
                .landscape().table(IndicatorTable.header(report), IndicatorTable.rows(report)).portrait();
        document.heading(1, CHAPTERS[chapter++] + "、约束性指标").paragraph(bindingSentence(report));
        document.heading(1, CHAPTERS[chapter++] + "、原因分析");
        notes(document, report, EvaluationNote::getReasonsZh, "原因分析");
        document.heading(1, CHAPTERS[chapter++] + "、下一步措施");
        if (overall != null && !overall.getMeasuresZh().isEmpty()) {
            paragraphs(document, overall.getMeasuresZh());
        }
        notes(document, report, EvaluationNote::getMeasuresZh, "下一步措施");
        chapter(document, CHAPTERS[chapter] + "、重点项目", EvaluationTables.projects(report),
                "规划所列重点项目按阶段统计如下（投资为系统所录项目之和，年度口径为" + report.asOf().getYear() + "年）。");
        annexes(document, report);
        return document.toBytes();
    }

    /** 约束性指标 named with their verdicts: "耕地保有量（达标）、单位地区生产总值能源消耗降低（无法评估）". */
    private static String bindingSentence(EvaluationReport report) {
        List<PlanDashboardJson.Row> binding = report.binding();
        if (binding.isEmpty()) {
            return report.evaluation().getBindingZh();
        }
        return report.evaluation().getBindingZh() + "分别为：" + binding.stream()
                .map(row -> row.indicatorName() + "（" + (row.bindingReadingZh() != null ? row.bindingReadingZh()
                        : row.readingZh()) + "）")
                .collect(Collectors.joining("、")) + "。";
    }

    /**
     * The staff's text of one kind per indicator, in the table's order: every indicator they wrote on, and each one
     * behind its path they have not yet written on, marked for the writer.
     */
    private static void notes(Docx document, EvaluationReport report, Function<EvaluationNote, String> text,
            String what) {
        List<String> behind = report.evaluation().getBehindTargetsList();
        int item = 0;
        for (PlanDashboardJson.Row row : report.countedRows()) {
            EvaluationNote note = report.note(row.target());
            String written = note == null ? "" : text.apply(note);
            if (written.isEmpty() && !behind.contains(row.target())) {
                continue;
            }
            String leadIn = "（" + (item < ITEMS.length ? ITEMS[item] : Integer.toString(item + 1)) + "）"
                    + row.indicatorName() + "（" + row.readingZh() + "）。";
            document.paragraph(leadIn, written.isEmpty() ? TO_WRITE + "该指标进度滞后或需加快，请填写" + what + "。"
                    : written);
            item++;
        }
        if (item == 0) {
            document.paragraph(TO_WRITE + "尚未填写" + what + "。");
        }
    }

    /** A staff text of several paragraphs, each its own. */
    private static void paragraphs(Docx document, String text) {
        text.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(document::paragraph);
    }

    /** The method, every statement of every target, the plan's conflicting figures and the stale data. */
    private static void annexes(Docx document, EvaluationReport report) {
        document.pageBreak().heading(1, "附件1").heading(0, EvaluationMethod.TEXT.title());
        for (EvaluationMethod.Section section : EvaluationMethod.TEXT.sections()) {
            document.heading(2, section.heading());
            section.paragraphs().forEach(document::paragraph);
        }
        var all = EvaluationTables.indicators(report);
        document.landscape().heading(1, "附件2").heading(0, "指标评估明细")
                .paragraph("规划中每一处指标目标表述一行（含重复表述），附评估依据和原文位置。")
                .table(all.header(), all.rows()).portrait();
        document.heading(1, "附件3").heading(0, "规划内数据冲突");
        var conflicts = EvaluationTables.conflicts(report);
        document.paragraph(report.conflicts().isEmpty() ? "规划文本内未发现数值冲突。"
                : "规划文本内有" + report.conflicts().size() + "处同一指标数值不一致，均保留原文如下。");
        if (!conflicts.rows().isEmpty()) {
            document.table(conflicts.header(), conflicts.rows());
        }
        document.pageBreak().heading(1, "附件4").heading(0, "数据报送时效");
        var stale = EvaluationTables.stale(report);
        int late = report.overdue().overdue().size();
        document.paragraph(late == 0 ? "截至评估基准日，各指标应报数据均已报送。"
                : "截至评估基准日，" + late + "项指标的应报数据尚未报送（" + report.overdue().overdueByUnit().entrySet()
                        .stream().map(entry -> entry.getKey() + entry.getValue() + "项")
                        .collect(Collectors.joining("，")) + "），需督促责任单位报送。");
        if (late > 0) {
            document.table(stale.header(), stale.rows());
        }
    }

    private static void chapter(Docx document, String heading, Xlsx.Sheet table, String lead) {
        document.heading(1, heading).paragraph(lead);
        if (!table.rows().isEmpty()) {
            document.table(table.header(), table.rows());
        }
    }
}
