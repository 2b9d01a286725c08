package io.planmonitor.gateway.indicators;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "IndicatorPage", description = "One page of indicators")
public record IndicatorPageJson(
        List<IndicatorJson> indicators,
        @Schema(description = "Pass as pageToken for the next page; absent on the last page") String nextPageToken,
        int totalSize) {
}
