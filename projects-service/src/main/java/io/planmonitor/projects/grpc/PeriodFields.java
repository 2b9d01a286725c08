package io.planmonitor.projects.grpc;

import io.planmonitor.support.ApiErrors;

/** Checks the year and month fields of investment requests. */
final class PeriodFields {

    private PeriodFields() {
    }

    static int year(int year) {
        return year(year, "year");
    }

    static int year(int year, String field) {
        if (year < 2000 || year > 2100) {
            throw ApiErrors.invalidArgument(field, "must be between 2000 and 2100");
        }
        return year;
    }

    static int month(int month) {
        if (month < 1 || month > 12) {
            throw ApiErrors.invalidArgument("month", "must be 1-12");
        }
        return month;
    }
}
