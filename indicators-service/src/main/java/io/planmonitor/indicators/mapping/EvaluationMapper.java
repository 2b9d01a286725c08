package io.planmonitor.indicators.mapping;

import io.planmonitor.indicators.domain.progress.EvaluationKind;
import io.planmonitor.indicators.domain.progress.OfficeReading;
import io.planmonitor.indicators.service.PlanEvaluations;
import io.planmonitor.indicators.service.ProgressAssessor;
import io.planmonitor.indicators.v1.PlanEvaluation;
import io.planmonitor.support.EnumNames;
import io.planmonitor.support.IsoDates;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** A plan's evaluation, service → proto, with its title and overview sentence. */
public final class EvaluationMapper {

    public static final String KIND = "EVALUATION_KIND_";

    private EvaluationMapper() {
    }

    public static PlanEvaluation toProto(PlanEvaluations.Evaluation evaluation) {
        PlanEvaluation.Builder proto = PlanEvaluation.newBuilder()
                .setPlan(PlanMapper.name(evaluation.plan().id))
                .setAsOfDate(IsoDates.format(evaluation.asOf()))
                .setKind(EnumNames.toProto(evaluation.kind(), KIND, io.planmonitor.indicators.v1.EvaluationKind.class))
                .setTitleZh(title(evaluation))
                .addAllEvaluations(evaluation.assessed().stream().map(ProgressMapper::toProto).toList())
                .setBindingCount(evaluation.binding().size())
                .addAllBehindTargets(evaluation.behind().stream().map(a -> TargetMapper.name(a.target())).toList())
                .addAllConflicts(evaluation.conflicts().stream().map(TargetMapper::toProto).toList())
                .setFreshness(FreshnessMapper.toProto(evaluation.freshness()))
                .setOverviewZh(overview(evaluation))
                .setBindingZh(binding(evaluation));
        evaluation.countsByStatus().forEach((status, count) -> proto.putCountsByStatus(
                ProgressMapper.STATUS + status.name(), count));
        evaluation.countsByReading().forEach((reading, count) -> proto.putCountsByReading(
                ProgressMapper.READING + reading.name(), count));
        evaluation.binding().forEach(binding -> proto.putBindingByReading(bindingKey(binding),
                proto.getBindingByReadingOrDefault(bindingKey(binding), 0) + 1));
        return proto.build();
    }

    /** 新郑市…纲要中期评估报告. */
    static String title(PlanEvaluations.Evaluation evaluation) {
        return evaluation.plan().displayName + evaluation.kind().labelZh() + "报告";
    }

    /** 总体情况: …（2021—2025年）共设指标目标131项，其中约束性9项。截至2023-12-31，滞后3项，无法评估128项。 */
    static String overview(PlanEvaluations.Evaluation evaluation) {
        Map<OfficeReading, Integer> counts = evaluation.countsByReading();
        String byStatus = counts.entrySet().stream().map(entry -> entry.getKey().labelZh() + entry.getValue() + "项")
                .collect(Collectors.joining("，"));
        return evaluation.plan().displayName + "（" + evaluation.plan().startYear + "—" + evaluation.plan().endYear
                + "年）共设指标目标" + evaluation.counted().size() + "项，其中约束性" + evaluation.binding().size()
                + "项。截至" + IsoDates.format(evaluation.asOf()) + "，"
                + (byStatus.isEmpty() ? "尚无可评估的指标" : byStatus) + "。";
    }

    /** 约束性指标9项：达标7项，无法评估2项。 */
    static String binding(PlanEvaluations.Evaluation evaluation) {
        if (evaluation.binding().isEmpty()) {
            return "规划未设约束性指标。";
        }
        Map<String, Integer> readings = new TreeMap<>();
        evaluation.binding().forEach(binding -> readings.merge(binding.evaluation().binding() != null
                ? binding.evaluation().binding().labelZh() : binding.evaluation().reading().labelZh(), 1, Integer::sum));
        return "约束性指标" + evaluation.binding().size() + "项：" + readings.entrySet().stream()
                .map(entry -> entry.getKey() + entry.getValue() + "项").collect(Collectors.joining("，")) + "。";
    }

    private static String bindingKey(ProgressAssessor.Assessed binding) {
        return binding.evaluation().binding() != null ? "BINDING_READING_" + binding.evaluation().binding().name()
                : ProgressMapper.STATUS + binding.evaluation().status().name();
    }

    /** The domain kind of a request's kind; null (read from the date) for unspecified. */
    public static EvaluationKind fromProto(io.planmonitor.indicators.v1.EvaluationKind kind) {
        return EnumNames.optional(kind, KIND, EvaluationKind.class, "kind");
    }
}
