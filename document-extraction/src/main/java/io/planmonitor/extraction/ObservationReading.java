package io.planmonitor.extraction;

/**
 * A reported result: the value as printed ({@code value}, decimal string, negative for 下降) in {@code unit};
 * period "2023", "2016-2020", "2023-Q1" or "2023-06"; {@code growth} when the figure is a rate of change rather than
 * a level; status PRELIMINARY (初步核算) | ESTIMATED (预计) | FINAL.
 */
public record ObservationReading(IndicatorMatch indicator, String value, String unit, String period, boolean growth,
        String status) {
}
