package io.planmonitor.projects.grpc;

import io.planmonitor.projects.domain.InvestmentReporting;
import io.planmonitor.projects.domain.ReportDue;
import io.planmonitor.support.ApiErrors;
import java.time.LocalDate;
import java.time.YearMonth;

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

    /**
     * The month a request reads: with year and month unset, the latest month whose monthly report is due by
     * {@code asOf}; otherwise its year and month, checked.
     */
    static YearMonth monthRead(int year, int month, LocalDate asOf) {
        if (year == 0 && month == 0) {
            return ReportDue.latestDue(InvestmentReporting.MONTHLY, asOf);
        }
        return YearMonth.of(year(year), month(month));
    }
}
