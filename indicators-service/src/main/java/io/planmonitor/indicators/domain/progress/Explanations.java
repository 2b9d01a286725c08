package io.planmonitor.indicators.domain.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/** Builds evaluations with their one-line explanations in Chinese and English, citing the numbers. */
final class Explanations {

    /** The statuses in English; the Chinese words are the status's own (ProgressStatus.labelZh). */
    private static final Map<ProgressStatus, String> STATUS_EN = Map.of(
            ProgressStatus.ACHIEVED, "target achieved",
            ProgressStatus.ON_TRACK, "on track",
            ProgressStatus.NEEDS_ACCELERATION, "needs acceleration",
            ProgressStatus.LAGGING, "lagging",
            ProgressStatus.DETERIORATING, "deteriorating");

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
        return new ProgressEvaluation(ProgressStatus.NOT_ASSESSABLE, null, reason, baseline,
                latest == null ? null : latest.year(), latest == null ? null : latest.value(),
                null, null, null, elapsed, ProgressStatus.NOT_ASSESSABLE.labelZh() + "：" + words[0],
                "Not assessable: " + words[1]);
    }

    static ProgressEvaluation assessed(ProgressStatus status, BindingReading binding, TargetSpec target,
            BigDecimal baseline, ObservedValue latest, BigDecimal required, BigDecimal observed, BigDecimal ratio,
            BigDecimal elapsed) {
        StringBuilder zh = new StringBuilder(status.labelZh()).append("：");
        StringBuilder en = new StringBuilder(capitalised(STATUS_EN.get(status))).append(": ");
        if (baseline != null) {
            zh.append("基期").append(target.baselineYear()).append("年").append(plain(baseline)).append("，");
            en.append("base ").append(target.baselineYear()).append(' ').append(plain(baseline)).append(", ");
        }
        zh.append(latest.year()).append("年实际").append(plain(latest.value())).append("，目标")
                .append(plain(target.targetValue()));
        en.append(latest.year()).append(" actual ").append(plain(latest.value())).append(", target ")
                .append(plain(target.targetValue()));
        if (ratio != null) {
            zh.append("；要求年均").append(plain(required)).append("，实际年均").append(plain(observed))
                    .append("，进度比").append(plain(ratio));
            en.append("; required ").append(plain(required)).append(" a year, observed ").append(plain(observed))
                    .append(", ratio ").append(plain(ratio));
        }
        String elapsedPercent = plain(elapsed.movePointRight(2).setScale(1, RoundingMode.HALF_UP)) + "%";
        zh.append("；时间进度").append(elapsedPercent);
        en.append("; ").append(elapsedPercent).append(" of the period elapsed");
        if (binding != null) {
            zh.append("（约束性：").append(binding == BindingReading.MET ? "达标" : binding == BindingReading.AT_RISK
                    ? "有风险" : "未完成").append("）");
            en.append(" (binding: ").append(binding.name().toLowerCase().replace('_', ' ')).append(')');
        }
        return new ProgressEvaluation(status, binding, null, baseline, latest.year(), latest.value(), required,
                observed, ratio, elapsed, zh.toString(), en.toString());
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String capitalised(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
