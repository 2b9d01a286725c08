package io.planmonitor.projects.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class InvestmentPaceTest {

    private static final BigDecimal FIVE_POINTS = new BigDecimal("0.05");

    @Test
    void zhengzhouYearPlanAgainstTheCalendar() {
        // 郑州 2024 plan: 年度计划完成投资4968亿元. 2070亿元 by the end of May is 41.67 % of it, exactly the pace.
        var reading = InvestmentPace.read(new BigDecimal("4968"), new BigDecimal("2070"), 5, FIVE_POINTS);
        assertEquals(new BigDecimal("0.4167"), reading.completionRate());
        assertEquals(new BigDecimal("0.4167"), reading.timeElapsed());
        assertEquals(new BigDecimal("0.0000"), reading.gap());
        assertFalse(reading.behindPace());
    }

    @Test
    void behindPaceOnlyBeyondTheTolerance() {
        // June: pace 50 %. 45.5 % trails by 4.5 points (inside 5); 44 % trails by 6 (behind).
        assertFalse(InvestmentPace.read(new BigDecimal("1000"), new BigDecimal("455"), 6, FIVE_POINTS).behindPace());
        var behind = InvestmentPace.read(new BigDecimal("1000"), new BigDecimal("440"), 6, FIVE_POINTS);
        assertTrue(behind.behindPace());
        assertEquals(new BigDecimal("-0.0600"), behind.gap());
        // Exactly at the tolerance is not behind.
        assertFalse(InvestmentPace.read(new BigDecimal("1000"), new BigDecimal("450"), 6, FIVE_POINTS).behindPace());
    }

    @Test
    void withoutAPlanOrAReportThereIsNoRate() {
        var noReport = InvestmentPace.read(new BigDecimal("1000"), null, 3, FIVE_POINTS);
        assertNull(noReport.completionRate());
        assertEquals(new BigDecimal("0.2500"), noReport.timeElapsed());
        assertFalse(noReport.behindPace());
        assertNull(InvestmentPace.read(BigDecimal.ZERO, new BigDecimal("5"), 3, FIVE_POINTS).completionRate());
    }
}
