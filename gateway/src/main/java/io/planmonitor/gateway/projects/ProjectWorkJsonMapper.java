package io.planmonitor.gateway.projects;

import static io.planmonitor.gateway.api.ProtoJson.emptyToNull;

import io.planmonitor.gateway.api.ProtoJson;
import io.planmonitor.projects.v1.InvestmentPlan;
import io.planmonitor.projects.v1.InvestmentProgress;
import io.planmonitor.projects.v1.InvestmentReport;
import io.planmonitor.projects.v1.ListProjectEventsResponse;
import io.planmonitor.projects.v1.Milestone;
import io.planmonitor.projects.v1.ProjectEvent;

/** Proto → JSON for a project's lifecycle, investment and milestones. */
final class ProjectWorkJsonMapper {

    static final String MILESTONE_KIND = "MILESTONE_KIND_";

    private ProjectWorkJsonMapper() {
    }

    static ProjectWorkJson.Event toJson(ProjectEvent event) {
        return new ProjectWorkJson.Event(event.getName(),
                ProtoJson.enumName(event.getFromStage(), ProjectJsonMapper.STAGE),
                ProtoJson.enumName(event.getToStage(), ProjectJsonMapper.STAGE), event.getEventDate(),
                event.getReason(), ProtoJson.timestamp(event.getCreateTime()));
    }

    static ProjectWorkJson.EventPage toJson(ListProjectEventsResponse page) {
        return new ProjectWorkJson.EventPage(page.getEventsList().stream().map(ProjectWorkJsonMapper::toJson).toList(),
                emptyToNull(page.getNextPageToken()));
    }

    static ProjectWorkJson.InvestmentPlan toJson(InvestmentPlan plan) {
        return new ProjectWorkJson.InvestmentPlan(plan.getName(), plan.getYear(), ProjectJsonMapper.toJson(plan.getAmount()));
    }

    static ProjectWorkJson.InvestmentReport toJson(InvestmentReport report) {
        return new ProjectWorkJson.InvestmentReport(report.getName(), report.getYear(), report.getMonth(),
                ProjectJsonMapper.toJson(report.getCumulativeCompleted()), emptyToNull(report.getCorrectionReason()),
                ProtoJson.timestamp(report.getUpdateTime()));
    }

    static ProjectWorkJson.InvestmentProgress toJson(InvestmentProgress progress) {
        return new ProjectWorkJson.InvestmentProgress(progress.getProject(), progress.getYear(), progress.getMonth(),
                progress.hasPlanned() ? ProjectJsonMapper.toJson(progress.getPlanned()) : null,
                progress.hasCompleted() ? ProjectJsonMapper.toJson(progress.getCompleted()) : null,
                progress.getReportedMonth(),
                progress.hasCompletionRate() ? progress.getCompletionRate().getValue() : null,
                progress.getTimeElapsed().getValue(),
                progress.hasGap() ? progress.getGap().getValue() : null,
                progress.getBehindPace());
    }

    static ProjectWorkJson.Milestone toJson(Milestone milestone) {
        return new ProjectWorkJson.Milestone(milestone.getName(), ProtoJson.enumName(milestone.getKind(), MILESTONE_KIND),
                emptyToNull(milestone.getTitle()), milestone.getDueDate(), emptyToNull(milestone.getActualDate()));
    }
}
