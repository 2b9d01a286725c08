package io.planmonitor.projects.domain;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Which month's investment report is due by a date. A month's 1–N月累计 figure is due by the 10th of the next month;
 * a quarterly reporter owes only March, June, September and December. The 10th is this system's default (key-project
 * offices commonly ask for the figures early in the next month), not a rule a seed document states.
 */
public final class ReportDue {

    /** The day of the next month by which a month's report is due. */
    public static final int DUE_DAY = 10;

    private ReportDue() {
    }

    /** The latest month whose report {@code reporting} requires by the end of {@code asOf}. */
    public static YearMonth latestDue(InvestmentReporting reporting, LocalDate asOf) {
        YearMonth due = YearMonth.from(asOf).minusMonths(asOf.getDayOfMonth() >= DUE_DAY ? 1 : 2);
        return reporting == InvestmentReporting.QUARTERLY ? due.minusMonths(due.getMonthValue() % 3) : due;
    }

    /**
     * Whether a project reporting this way must have sent {@code month}'s report by the end of {@code asOf}: a month
     * it reports at all (a quarterly reporter: March, June, September, December) and no later than the latest due.
     */
    public static boolean owes(InvestmentReporting reporting, YearMonth month, LocalDate asOf) {
        boolean reported = reporting != InvestmentReporting.QUARTERLY || month.getMonthValue() % 3 == 0;
        return reported && !month.isAfter(latestDue(reporting, asOf));
    }
}
