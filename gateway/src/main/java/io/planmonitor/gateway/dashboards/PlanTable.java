package io.planmonitor.gateway.dashboards;

import io.planmonitor.gateway.api.ChineseLabels;
import io.planmonitor.gateway.api.ProtoJson;
import io.planmonitor.gateway.plans.PlanningJsonMapper;
import io.planmonitor.indicators.v1.Indicator;
import io.planmonitor.indicators.v1.Observation;
import io.planmonitor.indicators.v1.ProgressEvaluation;
import io.planmonitor.indicators.v1.Target;
import io.planmonitor.indicators.v1.TargetForm;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lays a plan's targets out as the document's indicator table: rows in the order the document prints them
 * ("专栏1 第3行" before "专栏1 第10行"), each with its indicator's name and unit and its evaluation.
 */
public final class PlanTable {

    /** "专栏1 第3行": the table and the row number the document prints. */
    private static final Pattern TABLE_ROW = Pattern.compile("(.*?)\\s*第(\\d+)行");
    /** How the documents word each comparator; an exact value has no word. */
    public static final Map<String, String> COMPARATOR_ZH = Map.of(
            "ABOUT", "左右", "AT_LEAST", "以上", "AT_MOST", "以内", "RANGE", "区间", "EXACT", "");
    public static final Map<String, String> ATTRIBUTE_ZH = Map.of("BINDING", "约束性", "EXPECTED", "预期性");

    private PlanTable() {
    }

    /**
     * Rows for the targets whose location starts with {@code section} (all when empty); {@code staleZh} says, by
     * target name, what is owed for the targets whose due value is unreported.
     */
    static List<PlanDashboardJson.Row> rows(List<Target> targets, Map<String, ProgressEvaluation> evaluations,
            Map<String, Indicator> indicators, Map<String, String> staleZh, String section) {
        List<Target> ordered = new ArrayList<>(targets.stream()
                .filter(target -> target.getProvenance().getLocation().startsWith(section)).toList());
        ordered.sort(Comparator.comparing((Target target) -> tableOf(target.getProvenance().getLocation()))
                .thenComparingInt(target -> rowNumber(target.getProvenance().getLocation()))
                .thenComparing(Target::getName));
        Map<String, Target> byName = new HashMap<>();
        targets.forEach(target -> byName.put(target.getName(), target));
        List<PlanDashboardJson.Row> rows = new ArrayList<>();
        for (Target target : ordered) {
            int printed = rowNumber(target.getProvenance().getLocation());
            ProgressEvaluation evaluation = evaluations.get(target.getName());
            Target counted = evaluation == null ? null : byName.get(evaluation.getCountedAs());
            rows.add(row(printed == Integer.MAX_VALUE ? rows.size() + 1 : printed, target, evaluation,
                    indicators.get(target.getIndicator()), staleZh.get(target.getName()),
                    counted == null ? null : countedAsZh(target, counted)));
        }
        return rows;
    }

    /**
     * A target the plan states again: where it is counted, and whether the plan disagrees with itself ("同一指标已列于
     * 专栏1 第4行（124），规划内数值不一致；不重复计数").
     */
    static String countedAsZh(Target target, Target counted) {
        String where = counted.getProvenance().getLocation().isEmpty() ? counted.getProvenance().getQuote()
                : counted.getProvenance().getLocation();
        String value = counted.hasTargetValue() ? counted.getTargetValue().getValue() : "#";
        boolean disagree = target.getForm() == counted.getForm() && target.hasTargetValue() && counted.hasTargetValue()
                && new BigDecimal(target.getTargetValue().getValue()).compareTo(new BigDecimal(value)) != 0;
        return "同一指标已列于" + where + "（" + value + "）" + (disagree ? "，规划内数值不一致" : "") + "；不重复计数";
    }

    private static PlanDashboardJson.Row row(int number, Target target, ProgressEvaluation evaluation,
            Indicator indicator, String staleZh, String countedAsZh) {
        String comparator = ProtoJson.enumName(target.getComparator(), "COMPARATOR_");
        String attribute = ProtoJson.enumName(target.getAttribute(), PlanningJsonMapper.ATTRIBUTE);
        String targetValue = target.hasTargetValue() ? target.getTargetValue().getValue() : null;
        String baseline = target.hasBaselineValue() ? target.getBaselineValue().getValue() : null;
        // The evaluation's base is the target's own, else the value observed in the base year.
        String observedBase = evaluation != null && evaluation.hasBaselineValue()
                ? evaluation.getBaselineValue().getValue() : null;
        String status = evaluation == null ? null
                : ProtoJson.enumName(evaluation.getStatus(), PlanningJsonMapper.STATUS);
        String reading = evaluation == null ? null
                : ProtoJson.enumName(evaluation.getOfficeReading(), PlanningJsonMapper.READING);
        String bindingReading = evaluation == null ? null
                : ProtoJson.enumName(evaluation.getBindingReading(), PlanningJsonMapper.BINDING_READING);
        return new PlanDashboardJson.Row(number, target.getName(), target.getIndicator(),
                indicator == null ? null : indicator.getDisplayName(),
                indicator == null ? null : ProtoJson.emptyToNull(indicator.getEnglishName()),
                indicator == null ? null : ProtoJson.emptyToNull(indicator.getCategory()),
                target.getUnit(), target.getBaselineYear(), baseline, observedBase, target.getTargetYear(), targetValue,
                target.hasUpperBound() ? target.getUpperBound().getValue() : null,
                target.getForm() == TargetForm.TARGET_FORM_AVERAGE_ANNUAL_GROWTH ? targetValue : null,
                ProtoJson.enumName(target.getForm(), "TARGET_FORM_"), comparator,
                comparator == null ? null : COMPARATOR_ZH.get(comparator), target.getStretch(), attribute,
                attribute == null ? null : ATTRIBUTE_ZH.get(attribute),
                evaluation == null || evaluation.getLatestYear() == 0 ? null : evaluation.getLatestYear(),
                evaluation == null || !evaluation.hasLatestValue() ? null : evaluation.getLatestValue().getValue(),
                evaluation == null || !evaluation.hasLatestObservation() ? null
                        : latestSource(evaluation.getLatestObservation()),
                status, ChineseLabels.of(ChineseLabels.PROGRESS_STATUS, status),
                reading, ChineseLabels.of(ChineseLabels.OFFICE_READING, reading),
                bindingReading, ChineseLabels.of(ChineseLabels.BINDING_READING, bindingReading),
                evaluation == null ? null : evaluation.getExplanationZh(),
                evaluation == null ? null : evaluation.getExplanationEn(),
                ProtoJson.emptyToNull(target.getProvenance().getDocument()),
                ProtoJson.emptyToNull(target.getProvenance().getLocation()),
                ProtoJson.emptyToNull(target.getProvenance().getQuote()),
                ProtoJson.emptyToNull(target.getParentTarget()), ProtoJson.emptyToNull(target.getResponsibleUnit()),
                ProtoJson.enumName(target.getReportingFrequency(), PlanningJsonMapper.FREQUENCY), staleZh,
                evaluation == null ? null : ProtoJson.emptyToNull(evaluation.getCountedAs()), countedAsZh,
                yearlyValues(evaluation));
    }

    private static Map<Integer, String> yearlyValues(ProgressEvaluation evaluation) {
        Map<Integer, String> values = new TreeMap<>();
        if (evaluation != null) {
            evaluation.getYearlyValuesList().forEach(value -> values.put(value.getYear(), value.getValue().getValue()));
        }
        return values;
    }

    private static PlanDashboardJson.LatestValueSource latestSource(Observation observation) {
        return new PlanDashboardJson.LatestValueSource(observation.getName(),
                ProtoJson.enumName(observation.getStatus(), "OBSERVATION_STATUS_"), observation.getSource(),
                ProtoJson.emptyToNull(observation.getSourceUrl()), ProtoJson.emptyToNull(observation.getQuote()),
                ProtoJson.emptyToNull(observation.getDerivation()), observation.getSecondary() ? Boolean.TRUE : null);
    }

    /** The group a row belongs to in its document: its table ("专栏1"), or 正文 for a target stated in prose. */
    public static String groupOf(String location) {
        Matcher matcher = location == null ? null : TABLE_ROW.matcher(location);
        return matcher != null && matcher.matches() ? matcher.group(1) : "正文";
    }

    /** The table part of a location ("专栏1"); a location that is not a table row sorts after every table. */
    private static String tableOf(String location) {
        Matcher matcher = TABLE_ROW.matcher(location);
        return matcher.matches() ? matcher.group(1) : "\uffff";
    }

    private static int rowNumber(String location) {
        Matcher matcher = TABLE_ROW.matcher(location);
        return matcher.matches() ? Integer.parseInt(matcher.group(2)) : Integer.MAX_VALUE;
    }
}
