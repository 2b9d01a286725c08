package io.planmonitor.support;

import java.util.List;
import java.util.function.Function;

/** One page of a list: its items, the token for the next page (empty on the last) and the total count. */
public record Page<T>(List<T> items, String nextPageToken, long totalSize) {

    /** Cuts a lookahead query result (size + 1 rows at most) into a page. */
    public static <T> Page<T> fromLookahead(List<T> rows, PageRequest request, Function<T, String> id, long total) {
        if (rows.size() <= request.size()) {
            return new Page<>(rows, "", total);
        }
        List<T> items = rows.subList(0, request.size());
        return new Page<>(items, PageRequest.tokenAfter(id.apply(items.get(items.size() - 1))), total);
    }
}
