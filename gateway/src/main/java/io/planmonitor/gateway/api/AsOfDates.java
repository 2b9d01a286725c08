package io.planmonitor.gateway.api;

import io.planmonitor.gateway.problems.InvalidFieldException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The asOf query parameter of readings: a YYYY-MM-DD date, today when empty. */
public final class AsOfDates {

    private AsOfDates() {
    }

    public static LocalDate parse(String value) {
        if (value.isEmpty()) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException("asOf", "must be a date written YYYY-MM-DD");
        }
    }
}
