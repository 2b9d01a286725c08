package io.planmonitor.gateway.reports;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 评估方法说明: how Plan Monitor reads a target, published as open-SDG publishes its progress method — the web page's
 * #/method, GET /api/v1/evaluation-method and the annex of every evaluation report. The thresholds are the ones
 * indicators-service applies (ProgressEvaluator, OfficeReading); a change there is a change here.
 */
public final class EvaluationMethod {

    @Schema(name = "EvaluationMethod", description = "评估方法说明: the method behind every reading, in sections")
    public record Text(@Schema(example = "评估方法说明") String title, List<Section> sections) {
    }

    @Schema(name = "EvaluationMethodSection")
    public record Section(@Schema(example = "一、评估结论的用语") String heading, List<String> paragraphs) {
    }

    /** The method as the reports and the page print it. */
    public static final Text TEXT = new Text("评估方法说明", List.of(
            new Section("一、评估结论的用语", List.of(
                    "预期性指标按全国“十四五”规划中期评估的用语评定：提前实现、快于预期、基本符合预期、滞后；"
                            + "目标年份的实际值公布后，评定为已完成或未完成。约束性指标另评达标、有风险（规划期内进度不足）"
                            + "或未达标（规划期结束仍未实现）。缺少评定所需数据的，评定为无法评估，并说明缺少什么。",
                    "评定依据进度比：进度比 = 实际年均进度 ÷ 要求年均进度。最新实际值已达到目标的，为提前实现；"
                            + "进度比不低于1.05的，为快于预期；不低于0.95的，为基本符合预期；低于0.95的，为滞后"
                            + "（含逆向变化）。目标年份的实际值已公布时，达到目标为已完成，否则为未完成。",
                    "接口中另保留可持续发展目标（SDG）进展评估的状态，供系统对接使用：已实现目标；进度正常"
                            + "（进度比≥0.95）；需加快进度（0.6–0.95）；进度滞后（0–0.6）；逆向变化（<0）。")),
            new Section("二、各类目标的计算", List.of(
                    "总量目标（如社会消费品零售总额达到470亿元）：要求年均增速 = (目标值 ÷ 基期值)^(1/规划年数) − 1，"
                            + "实际年均增速 = (最新值 ÷ 基期值)^(1/已过年数) − 1。",
                    "增速目标（如地区生产总值年均增长7.7%、年度增长7%左右）：各年增速连乘为指数，"
                            + "实际年均增速 = 指数^(1/年数) − 1，与目标增速相比；只有一年数据时，称该年增速，不称年均。"
                            + "以总量给出的，由基期值和最新值推算年均增速。",
                    "比重目标（如研发经费投入强度2.6%）：按线性进度，要求年均提高 = (目标值 − 基期值) ÷ 规划年数，"
                            + "实际年均提高 = (最新值 − 基期值) ÷ 已过年数。",
                    "百分点目标（如常住人口城镇化率提高10个百分点）：按与基期值之差读取，即目标水平 = 基期值 + 10；"
                            + "进度按线性计算，不把“10”当作水平值。",
                    "累计变化目标（如单位地区生产总值能耗降低13.5%）：以期末对期初的累计变化计算，"
                            + "要求年均变化 = (1 + 目标变化)^(1/规划年数) − 1，实际由各年降幅连乘或由水平值计算。",
                    "上限目标（如城镇调查失业率控制在5.5%以内）和越低越好的指标：不超过目标即为达到。"
                            + "“左右”允许目标值2%的浮动（7%左右自6.86%起算达到）；“以上”“不低于”为下限，“以内”“以下”为上限，"
                            + "区间目标须落在区间之内。排名类目标不用增速方法评定。")),
            new Section("三、数据的取用", List.of(
                    "实际值取各期最新的正式数据：统计公报数据为当年最终数，后续公报修订的以修订数为准；"
                            + "快报、新闻和政府工作报告中公布于统计公报之前的数据为初步数；二手汇编的数据仅在没有官方数据时使用，"
                            + "二手汇编的最终数可取代官方初步数，但不取代官方最终数。所有版本均保留，可查其来源文件、网址和原文。",
                    "由文中差额推算的数据（如“比上年全年加快0.9个百分点”）标为推算，并列出算式；"
                            + "口径不同的数据（民政口径与管理口径、常住与户籍人口、名义与实际增速）分列为不同指标，不混用。",
                    "基期值取规划所列基期值；规划未列的，取基期年份的实际值。可评估须有目标值、基期值（增速类目标除外）"
                            + "和基期之后至少一个年份的实际值；没有基期值的上限或总量目标，按最近两年实际值的变化方向粗评为滞后"
                            + "或逆向变化。",
                    "时间进度（序时进度）为评估基准日在规划期（基期次年1月1日至目标年12月31日）中所占的比例。"))));

    private EvaluationMethod() {
    }
}
