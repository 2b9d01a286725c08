package io.planmonitor.gateway.reports;

import io.planmonitor.gateway.exports.Docx;
import io.planmonitor.gateway.exports.Xlsx;
import java.util.stream.Collectors;

/**
 * An evaluation report as a Word document in the shape plan offices write them: 总体情况 in sentences, then the
 * indicator table, binding targets, lagging ones, key projects, conflicting figures and stale data, each a chapter
 * with its table. The sentences only count and cite what the tables hold; judging causes is left to the writer.
 */
final class EvaluationDocument {

    private static final String[] CHAPTERS = {"一", "二", "三", "四", "五", "六"};

    private EvaluationDocument() {
    }

    static byte[] write(EvaluationReport report) {
        Docx document = new Docx()
                .heading(0, report.title())
                .paragraph("评估基准日：" + report.asOf() + "。本报告据 Plan Monitor 系统数据生成，供起草" + report.kindZh()
                        + "报告参考；各指标的评估依据见“说明”栏，评估方法见附件。");
        int chapter = 0;
        document.heading(1, CHAPTERS[chapter++] + "、总体情况").paragraph(report.evaluation().getOverviewZh());
        chapter(document, CHAPTERS[chapter++] + "、主要指标评估", EvaluationTables.indicators(report),
                "规划共设指标目标" + report.countedTargets() + "项" + (report.rows().size() > report.countedTargets()
                        ? "（另有" + (report.rows().size() - report.countedTargets()) + "处为同一指标的重复表述，列于表中，"
                                + "不重复计数）" : "") + "。");
        chapter(document, CHAPTERS[chapter++] + "、约束性指标", EvaluationTables.binding(report),
                report.evaluation().getBindingZh());
        chapter(document, CHAPTERS[chapter++] + "、滞后及需加快指标", EvaluationTables.behind(report),
                report.behind().isEmpty() ? "截至评估基准日，没有可判定为滞后或需加快的指标。"
                        : "以下" + report.behind().size() + "项指标进度滞后、需加快或逆向变化。");
        chapter(document, CHAPTERS[chapter++] + "、重点项目", EvaluationTables.projects(report),
                "规划所列重点项目按阶段统计（投资为系统所录项目之和，年度口径为" + report.asOf().getYear() + "年）。");
        chapter(document, CHAPTERS[chapter] + "、数据冲突与数据时效", EvaluationTables.conflicts(report),
                report.conflicts().isEmpty() ? "规划文本内未发现数值冲突。"
                        : "规划文本内有" + report.conflicts().size() + "处同一指标数值不一致，均保留原文如下。");
        var stale = EvaluationTables.stale(report);
        int late = report.overdue().overdue().size();
        document.paragraph(late == 0 ? "截至评估基准日，各指标应报数据均已报送。"
                : "截至评估基准日，" + late + "项指标的应报数据尚未报送（" + report.overdue().overdueByUnit().entrySet()
                        .stream().map(entry -> entry.getKey() + entry.getValue() + "项")
                        .collect(Collectors.joining("，")) + "），需督促责任单位报送。");
        if (late > 0) {
            document.table(stale.header(), stale.rows());
        }
        document.heading(1, "附件：" + EvaluationMethod.TEXT.title());
        for (EvaluationMethod.Section section : EvaluationMethod.TEXT.sections()) {
            document.heading(2, section.heading());
            section.paragraphs().forEach(document::paragraph);
        }
        return document.toBytes();
    }

    private static void chapter(Docx document, String heading, Xlsx.Sheet table, String lead) {
        document.heading(1, heading).paragraph(lead);
        if (!table.rows().isEmpty()) {
            document.table(table.header(), table.rows());
        }
    }
}
