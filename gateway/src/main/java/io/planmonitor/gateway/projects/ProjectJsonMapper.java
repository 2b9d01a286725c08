package io.planmonitor.gateway.projects;

import static io.planmonitor.gateway.api.ProtoJson.emptyToNull;
import static io.planmonitor.gateway.api.ProtoJson.orEmpty;

import io.planmonitor.common.v1.Decimal;
import io.planmonitor.common.v1.Money;
import io.planmonitor.common.v1.Provenance;
import io.planmonitor.gateway.api.ChineseLabels;
import io.planmonitor.gateway.api.ProtoJson;
import io.planmonitor.projects.v1.InvestmentReportingFrequency;
import io.planmonitor.projects.v1.ListProjectsResponse;
import io.planmonitor.projects.v1.Project;
import io.planmonitor.projects.v1.ProjectLevel;
import io.planmonitor.projects.v1.ProjectStage;
import java.util.ArrayList;
import java.util.List;

/** Proto ↔ JSON for projects. */
public final class ProjectJsonMapper {

    static final String STAGE = "PROJECT_STAGE_";
    static final String LEVEL = "PROJECT_LEVEL_";
    static final String REPORTING = "INVESTMENT_REPORTING_FREQUENCY_";

    private ProjectJsonMapper() {
    }

    static ProjectJson toJson(Project project) {
        String level = ProtoJson.enumName(project.getLevel(), LEVEL);
        String stage = ProtoJson.enumName(project.getStage(), STAGE);
        return new ProjectJson(
                project.getName(),
                project.getDisplayName(),
                project.getRegionCode(),
                level,
                ChineseLabels.of(ChineseLabels.PROJECT_LEVEL, level),
                stage,
                ChineseLabels.of(ChineseLabels.PROJECT_STAGE, stage),
                project.hasTotalInvestment() ? toJson(project.getTotalInvestment()) : null,
                project.getIndicatorsList(),
                ProtoJson.timestamp(project.getCreateTime()),
                ProtoJson.timestamp(project.getUpdateTime()),
                project.getEtag(),
                project.getAliasesList(),
                emptyToNull(project.getNationalCode()),
                emptyToNull(project.getSector()),
                emptyToNull(project.getOwnerOrganization()),
                emptyToNull(project.getPlanSection()),
                project.hasRevisedTotalInvestment() ? toJson(project.getRevisedTotalInvestment()) : null,
                emptyToNull(project.getPlannedStartDate()),
                emptyToNull(project.getPlannedCompletionDate()),
                project.hasProvenance()
                        ? new ProvenanceJson(project.getProvenance().getDocument(), project.getProvenance().getQuote(),
                                project.getProvenance().getLocation())
                        : null,
                project.getTargetsList(),
                emptyToNull(project.getPlan()),
                emptyToNull(project.getResponsibleUnit()),
                ProtoJson.enumName(project.getInvestmentReporting(), REPORTING));
    }

    public static MoneyJson toJson(Money money) {
        return new MoneyJson(money.getCurrencyCode(), money.getAmount().getValue());
    }

    public static Money toProto(MoneyJson json) {
        return Money.newBuilder()
                .setCurrencyCode(orEmpty(json.currencyCode()))
                .setAmount(Decimal.newBuilder().setValue(orEmpty(json.amount())))
                .build();
    }

    /** The proto paths of the fields a PATCH body sets: the update mask. */
    static List<String> presentPaths(ProjectJson json) {
        List<String> paths = new ArrayList<>();
        addIf(paths, json.displayName(), "display_name");
        addIf(paths, json.regionCode(), "region_code");
        addIf(paths, json.level(), "level");
        addIf(paths, json.totalInvestment(), "total_investment");
        addIf(paths, json.indicators(), "indicators");
        addIf(paths, json.aliases(), "aliases");
        addIf(paths, json.nationalCode(), "national_code");
        addIf(paths, json.sector(), "sector");
        addIf(paths, json.ownerOrganization(), "owner_organization");
        addIf(paths, json.planSection(), "plan_section");
        addIf(paths, json.revisedTotalInvestment(), "revised_total_investment");
        addIf(paths, json.plannedStartDate(), "planned_start_date");
        addIf(paths, json.plannedCompletionDate(), "planned_completion_date");
        addIf(paths, json.provenance(), "provenance");
        addIf(paths, json.targets(), "targets");
        addIf(paths, json.plan(), "plan");
        addIf(paths, json.responsibleUnit(), "responsible_unit");
        addIf(paths, json.investmentReporting(), "investment_reporting");
        return paths;
    }

    private static void addIf(List<String> paths, Object value, String path) {
        if (value != null) {
            paths.add(path);
        }
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
                .setStage(ProtoJson.enumValue(json.stage(), ProjectStage.class, STAGE, "stage"))
                .setInvestmentReporting(ProtoJson.enumValue(json.investmentReporting(),
                        InvestmentReportingFrequency.class, REPORTING, "investmentReporting"));
        if (json.totalInvestment() != null) {
            project.setTotalInvestment(toProto(json.totalInvestment()));
        }
        if (json.revisedTotalInvestment() != null) {
            project.setRevisedTotalInvestment(toProto(json.revisedTotalInvestment()));
        }
        if (json.indicators() != null) {
            json.indicators().forEach(name -> project.addIndicators(orEmpty(name)));
        }
        if (json.targets() != null) {
            json.targets().forEach(target -> project.addTargets(orEmpty(target)));
        }
        if (json.aliases() != null) {
            json.aliases().forEach(alias -> project.addAliases(orEmpty(alias)));
        }
        if (json.provenance() != null) {
            project.setProvenance(Provenance.newBuilder()
                    .setDocument(orEmpty(json.provenance().document()))
                    .setQuote(orEmpty(json.provenance().quote()))
                    .setLocation(orEmpty(json.provenance().location())));
        }
        return project
                .setNationalCode(orEmpty(json.nationalCode()))
                .setSector(orEmpty(json.sector()))
                .setOwnerOrganization(orEmpty(json.ownerOrganization()))
                .setPlanSection(orEmpty(json.planSection()))
                .setResponsibleUnit(orEmpty(json.responsibleUnit()))
                .setPlan(orEmpty(json.plan()))
                .setPlannedStartDate(orEmpty(json.plannedStartDate()))
                .setPlannedCompletionDate(orEmpty(json.plannedCompletionDate()))
                .build();
    }
}
