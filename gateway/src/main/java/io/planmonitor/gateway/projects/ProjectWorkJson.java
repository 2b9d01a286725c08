package io.planmonitor.gateway.projects;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of a project's lifecycle, investment and milestones. */
public final class ProjectWorkJson {

    private ProjectWorkJson() {
    }

    @Schema(name = "StageChange", description = "A lifecycle move: the stage reached, the day, and why")
    public record StageChange(
            @Schema(required = true, example = "STARTED") String stage,
            @Schema(required = true, example = "2024-06-18") String eventDate,
            @Schema(required = true, example = "开工仪式") String reason) {
    }

    @Schema(name = "ProjectEvent", description = "One lifecycle move, as recorded")
    public record Event(String name, String fromStage, String toStage, String eventDate, String reason,
            String createTime) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ProjectEventPage")
    public record EventPage(List<Event> events, String nextPageToken) {
    }

    @Schema(name = "InvestmentPlan", description = "The investment a project plans to complete in a year")
    public record InvestmentPlan(@Schema(readOnly = true) String name, @Schema(readOnly = true) int year,
            @Schema(required = true) MoneyJson amount) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "InvestmentReport",
            description = "Investment completed in a year up to the end of a month (1–N月累计完成投资)")
    public record InvestmentReport(
            @Schema(readOnly = true) String name,
            @Schema(required = true, example = "2024") int year,
            @Schema(required = true, example = "6") int month,
            @Schema(required = true) MoneyJson cumulativeCompleted,
            @Schema(description = "Required when the figure is below the previous month's") String correctionReason,
            @Schema(readOnly = true) String updateTime) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "InvestmentProgress",
            description = "Completion against the yearly plan and the time-elapsed pace (序时进度); rates are fractions")
    public record InvestmentProgress(String project, int year, int month, MoneyJson planned, MoneyJson completed,
            int reportedMonth, @Schema(example = "0.3750") String completionRate,
            @Schema(example = "0.5000") String timeElapsed, @Schema(example = "-0.1250") String gap,
            boolean behindPace) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Milestone", description = "A preparation step: 立项, 可研, 用地, 环评, 施工许可 …")
    public record Milestone(
            @Schema(readOnly = true) String name,
            @Schema(required = true, enumeration = {"PROJECT_APPROVAL", "FEASIBILITY_STUDY", "LAND_USE",
                    "ENVIRONMENTAL_ASSESSMENT", "CONSTRUCTION_PERMIT", "OTHER"}) String kind,
            String title,
            @Schema(required = true, example = "2024-09-30") String dueDate,
            String actualDate) {
    }

    @Schema(name = "MilestoneCompletion")
    public record MilestoneCompletion(@Schema(required = true, example = "2024-09-20") String actualDate) {
    }
}
