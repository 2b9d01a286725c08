package io.planmonitor.gateway.dashboards;

import io.planmonitor.common.v1.Money;
import io.planmonitor.gateway.projects.MoneyJson;
import io.planmonitor.gateway.projects.PortfolioJsonMapper;
import io.planmonitor.projects.v1.ProjectAlert;
import io.planmonitor.projects.v1.ProjectGroup;
import io.planmonitor.projects.v1.SummarizeProjectsResponse;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;

/**
 * The key-project part of a region dashboard: the summary's groups added up (a region with its subregions has a group
 * per region), and the completion rate (完成率) read against the pace projects-service gives for the month read
 * (序时进度 = N ÷ 12 for the 1–N月 figures due by the dashboard's date).
 */
final class RegionProjectTotals {

    /** Rates are fractions to four places (0.3750 = 37.50 %), as the services give them. */
    private static final int RATE_SCALE = 4;

    private RegionProjectTotals() {
    }

    static RegionDashboardJson.Projects of(SummarizeProjectsResponse summary, List<ProjectAlert> behindPace) {
        List<ProjectGroup> groups = summary.getGroupsList();
        BigDecimal planned = sum(groups, ProjectGroup::getPlannedInvestment);
        BigDecimal completedOfPlanned = sum(groups, ProjectGroup::getCompletedOfPlanned);
        BigDecimal elapsed = new BigDecimal(summary.getTimeElapsed().getValue());
        BigDecimal rate = planned.signum() == 0 ? null
                : completedOfPlanned.divide(planned, RATE_SCALE, RoundingMode.HALF_UP);
        return new RegionDashboardJson.Projects(
                groups.stream().mapToInt(ProjectGroup::getProjectCount).sum(),
                cny(sum(groups, ProjectGroup::getTotalInvestment)),
                summary.getYear(), summary.getMonth(),
                cny(sum(groups, ProjectGroup::getCompletedInvestment)),
                cny(planned),
                rate == null ? null : rate.toPlainString(),
                elapsed.toPlainString(),
                rate == null ? null : rate.subtract(elapsed).toPlainString(),
                behindPace.stream().map(PortfolioJsonMapper::toJson).toList());
    }

    /** The summary's sums are CNY (other currencies are left out by projects-service). */
    private static BigDecimal sum(List<ProjectGroup> groups, Function<ProjectGroup, Money> amount) {
        return groups.stream().map(group -> new BigDecimal(amount.apply(group).getAmount().getValue()))
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    private static MoneyJson cny(BigDecimal amount) {
        return new MoneyJson("CNY", amount.toPlainString());
    }
}
