package io.planmonitor.gateway.indicators;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.planmonitor.gateway.problems.Problem;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Observed values of an indicator, as the REST API shows them. */
public final class ObservationJson {

    private ObservationJson() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Period", description = "YEAR (year), QUARTER (year, quarter), MONTH (year, month) or SPAN (year–endYear)")
    public record Period(@Schema(example = "MONTH") String kind, @Schema(example = "2024") int year, Integer quarter,
            Integer month, Integer endYear) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Observation", description = "One vintage of a value; latest marks the current one of its period")
    public record Value(String name, @Schema(example = "regions/410100") String region, Period period,
            @Schema(example = "13617.8") String value,
            @Schema(enumeration = {"PRELIMINARY", "FINAL", "REVISED", "ESTIMATED"}) String status,
            String source, String quote, String createTime, boolean latest,
            @Schema(description = "The source document's public address") String sourceUrl,
            @Schema(description = "Set when the value is computed from printed figures, not printed: the arithmetic",
                    example = "6.8 = 8.0 − 1.2") String derivation,
            @Schema(description = "True when the source is a secondary compilation; absent otherwise") Boolean secondary) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ObservationPage")
    public record Page(List<Value> observations, String nextPageToken) {
    }

    @Schema(name = "ObservationBatchItem", description = "One value of a batch, with the indicator it is a value of")
    public record BatchItem(@Schema(example = "indicators/gdp-growth") String indicator, Value observation) {
    }

    @Schema(name = "ObservationBatch", description = "Up to 5,000 values, each checked and written on its own")
    public record Batch(List<BatchItem> items) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Schema(name = "ObservationBatchResult", description = "What became of one item: RECORDED (a new vintage), "
            + "ALREADY_RECORDED (the same report is already there: nothing written) or REJECTED (errors say why)")
    public record BatchResult(int index, @Schema(enumeration = {"RECORDED", "ALREADY_RECORDED", "REJECTED"}) String outcome,
            Value observation, List<Problem.FieldError> errors) {
    }

    @Schema(name = "ObservationBatchResults")
    public record BatchResults(List<BatchResult> results) {
    }
}
