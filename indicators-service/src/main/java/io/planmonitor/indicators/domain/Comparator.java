package io.planmonitor.indicators.domain;

/** How a document qualifies a target number: 左右 (about), 以上 (at least), 以内 (at most), a range, exact. */
public enum Comparator {
    ABOUT,
    AT_LEAST,
    AT_MOST,
    RANGE,
    EXACT
}
