package io.planmonitor.indicators.domain.freshness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.planmonitor.indicators.domain.PeriodKind;
import io.planmonitor.indicators.domain.ReportingFrequency;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UpdateDueTest {

    @Test
    void aYearIsDueBy31MarchOfTheNext() {
        assertEquals(new UpdateDue.Period(PeriodKind.YEAR, 2022, 0), due(ReportingFrequency.YEARLY, "2024-03-30"));
        assertEquals(new UpdateDue.Period(PeriodKind.YEAR, 2023, 0), due(ReportingFrequency.YEARLY, "2024-03-31"));
    }

    @Test
    void aQuarterIs45DaysAfterItsEndAndAMonth20() {
        // Q2 ends 30 June: due from 14 August.
        assertEquals(new UpdateDue.Period(PeriodKind.QUARTER, 2024, 1), due(ReportingFrequency.QUARTERLY, "2024-08-13"));
        assertEquals(new UpdateDue.Period(PeriodKind.QUARTER, 2024, 2), due(ReportingFrequency.QUARTERLY, "2024-08-14"));
        // Q4 of the year before, across the new year.
        assertEquals(new UpdateDue.Period(PeriodKind.QUARTER, 2023, 4), due(ReportingFrequency.QUARTERLY, "2024-02-14"));
        assertEquals(new UpdateDue.Period(PeriodKind.QUARTER, 2023, 3), due(ReportingFrequency.QUARTERLY, "2024-02-13"));
        // July ends on the 31st: due from 20 August.
        assertEquals(new UpdateDue.Period(PeriodKind.MONTH, 2024, 6), due(ReportingFrequency.MONTHLY, "2024-08-19"));
        assertEquals(new UpdateDue.Period(PeriodKind.MONTH, 2024, 7), due(ReportingFrequency.MONTHLY, "2024-08-20"));
        assertEquals(new UpdateDue.Period(PeriodKind.MONTH, 2023, 11), due(ReportingFrequency.MONTHLY, "2024-01-10"));
        assertEquals("2024年第2季度", new UpdateDue.Period(PeriodKind.QUARTER, 2024, 2).labelZh());
    }

    private static UpdateDue.Period due(ReportingFrequency frequency, String date) {
        return UpdateDue.latestDue(frequency, LocalDate.parse(date));
    }
}
