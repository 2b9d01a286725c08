package io.planmonitor.extraction;

/**
 * A target as the document states it. Values are exact decimal strings in the printed unit; {@code value} is null
 * for a target the document leaves unset (#, X, XX). Enum-like fields use the contract's names without prefix
 * (form LEVEL | ANNUAL_GROWTH | AVERAGE_ANNUAL_GROWTH | CUMULATIVE_CHANGE | PERCENTAGE_POINT_CHANGE | SHARE | RANK;
 * comparator ABOUT | AT_LEAST | AT_MOST | RANGE | EXACT; attribute BINDING | EXPECTED, null when not stated).
 */
public record TargetReading(IndicatorMatch indicator, String value, String upperBound, String unit, String form,
        String comparator, boolean stretch, Integer targetYear, Integer baselineYear, String baselineValue,
        String attribute) {
}
