package io.planmonitor.gateway.problems;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem document, the body of every error response. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details (media type application/problem+json)")
public record Problem(
        @Schema(example = "urn:planmonitor:problem:invalid-argument") String type,
        @Schema(example = "Invalid argument") String title,
        @Schema(example = "400") int status,
        @Schema(example = "regionCode: must be a six-digit GB/T 2260 code such as 410184") String detail,
        @Schema(description = "One entry per rejected field (400 only)") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** A rejected field, named as it is in the JSON body or query. */
    public record FieldError(@Schema(example = "regionCode") String field,
                             @Schema(example = "must be a six-digit GB/T 2260 code such as 410184") String message) {
    }
}
