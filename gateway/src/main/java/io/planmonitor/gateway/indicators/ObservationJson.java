package io.planmonitor.gateway.indicators;

import com.fasterxml.jackson.annotation.JsonInclude;
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
            String source, String quote, String createTime, boolean latest) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ObservationPage")
    public record Page(List<Value> observations, String nextPageToken) {
    }
}
