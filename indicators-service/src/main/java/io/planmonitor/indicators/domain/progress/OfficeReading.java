package io.planmonitor.indicators.domain.progress;

import java.math.BigDecimal;

/**
 * How a plan office reads a target, in the words of China's own plan evaluations (the national 十四五 mid-term
 * evaluation reads indicators 提前实现 / 快于预期 / 基本符合预期 / 滞后), and 已完成 / 未完成 once the target year's value
 * is in. It maps from the SDG-style status and the progress ratio with published thresholds (评估方法说明): at target
 * already, early achieved; ratio ≥ 1.05 ahead; ratio ≥ 0.95 (the SDG "on track") as expected; below, behind.
 */
public enum OfficeReading {
    EARLY_ACHIEVED("提前实现", "achieved early"),
    AHEAD("快于预期", "ahead of schedule"),
    AS_EXPECTED("基本符合预期", "broadly as expected"),
    BEHIND("滞后", "behind schedule"),
    COMPLETED("已完成", "completed"),
    NOT_COMPLETED("未完成", "not completed"),
    NOT_ASSESSABLE("无法评估", "not assessable");

    /** Progress this much faster than required reads 快于预期. */
    static final BigDecimal AHEAD_RATIO = new BigDecimal("1.05");

    private final String labelZh;
    private final String labelEn;

    OfficeReading(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public String labelZh() {
        return labelZh;
    }

    public String labelEn() {
        return labelEn;
    }

    /**
     * The reading of a status and ratio; {@code final_} when the value of the target year itself was read (the
     * period is over as far as the figures go): then only completed or not.
     */
    static OfficeReading of(ProgressStatus status, BigDecimal ratio, boolean finalValue) {
        if (status == ProgressStatus.NOT_ASSESSABLE) {
            return NOT_ASSESSABLE;
        }
        if (finalValue) {
            return status == ProgressStatus.ACHIEVED ? COMPLETED : NOT_COMPLETED;
        }
        if (status == ProgressStatus.ACHIEVED) {
            return EARLY_ACHIEVED;
        }
        if (ratio != null && ratio.compareTo(AHEAD_RATIO) >= 0) {
            return AHEAD;
        }
        return status == ProgressStatus.ON_TRACK ? AS_EXPECTED : BEHIND;
    }
}
