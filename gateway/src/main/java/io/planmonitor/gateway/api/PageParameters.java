package io.planmonitor.gateway.api;

import io.planmonitor.gateway.problems.InvalidFieldException;
import jakarta.ws.rs.QueryParam;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The paging query parameters every list takes (AIP-158). The REST spelling is camelCase like every other parameter
 * (pageSize, pageToken; the answer's nextPageToken); the proto spelling page_size / page_token is read as well, as
 * Google's HTTP-to-gRPC transcoding reads both.
 */
public class PageParameters {

    @QueryParam("pageSize")
    @Parameter(description = "At most this many items; absent or 0 means 50, above 1000 reads as 1000", example = "50")
    Integer pageSize;

    @QueryParam("page_size")
    @Parameter(description = "The proto spelling of pageSize")
    Integer pageSizeProtoName;

    @QueryParam("pageToken")
    @Parameter(description = "The nextPageToken of the previous page; absent for the first page")
    String pageToken;

    @QueryParam("page_token")
    @Parameter(description = "The proto spelling of pageToken")
    String pageTokenProtoName;

    public int size() {
        Integer size = either(pageSize, pageSizeProtoName, "pageSize");
        return size == null ? 0 : size;
    }

    public String token() {
        String token = either(pageToken, pageTokenProtoName, "pageToken");
        return token == null ? "" : token;
    }

    private static <T> T either(T camel, T snake, String field) {
        if (camel != null && snake != null && !Objects.equals(camel, snake)) {
            throw new InvalidFieldException(field, "is given twice, with different values");
        }
        return camel != null ? camel : snake;
    }
}
