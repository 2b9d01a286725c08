package io.planmonitor.support;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Calendar dates written "YYYY-MM-DD" in the contracts (proto has no date type offline tools all know). */
public final class IsoDates {

    private IsoDates() {
    }

    /** The date, or null for an empty string; INVALID_ARGUMENT on {@code field} when it is not a real date. */
    public static LocalDate parseOptional(String value, String field) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiErrors.invalidArgument(field, "must be a date written YYYY-MM-DD, not '" + value + "'");
        }
    }

    public static LocalDate parseRequired(String value, String field) {
        if (value.isEmpty()) {
            throw ApiErrors.invalidArgument(field, "is required (YYYY-MM-DD)");
        }
        return parseOptional(value, field);
    }

    public static String format(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
