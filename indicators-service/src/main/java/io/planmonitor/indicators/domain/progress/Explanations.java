package io.planmonitor.indicators.domain.progress;

import io.planmonitor.indicators.domain.TargetForm;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * Builds evaluations with their one-line explanations in Chinese and English, citing the numbers; an explanation
 * opens with the office's reading (滞后, 已完成 …), the SDG-style status being the evaluation's own field.
 */
final class Explanations {

    private static final Map<NotAssessableReason, String[]> REASON_WORDS = Map.of(
            NotAssessableReason.NO_TARGET_VALUE, new String[] {"目标值未设定", "the target value is not set"},
            NotAssessableReason.NO_BASELINE, new String[] {"缺少基期值", "there is no base-year value"},
            NotAssessableReason.NO_OBSERVATIONS, new String[] {"暂无实际值", "no value has been observed yet"},
            NotAssessableReason.SINGLE_POINT, new String[] {"仅有一个数据点", "there is a single data point"},
            NotAssessableReason.SIGN_CHANGE, new String[] {"数值非正，增速无定义",
                    "a value is not positive, so growth is undefined"},
            NotAssessableReason.UNSUPPORTED_FORM, new String[] {"该类目标不适用增速方法",
                    "the growth method does not apply to this kind of target"});

    private Explanations() {
    }

    static ProgressEvaluation notAssessable(NotAssessableReason reason, BigDecimal baseline, ObservedValue latest,
            BigDecimal elapsed) {
        String[] words = REASON_WORDS.get(reason);
        return new ProgressEvaluation(ProgressStatus.NOT_ASSESSABLE, OfficeReading.NOT_ASSESSABLE, null, reason,
                baseline, latest == null ? null : latest.year(), latest == null ? null : latest.value(),
                null, null, null, elapsed, OfficeReading.NOT_ASSESSABLE.labelZh() + "：" + words[0],
                "Not assessable: " + words[1]);
    }

    /**
     * An assessed target: its reading in the office's words, then the numbers — base, latest, target (a point change
     * with the level it leads to), the yearly pace required and observed ("实际" rather than "实际年均" when one year
     * was observed), the ratio, the time elapsed and the binding reading.
     */
    static ProgressEvaluation assessed(ProgressStatus status, BindingReading binding, TargetSpec target,
            BigDecimal baseline, ObservedValue latest, BigDecimal required, BigDecimal observed, BigDecimal ratio,
            int observedYears, BigDecimal elapsed) {
        OfficeReading reading = OfficeReading.of(status, ratio, latest.year() >= target.targetYear());
        StringBuilder zh = new StringBuilder(reading.labelZh()).append("：");
        StringBuilder en = new StringBuilder(capitalised(reading.labelEn())).append(": ");
        if (baseline != null) {
            zh.append("基期").append(target.baselineYear()).append("年").append(plain(baseline)).append("，");
            en.append("base ").append(target.baselineYear()).append(' ').append(plain(baseline)).append(", ");
        }
        zh.append(latest.year()).append("年实际").append(plain(latest.value())).append("，目标").append(targetZh(target,
                baseline));
        en.append(latest.year()).append(" actual ").append(plain(latest.value())).append(", target ")
                .append(targetEn(target, baseline));
        if (ratio != null) {
            boolean oneYear = observedYears == 1;
            zh.append("；要求").append(target.targetYear() - target.baselineYear() > 1 ? "年均" : "")
                    .append(plain(required)).append(oneYear ? "，" + latest.year() + "年实际" : "，实际年均")
                    .append(plain(observed)).append("，进度比").append(plain(ratio));
            en.append("; required ").append(plain(required)).append(" a year, observed ").append(plain(observed))
                    .append(oneYear ? " in " + latest.year() : " a year").append(", ratio ").append(plain(ratio));
        }
        String elapsedPercent = plain(elapsed.movePointRight(2).setScale(1, RoundingMode.HALF_UP)) + "%";
        zh.append("；时间进度").append(elapsedPercent);
        en.append("; ").append(elapsedPercent).append(" of the period elapsed");
        if (binding != null) {
            zh.append("（约束性：").append(binding.labelZh()).append("）");
            en.append(" (binding: ").append(binding.name().toLowerCase().replace('_', ' ')).append(')');
        }
        return new ProgressEvaluation(status, reading, binding, null, baseline, latest.year(), latest.value(),
                required, observed, ratio, elapsed, zh.toString(), en.toString());
    }

    /** A point change says so, with the level it leads to ("提高10个百分点（至73）"); other targets their value. */
    private static String targetZh(TargetSpec target, BigDecimal baseline) {
        if (target.form() != TargetForm.PERCENTAGE_POINT_CHANGE) {
            return plain(target.targetValue());
        }
        String change = (target.targetValue().signum() < 0 ? "降低" : "提高") + plain(target.targetValue().abs())
                + "个百分点";
        return baseline == null ? change : change + "（至" + plain(baseline.add(target.targetValue())) + "）";
    }

    private static String targetEn(TargetSpec target, BigDecimal baseline) {
        if (target.form() != TargetForm.PERCENTAGE_POINT_CHANGE) {
            return plain(target.targetValue());
        }
        String change = (target.targetValue().signum() < 0 ? "" : "+") + plain(target.targetValue()) + " points";
        return baseline == null ? change : change + " (to " + plain(baseline.add(target.targetValue())) + ")";
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String capitalised(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
