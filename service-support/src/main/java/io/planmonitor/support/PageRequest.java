package io.planmonitor.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A validated AIP-158 page request: how many rows to return and the id of the last row already seen.
 * The page token is opaque to clients; inside it is the last id of the previous page (keyset paging,
 * so pages stay stable while rows are added).
 */
public record PageRequest(int size, String afterId) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 1000;
    private static final String TOKEN_PREFIX = "after:";

    public static PageRequest of(int pageSize, String pageToken) {
        if (pageSize < 0) {
            throw ApiErrors.invalidArgument("page_size", "must not be negative");
        }
        int size = pageSize == 0 ? DEFAULT_SIZE : Math.min(pageSize, MAX_SIZE);
        return new PageRequest(size, decode(pageToken));
    }

    /** The last id seen as a number, for lists keyed by a generated number; INVALID_ARGUMENT when it is not one. */
    public long afterNumber() {
        try {
            return Long.parseLong(afterId);
        } catch (NumberFormatException e) {
            throw ApiErrors.invalidArgument("page_token", "is not a token this method issued");
        }
    }

    /** The token that continues after {@code lastId}. */
    public static String tokenAfter(String lastId) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((TOKEN_PREFIX + lastId).getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String pageToken) {
        if (pageToken == null || pageToken.isEmpty()) {
            return null;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(pageToken), StandardCharsets.UTF_8);
            if (decoded.startsWith(TOKEN_PREFIX) && decoded.length() > TOKEN_PREFIX.length()) {
                return decoded.substring(TOKEN_PREFIX.length());
            }
        } catch (IllegalArgumentException notBase64) {
            // falls through to the error below
        }
        throw ApiErrors.invalidArgument("page_token", "is not a token this service issued");
    }
}
