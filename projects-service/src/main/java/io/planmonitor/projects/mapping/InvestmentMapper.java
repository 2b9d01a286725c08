package io.planmonitor.projects.mapping;

import static io.planmonitor.support.ProtoValues.orEmpty;
import static io.planmonitor.support.ProtoValues.timestamp;

import io.planmonitor.common.v1.Decimal;
import io.planmonitor.common.v1.Money;
import io.planmonitor.projects.domain.Amount;
import io.planmonitor.projects.repository.InvestmentPlanEntity;
import io.planmonitor.projects.repository.InvestmentReportEntity;
import io.planmonitor.projects.service.InvestmentProgressView;
import io.planmonitor.projects.v1.InvestmentPlan;
import io.planmonitor.projects.v1.InvestmentProgress;
import io.planmonitor.projects.v1.InvestmentReport;
import io.planmonitor.support.Decimals;
import io.planmonitor.support.ResourceNames;
import java.math.BigDecimal;

/** Investment plans, reports and progress, entity/view → proto. */
public final class InvestmentMapper {

    private InvestmentMapper() {
    }

    public static InvestmentPlan toProto(InvestmentPlanEntity plan) {
        return InvestmentPlan.newBuilder()
                .setName(projectName(plan.projectId) + "/investmentPlans/" + plan.year)
                .setYear(plan.year)
                .setAmount(money(new Amount(plan.amount, plan.currency)))
                .build();
    }

    public static InvestmentReport toProto(InvestmentReportEntity report) {
        return InvestmentReport.newBuilder()
                .setName(projectName(report.projectId) + "/investmentReports/" + report.year + "-" + report.month)
                .setYear(report.year)
                .setMonth(report.month)
                .setCumulativeCompleted(money(new Amount(report.amount, report.currency)))
                .setCorrectionReason(orEmpty(report.correctionReason))
                .setUpdateTime(timestamp(report.updateTime))
                .build();
    }

    public static InvestmentProgress toProto(InvestmentProgressView view) {
        InvestmentProgress.Builder progress = InvestmentProgress.newBuilder()
                .setProject(projectName(view.projectId()))
                .setYear(view.year())
                .setMonth(view.month())
                .setReportedMonth(view.reportedMonth())
                .setTimeElapsed(decimal(view.reading().timeElapsed()))
                .setBehindPace(view.reading().behindPace());
        if (view.planned() != null) {
            progress.setPlanned(money(view.planned()));
        }
        if (view.completed() != null) {
            progress.setCompleted(money(view.completed()));
        }
        if (view.reading().completionRate() != null) {
            progress.setCompletionRate(decimal(view.reading().completionRate()))
                    .setGap(decimal(view.reading().gap()));
        }
        return progress.build();
    }

    public static Money money(Amount amount) {
        return Money.newBuilder().setCurrencyCode(amount.currency()).setAmount(decimal(amount.value())).build();
    }

    public static Decimal decimal(BigDecimal value) {
        return Decimal.newBuilder().setValue(Decimals.format(value)).build();
    }

    private static String projectName(String projectId) {
        return ResourceNames.format(ProjectMapper.COLLECTION, projectId);
    }
}
