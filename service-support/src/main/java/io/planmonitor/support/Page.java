package io.planmonitor.support;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** One page of a list: its items, the token for the next page (empty on the last) and the total count. */
public record Page<T>(List<T> items, String nextPageToken, long totalSize) {

    /**
     * The page {@code request} asks for out of every matching item, for filters that are computed rather than stored
     * (so the database cannot page them); the items are ordered by their key here, as a keyset page would be.
     */
    public static <T> Page<T> ofAll(List<T> all, PageRequest request, Function<T, String> key) {
        List<T> after = all.stream()
                .filter(item -> request.afterId() == null || key.apply(item).compareTo(request.afterId()) > 0)
                .sorted(Comparator.comparing(key))
                .limit(request.size() + 1L)
                .toList();
        return fromLookahead(after, request, key, all.size());
    }

    /** Cuts a lookahead query result (size + 1 rows at most) into a page. */
    public static <T> Page<T> fromLookahead(List<T> rows, PageRequest request, Function<T, String> id, long total) {
        if (rows.size() <= request.size()) {
            return new Page<>(rows, "", total);
        }
        List<T> items = rows.subList(0, request.size());
        return new Page<>(items, PageRequest.tokenAfter(id.apply(items.get(items.size() - 1))), total);
    }
}
