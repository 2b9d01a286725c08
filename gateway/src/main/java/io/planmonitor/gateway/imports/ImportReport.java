package io.planmonitor.gateway.imports;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import did or, in a dry run, would do: rows read, rows written, and every refused cell. */
@Schema(name = "ImportReport")
public record ImportReport(
        @Schema(enumeration = {"dry-run", "all-or-nothing", "valid-rows"}) String mode,
        @Schema(description = "Data rows read (the header not counted)", example = "25") int rows,
        @Schema(description = "Rows written (targets or projects): 0 in a dry run, and when all-or-nothing met a bad row") int written,
        List<RowError> errors) {

    @Schema(name = "ImportRowError")
    public record RowError(
            @Schema(description = "The spreadsheet row, the header being row 1", example = "4") long row,
            @Schema(description = "The column named in the header", example = "单位") String column,
            @Schema(example = "must be 亿元 for a LEVEL target of 社会消费品零售总额 (catalogue unit 亿元)") String reason) {
    }
}
