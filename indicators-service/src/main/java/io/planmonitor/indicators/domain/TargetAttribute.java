package io.planmonitor.indicators.domain;

/** 约束性 (binding) or 预期性 (expected). */
public enum TargetAttribute {
    BINDING,
    EXPECTED
}
