package io.planmonitor.support;

/** Checks on request fields that fail with INVALID_ARGUMENT naming the field. */
public final class RequestFields {

    private RequestFields() {
    }

    /** The trimmed text; fails when it is blank or longer than {@code maxLength}. */
    public static String required(String value, String field, int maxLength) {
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            throw ApiErrors.invalidArgument(field, "is required");
        }
        return checkLength(trimmed, field, maxLength);
    }

    /** The trimmed text, or null when blank; fails when longer than {@code maxLength}. */
    public static String optional(String value, String field, int maxLength) {
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : checkLength(trimmed, field, maxLength);
    }

    /** A public address (http or https, no whitespace, at most 2,000 characters), or null when blank. */
    public static String optionalUrl(String value, String field) {
        String url = optional(value, field, 2000);
        if (url != null && !url.matches("https?://[^\\s]+")) {
            throw ApiErrors.invalidArgument(field, "must be an http or https address without spaces");
        }
        return url;
    }

    private static String checkLength(String value, String field, int maxLength) {
        if (value.codePointCount(0, value.length()) > maxLength) {
            throw ApiErrors.invalidArgument(field, "must be at most " + maxLength + " characters");
        }
        // PostgreSQL's text cannot hold U+0000: refused here by name rather than by the database as a failure.
        if (value.indexOf('\u0000') >= 0) {
            throw ApiErrors.invalidArgument(field, "must not contain the NUL character (U+0000)");
        }
        return value;
    }
}
