package io.planmonitor.gateway.indicators;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An indicator as the REST API shows and takes it. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Indicator", description = "An indicator of the catalogue")
public record IndicatorJson(
        @Schema(readOnly = true, example = "indicators/retail-sales") String name,
        @Schema(required = true, example = "社会消费品零售总额") String displayName,
        @Schema(example = "Total retail sales of consumer goods") String englishName,
        @Schema(required = true, example = "亿元") String unit,
        @Schema(example = "结构优化") String category,
        @Schema(required = true, enumeration = {"HIGHER_IS_BETTER", "LOWER_IS_BETTER"}, example = "HIGHER_IS_BETTER")
        String direction,
        @Schema(readOnly = true, example = "2026-11-22T08:00:00Z") String createTime,
        @Schema(readOnly = true, example = "2026-11-22T08:00:00Z") String updateTime,
        @Schema(readOnly = true, example = "0") String etag,
        @Schema(description = "Other wordings of the same indicator in the documents; each names one indicator",
                example = "[\"社会消费品零售额\"]") List<String> aliases) {
}
