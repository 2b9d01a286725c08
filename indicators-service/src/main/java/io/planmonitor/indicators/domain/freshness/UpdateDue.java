package io.planmonitor.indicators.domain.freshness;

import io.planmonitor.indicators.domain.PeriodKind;
import io.planmonitor.indicators.domain.ReportingFrequency;
import java.time.LocalDate;

/**
 * Which period's value is due by a date. A year's figure is due when its statistical bulletin is, by 31 March of the
 * next year; a quarter's 45 days after the quarter ends; a month's 20 days after the month ends. These are this
 * system's defaults (statistical offices publish on similar calendars), not a rule any seed document states.
 */
public final class UpdateDue {

    private static final int QUARTER_GRACE_DAYS = 45;
    private static final int MONTH_GRACE_DAYS = 20;

    private UpdateDue() {
    }

    /** A period: its kind, year, and quarter or month (0 for a year). Ordered in time within one kind. */
    public record Period(PeriodKind kind, int year, int part) implements Comparable<Period> {

        @Override
        public int compareTo(Period other) {
            return Integer.compare(year * 100 + part, other.year * 100 + other.part);
        }

        /** 2024年, 2024年第3季度, 2024年7月. */
        public String labelZh() {
            return switch (kind) {
                case QUARTER -> year + "年第" + part + "季度";
                case MONTH -> year + "年" + part + "月";
                default -> year + "年";
            };
        }
    }

    /** The latest period whose value {@code frequency} requires by {@code asOf}. */
    public static Period latestDue(ReportingFrequency frequency, LocalDate asOf) {
        return switch (frequency) {
            case YEARLY -> new Period(PeriodKind.YEAR,
                    asOf.isBefore(LocalDate.of(asOf.getYear(), 3, 31)) ? asOf.getYear() - 2 : asOf.getYear() - 1, 0);
            case QUARTERLY -> {
                LocalDate end = asOf.withDayOfMonth(1).withMonth((asOf.getMonthValue() - 1) / 3 * 3 + 1).minusDays(1);
                if (asOf.isBefore(end.plusDays(QUARTER_GRACE_DAYS))) {
                    end = end.withDayOfMonth(1).minusMonths(2).minusDays(1);
                }
                yield new Period(PeriodKind.QUARTER, end.getYear(), (end.getMonthValue() + 2) / 3);
            }
            case MONTHLY -> {
                LocalDate end = asOf.withDayOfMonth(1).minusDays(1);
                if (asOf.isBefore(end.plusDays(MONTH_GRACE_DAYS))) {
                    end = end.withDayOfMonth(1).minusDays(1);
                }
                yield new Period(PeriodKind.MONTH, end.getYear(), end.getMonthValue());
            }
        };
    }

    /** The last period of {@code year} of the kind {@code frequency} reports. */
    public static Period lastOfYear(ReportingFrequency frequency, int year) {
        return switch (frequency) {
            case YEARLY -> new Period(PeriodKind.YEAR, year, 0);
            case QUARTERLY -> new Period(PeriodKind.QUARTER, year, 4);
            case MONTHLY -> new Period(PeriodKind.MONTH, year, 12);
        };
    }
}
