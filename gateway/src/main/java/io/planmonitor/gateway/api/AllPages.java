package io.planmonitor.gateway.api;

import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Reads every page of a paged list call, following next_page_token until it is empty. */
public final class AllPages {

    private AllPages() {
    }

    /** {@code page} asks for the page a token names ("" for the first). */
    public static <R, T> Uni<List<T>> collect(Function<String, Uni<R>> page, Function<R, List<T>> items,
            Function<R, String> nextPageToken) {
        // Deferred: each subscription collects into a list of its own (a Uni subscribed twice read every page twice).
        return Uni.createFrom().deferred(() -> collect(page, items, nextPageToken, "", new ArrayList<>()));
    }

    private static <R, T> Uni<List<T>> collect(Function<String, Uni<R>> page, Function<R, List<T>> items,
            Function<R, String> nextPageToken, String token, List<T> sofar) {
        return page.apply(token).flatMap(response -> {
            sofar.addAll(items.apply(response));
            String next = nextPageToken.apply(response);
            return next.isEmpty() ? Uni.createFrom().item(sofar) : collect(page, items, nextPageToken, next, sofar);
        });
    }
}
