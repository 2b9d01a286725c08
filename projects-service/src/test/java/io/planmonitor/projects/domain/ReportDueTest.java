package io.planmonitor.projects.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ReportDueTest {

    @Test
    void aMonthIsDueOnTheTenthOfTheNext() {
        assertEquals(YearMonth.of(2024, 5), due(InvestmentReporting.MONTHLY, "2024-07-09"));
        assertEquals(YearMonth.of(2024, 6), due(InvestmentReporting.MONTHLY, "2024-07-10"));
        assertEquals(YearMonth.of(2024, 6), due(InvestmentReporting.MONTHLY, "2024-07-31"));
        // Across the year: December is due on 10 January, November before it.
        assertEquals(YearMonth.of(2023, 11), due(InvestmentReporting.MONTHLY, "2024-01-09"));
        assertEquals(YearMonth.of(2023, 12), due(InvestmentReporting.MONTHLY, "2024-01-10"));
    }

    @Test
    void aQuarterlyReporterOwesTheQuarterEnds() {
        assertEquals(YearMonth.of(2024, 3), due(InvestmentReporting.QUARTERLY, "2024-07-09"));
        assertEquals(YearMonth.of(2024, 6), due(InvestmentReporting.QUARTERLY, "2024-07-10"));
        assertEquals(YearMonth.of(2024, 6), due(InvestmentReporting.QUARTERLY, "2024-10-09"));
        assertEquals(YearMonth.of(2023, 9), due(InvestmentReporting.QUARTERLY, "2024-01-09"));
        assertEquals(YearMonth.of(2023, 12), due(InvestmentReporting.QUARTERLY, "2024-01-10"));
    }

    private static YearMonth due(InvestmentReporting reporting, String date) {
        return ReportDue.latestDue(reporting, LocalDate.parse(date));
    }
}
