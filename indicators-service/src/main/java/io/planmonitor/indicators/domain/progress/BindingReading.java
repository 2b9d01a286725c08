package io.planmonitor.indicators.domain.progress;

/** How a binding (约束性) target reads: on course, at risk during the period, or missed once it ended. */
public enum BindingReading {
    MET("达标"),
    AT_RISK("有风险"),
    MISSED("未达标");

    private final String labelZh;

    BindingReading(String labelZh) {
        this.labelZh = labelZh;
    }

    public String labelZh() {
        return labelZh;
    }
}
