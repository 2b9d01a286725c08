package io.planmonitor.projects.grpc;

import io.planmonitor.projects.domain.InvestmentReporting;
import io.planmonitor.projects.mapping.ProjectMapper;
import io.planmonitor.projects.repository.ProjectEntity;
import io.planmonitor.projects.v1.Project;
import io.planmonitor.support.ApiErrors;
import io.planmonitor.support.EnumNames;
import io.planmonitor.support.IsoDates;
import io.planmonitor.support.RequestFields;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks the client-writable fields of a Project, one proto path at a time, and copies them onto the entity.
 * Create applies every path; Update applies the paths of its field mask. Errors name the field as "project.<path>".
 */
final class ProjectFields {

    /** Every field a client may write, by proto name; stage moves only through ChangeProjectStage. */
    static final List<String> WRITABLE = List.of("display_name", "region_code", "level", "total_investment",
            "indicators", "aliases", "national_code", "sector", "owner_organization", "plan_section",
            "revised_total_investment", "planned_start_date", "planned_completion_date", "provenance", "targets", "plan",
            "responsible_unit", "investment_reporting");

    private static final Pattern REGION_CODE = Pattern.compile("\\d{6}");
    private static final Pattern INDICATOR_NAME = Pattern.compile("indicators/[a-z][a-z0-9-]{0,62}");
    private static final Pattern TARGET_NAME =
            Pattern.compile("plans/[a-z][a-z0-9-]{0,62}/targets/[a-z][a-z0-9-]{0,62}");
    private static final Pattern PLAN_NAME = Pattern.compile("plans/[a-z][a-z0-9-]{0,62}");
    private static final Pattern NATIONAL_CODE = Pattern.compile("\\d{4}-\\d{6}-\\d{2}-\\d{2}-\\d{6}");

    private ProjectFields() {
    }

    /** The writable fields set in {@code project}: the implied mask of an update without one (AIP-134). */
    static List<String> populated(Project project) {
        List<String> paths = new ArrayList<>();
        project.getAllFields().keySet().forEach(field -> {
            if (WRITABLE.contains(field.getName())) {
                paths.add(field.getName());
            }
        });
        return paths;
    }

    static void apply(String path, Project source, ProjectEntity target) {
        String field = "project." + path;
        switch (path) {
            case "display_name" -> target.displayName = RequestFields.required(source.getDisplayName(), field, 300);
            case "region_code" -> target.regionCode = regionCode(source.getRegionCode(), field);
            case "level" -> target.level = ProjectMapper.fromProto(source.getLevel());
            case "total_investment" -> {
                target.totalInvestmentCurrency = source.hasTotalInvestment()
                        ? MoneyFields.currency(source.getTotalInvestment(), field) : null;
                target.totalInvestmentAmount = source.hasTotalInvestment()
                        ? MoneyFields.amount(source.getTotalInvestment(), field) : null;
            }
            case "revised_total_investment" -> {
                target.revisedTotalInvestmentCurrency = source.hasRevisedTotalInvestment()
                        ? MoneyFields.currency(source.getRevisedTotalInvestment(), field) : null;
                target.revisedTotalInvestmentAmount = source.hasRevisedTotalInvestment()
                        ? MoneyFields.amount(source.getRevisedTotalInvestment(), field) : null;
            }
            case "indicators" -> target.indicators = distinctNames(source.getIndicatorsList(), field, INDICATOR_NAME);
            case "targets" -> target.targets = distinctNames(source.getTargetsList(), field, TARGET_NAME);
            case "aliases" -> target.aliases = distinctNames(source.getAliasesList(), field, null);
            case "national_code" -> target.nationalCode = nationalCode(source.getNationalCode(), field);
            case "sector" -> target.sector = RequestFields.optional(source.getSector(), field, 100);
            case "owner_organization" ->
                    target.ownerOrganization = RequestFields.optional(source.getOwnerOrganization(), field, 300);
            case "plan" -> target.plan = planName(source.getPlan(), field);
            case "responsible_unit" ->
                    target.responsibleUnit = RequestFields.optional(source.getResponsibleUnit(), field, 100);
            case "investment_reporting" -> target.investmentReporting = EnumNames.optional(
                    source.getInvestmentReporting(), ProjectMapper.REPORTING_PREFIX, InvestmentReporting.class, field);
            case "plan_section" -> target.planSection = RequestFields.optional(source.getPlanSection(), field, 300);
            case "planned_start_date" ->
                    target.plannedStartDate = IsoDates.parseOptional(source.getPlannedStartDate(), field);
            case "planned_completion_date" ->
                    target.plannedCompletionDate = IsoDates.parseOptional(source.getPlannedCompletionDate(), field);
            case "provenance" -> {
                target.provenanceDocument = RequestFields.optional(
                        source.getProvenance().getDocument(), field + ".document", 300);
                target.provenanceQuote = RequestFields.optional(source.getProvenance().getQuote(), field + ".quote", 4000);
                target.provenanceLocation = RequestFields.optional(
                        source.getProvenance().getLocation(), field + ".location", 200);
            }
            default -> throw ApiErrors.invalidArgument("update_mask",
                    "'" + path + "' is not a field a client may change; these are: " + String.join(", ", WRITABLE));
        }
    }

    /** Rules across fields, checked after every change. */
    static void checkConsistency(ProjectEntity project) {
        if (project.plannedStartDate != null && project.plannedCompletionDate != null
                && project.plannedCompletionDate.isBefore(project.plannedStartDate)) {
            throw ApiErrors.invalidArgument("project.planned_completion_date",
                    "is before planned_start_date " + project.plannedStartDate);
        }
    }

    static String regionCode(String value, String field) {
        if (!REGION_CODE.matcher(value).matches()) {
            throw ApiErrors.invalidArgument(field, "must be a six-digit GB/T 2260 code such as 410184");
        }
        return value;
    }

    static String planName(String value, String field) {
        if (value.isEmpty()) {
            return null;
        }
        if (!PLAN_NAME.matcher(value).matches()) {
            throw ApiErrors.invalidArgument(field, "must be a plan name like plans/xinzheng-14th-fyp-outline");
        }
        return value;
    }

    private static String nationalCode(String value, String field) {
        if (value.isEmpty()) {
            return null;
        }
        if (!NATIONAL_CODE.matcher(value).matches()) {
            throw ApiErrors.invalidArgument(field, "must be 24 characters like 2021-410184-89-01-123456");
        }
        return value;
    }


    /**
     * Distinct values; with a {@code namePattern}, each must be a resource name of that shape, otherwise non-blank
     * text.
     */
    private static List<String> distinctNames(List<String> values, String field, Pattern namePattern) {
        Set<String> seen = new HashSet<>();
        List<String> checked = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String itemField = field + "[" + i + "]";
            String value = namePattern != null
                    ? values.get(i)
                    : RequestFields.required(values.get(i), itemField, 300);
            if (namePattern != null && !namePattern.matcher(value).matches()) {
                throw ApiErrors.invalidArgument(itemField, "must be a resource name like " + namePattern.pattern());
            }
            if (!seen.add(value)) {
                throw ApiErrors.invalidArgument(itemField, value + " is listed twice");
            }
            checked.add(value);
        }
        return checked;
    }
}
