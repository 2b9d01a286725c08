package io.planmonitor.indicators.domain.progress;

import java.time.LocalDate;

/** A plan's evaluation: 中期评估 while the plan runs, 总结评估 once its last year has ended. */
public enum EvaluationKind {
    MID_TERM("中期评估"),
    FINAL("总结评估");

    private final String labelZh;

    EvaluationKind(String labelZh) {
        this.labelZh = labelZh;
    }

    public String labelZh() {
        return labelZh;
    }

    /** The kind asked for, or (null) the one {@code asOf} implies for a plan ending in {@code endYear}. */
    public static EvaluationKind of(EvaluationKind requested, int endYear, LocalDate asOf) {
        if (requested != null) {
            return requested;
        }
        return asOf.getYear() > endYear ? FINAL : MID_TERM;
    }
}
