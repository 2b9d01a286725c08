package io.planmonitor.gateway.projects;

import static io.planmonitor.gateway.api.ProtoJson.emptyToNull;
import static io.planmonitor.gateway.api.ProtoJson.orEmpty;

import io.planmonitor.common.v1.Decimal;
import io.planmonitor.common.v1.Money;
import io.planmonitor.gateway.api.ProtoJson;
import io.planmonitor.projects.v1.ListProjectsResponse;
import io.planmonitor.projects.v1.Project;
import io.planmonitor.projects.v1.ProjectLevel;
import io.planmonitor.projects.v1.ProjectStage;

/** Proto ↔ JSON for projects. */
final class ProjectJsonMapper {

    private static final String STAGE = "PROJECT_STAGE_";
    private static final String LEVEL = "PROJECT_LEVEL_";

    private ProjectJsonMapper() {
    }

    static ProjectJson toJson(Project project) {
        return new ProjectJson(
                project.getName(),
                project.getDisplayName(),
                project.getRegionCode(),
                ProtoJson.enumName(project.getLevel(), LEVEL),
                ProtoJson.enumName(project.getStage(), STAGE),
                project.hasTotalInvestment()
                        ? new MoneyJson(project.getTotalInvestment().getCurrencyCode(),
                                project.getTotalInvestment().getAmount().getValue())
                        : null,
                project.getIndicatorsList(),
                ProtoJson.timestamp(project.getCreateTime()),
                ProtoJson.timestamp(project.getUpdateTime()),
                project.getEtag());
    }

    static ProjectPageJson toJson(ListProjectsResponse page) {
        return new ProjectPageJson(
                page.getProjectsList().stream().map(ProjectJsonMapper::toJson).toList(),
                emptyToNull(page.getNextPageToken()),
                page.getTotalSize());
    }

    static Project toProto(ProjectJson json) {
        Project.Builder project = Project.newBuilder()
                .setDisplayName(orEmpty(json.displayName()))
                .setRegionCode(orEmpty(json.regionCode()))
                .setLevel(ProtoJson.enumValue(json.level(), ProjectLevel.class, LEVEL, "level"))
                .setStage(ProtoJson.enumValue(json.stage(), ProjectStage.class, STAGE, "stage"));
        if (json.totalInvestment() != null) {
            project.setTotalInvestment(Money.newBuilder()
                    .setCurrencyCode(orEmpty(json.totalInvestment().currencyCode()))
                    .setAmount(Decimal.newBuilder().setValue(orEmpty(json.totalInvestment().amount()))));
        }
        if (json.indicators() != null) {
            json.indicators().forEach(name -> project.addIndicators(orEmpty(name)));
        }
        return project.build();
    }
}
