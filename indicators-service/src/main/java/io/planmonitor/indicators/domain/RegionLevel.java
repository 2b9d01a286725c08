package io.planmonitor.indicators.domain;

/** Administrative level of a region (GB/T 2260). */
public enum RegionLevel {
    PROVINCE,
    PREFECTURE,
    COUNTY
}
