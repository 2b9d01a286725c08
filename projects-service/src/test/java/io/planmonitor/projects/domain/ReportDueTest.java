package io.planmonitor.projects.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    @Test
    void aMonthIsOwedOnceDueAndOnlyIfTheReporterSendsIt() {
        LocalDate tenthOfJuly = LocalDate.parse("2024-07-10");
        assertTrue(ReportDue.owes(InvestmentReporting.MONTHLY, YearMonth.of(2024, 6), tenthOfJuly));
        assertFalse(ReportDue.owes(InvestmentReporting.MONTHLY, YearMonth.of(2024, 6), tenthOfJuly.minusDays(1)));
        assertFalse(ReportDue.owes(InvestmentReporting.MONTHLY, YearMonth.of(2024, 7), tenthOfJuly));
        assertTrue(ReportDue.owes(InvestmentReporting.QUARTERLY, YearMonth.of(2024, 6), tenthOfJuly));
        assertFalse(ReportDue.owes(InvestmentReporting.QUARTERLY, YearMonth.of(2024, 5), tenthOfJuly));
    }

    /**
     * 序时进度 through a year, computed by hand: on the 10th of each month the month before is read, against its
     * share of twelve (to four places); on the 9th, the month before that. A project 90 % done by October reads ahead
     * of pace on 7 December (October: 83.33 %), not behind a 100 % calendar.
     */
    @ParameterizedTest(name = "{0}: 1–{1}月 against {2}")
    @CsvSource({
        "2024-02-10, 1, 0.0833", "2024-03-10, 2, 0.1667", "2024-04-10, 3, 0.2500", "2024-05-10, 4, 0.3333",
        "2024-06-10, 5, 0.4167", "2024-07-10, 6, 0.5000", "2024-08-10, 7, 0.5833", "2024-09-10, 8, 0.6667",
        "2024-10-10, 9, 0.7500", "2024-11-10, 10, 0.8333", "2024-12-10, 11, 0.9167", "2025-01-10, 12, 1.0000",
        "2024-12-07, 10, 0.8333", "2024-12-31, 11, 0.9167", "2025-01-09, 11, 0.9167"})
    void theMonthReadAndItsPaceThroughAYear(String asOf, int month, String pace) {
        YearMonth read = due(InvestmentReporting.MONTHLY, asOf);
        assertEquals(month, read.getMonthValue());
        assertEquals(2024, read.getYear());
        assertEquals(new BigDecimal(pace), InvestmentPace.timeElapsed(read.getMonthValue()));
        if (asOf.equals("2024-12-07")) {
            InvestmentPace.PaceReading ninety = InvestmentPace.read(new BigDecimal("1000"), new BigDecimal("900"),
                    read.getMonthValue(), new BigDecimal("0.05"));
            assertEquals(new BigDecimal("0.0667"), ninety.gap());
            assertFalse(ninety.behindPace());
        }
    }

    private static YearMonth due(InvestmentReporting reporting, String date) {
        return ReportDue.latestDue(reporting, LocalDate.parse(date));
    }
}
