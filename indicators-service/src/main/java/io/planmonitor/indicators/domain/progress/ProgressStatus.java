package io.planmonitor.indicators.domain.progress;

/** Where a target stands, from the CAGR-ratio measure (observed ÷ required yearly progress). */
public enum ProgressStatus {
    /** The latest value already meets the target. */
    ACHIEVED("已实现目标"),
    /** Ratio ≥ 0.95. */
    ON_TRACK("进度正常"),
    /** Ratio 0.6–0.95. */
    NEEDS_ACCELERATION("需加快进度"),
    /** Ratio 0–0.6 ("limited progress" in SDG reporting). */
    LAGGING("进度滞后"),
    /** Ratio below 0: moving away from the target. */
    DETERIORATING("逆向变化"),
    NOT_ASSESSABLE("无法评估");

    private final String labelZh;

    ProgressStatus(String labelZh) {
        this.labelZh = labelZh;
    }

    /** The words plan offices use, as the explanations and reports print them. */
    public String labelZh() {
        return labelZh;
    }

    /** Needing acceleration, lagging or deteriorating: the 滞后及需加快 list. */
    public boolean isBehind() {
        return this == NEEDS_ACCELERATION || this == LAGGING || this == DETERIORATING;
    }
}
