package io.planmonitor.gateway.plans;

import static io.planmonitor.gateway.api.ProtoJson.emptyToNull;
import static io.planmonitor.gateway.api.ProtoJson.orEmpty;

import io.planmonitor.common.v1.Decimal;
import io.planmonitor.common.v1.Provenance;
import io.planmonitor.common.v1.YearSpan;
import io.planmonitor.gateway.api.ChineseLabels;
import io.planmonitor.gateway.api.ProtoJson;
import io.planmonitor.gateway.indicators.IndicatorJsonMapper;
import io.planmonitor.gateway.projects.ProvenanceJson;
import io.planmonitor.indicators.v1.Comparator;
import io.planmonitor.indicators.v1.Plan;
import io.planmonitor.indicators.v1.PlanKind;
import io.planmonitor.indicators.v1.ListOverdueUpdatesResponse;
import io.planmonitor.indicators.v1.PlanEvaluation;
import io.planmonitor.indicators.v1.ProgressEvaluation;
import io.planmonitor.indicators.v1.ReconcileYearResponse;
import io.planmonitor.indicators.v1.ReconciliationRow;
import io.planmonitor.indicators.v1.Region;
import io.planmonitor.indicators.v1.RegionLevel;
import io.planmonitor.indicators.v1.ReportingFrequency;
import io.planmonitor.indicators.v1.SourceDocument;
import io.planmonitor.indicators.v1.Target;
import io.planmonitor.indicators.v1.TargetAttribute;
import io.planmonitor.indicators.v1.TargetCascade;
import io.planmonitor.indicators.v1.TargetConflict;
import io.planmonitor.indicators.v1.TargetForm;
import java.util.ArrayList;
import java.util.List;

/** Proto ↔ JSON for regions, plans, targets and evaluations. */
public final class PlanningJsonMapper {

    static final String PLAN_KIND = "PLAN_KIND_";
    public static final String ATTRIBUTE = "TARGET_ATTRIBUTE_";
    private static final String FLAG = "RECONCILIATION_FLAG_";
    public static final String FREQUENCY = "REPORTING_FREQUENCY_";
    public static final String STATUS = "PROGRESS_STATUS_";
    public static final String BINDING_READING = "BINDING_READING_";
    public static final String READING = "OFFICE_READING_";

    private PlanningJsonMapper() {
    }

    public static PlanningJson.Region toJson(Region region) {
        return new PlanningJson.Region(region.getName(), region.getDisplayName(),
                ProtoJson.enumName(region.getLevel(), "REGION_LEVEL_"), emptyToNull(region.getParent()));
    }

    public static PlanningJson.Plan toJson(Plan plan) {
        return new PlanningJson.Plan(plan.getName(), plan.getDisplayName(), ProtoJson.enumName(plan.getKind(), PLAN_KIND),
                plan.getRegion(), plan.getPeriod().getStartYear(), plan.getPeriod().getEndYear(),
                emptyToNull(plan.getIssuer()), emptyToNull(plan.getIssueDate()), emptyToNull(plan.getParent()),
                emptyToNull(plan.getSourceDocument().getName()), emptyToNull(plan.getSourceDocument().getSha256()),
                plan.getEtag());
    }

    static Plan toProto(PlanningJson.Plan json) {
        return Plan.newBuilder()
                .setDisplayName(orEmpty(json.displayName()))
                .setKind(ProtoJson.enumValue(json.kind(), PlanKind.class, PLAN_KIND, "kind"))
                .setRegion(orEmpty(json.region()))
                .setPeriod(YearSpan.newBuilder().setStartYear(json.startYear()).setEndYear(json.endYear()))
                .setIssuer(orEmpty(json.issuer()))
                .setIssueDate(orEmpty(json.issueDate()))
                .setParent(orEmpty(json.parent()))
                .setSourceDocument(SourceDocument.newBuilder().setName(orEmpty(json.sourceDocumentName()))
                        .setSha256(orEmpty(json.sourceDocumentSha256())))
                .build();
    }

    static Region toProto(PlanningJson.Region json) {
        return Region.newBuilder()
                .setDisplayName(orEmpty(json.displayName()))
                .setLevel(ProtoJson.enumValue(json.level(), RegionLevel.class, "REGION_LEVEL_", "level"))
                .setParent(orEmpty(json.parent()))
                .build();
    }

    static Plan toProto(PlanningJson.PlanChange json) {
        return Plan.newBuilder()
                .setDisplayName(orEmpty(json.displayName()))
                .setIssuer(orEmpty(json.issuer()))
                .setIssueDate(orEmpty(json.issueDate()))
                .setSourceDocument(SourceDocument.newBuilder().setName(orEmpty(json.sourceDocumentName()))
                        .setSha256(orEmpty(json.sourceDocumentSha256())))
                .build();
    }

    /** The proto fields a plan PATCH body sets. */
    static List<String> presentPaths(PlanningJson.PlanChange json) {
        List<String> paths = new ArrayList<>();
        if (json.displayName() != null) {
            paths.add("display_name");
        }
        if (json.issuer() != null) {
            paths.add("issuer");
        }
        if (json.issueDate() != null) {
            paths.add("issue_date");
        }
        if (json.sourceDocumentName() != null || json.sourceDocumentSha256() != null) {
            paths.add("source_document");
        }
        return paths;
    }

    static PlanningJson.Target toJson(Target target) {
        return new PlanningJson.Target(target.getName(), target.getIndicator(), target.getRegion(),
                target.getBaselineYear(), target.hasBaselineValue() ? target.getBaselineValue().getValue() : null,
                target.getTargetYear(), target.hasTargetValue() ? target.getTargetValue().getValue() : null,
                target.hasUpperBound() ? target.getUpperBound().getValue() : null,
                ProtoJson.enumName(target.getForm(), "TARGET_FORM_"),
                ProtoJson.enumName(target.getComparator(), "COMPARATOR_"), target.getStretch(),
                ProtoJson.enumName(target.getAttribute(), ATTRIBUTE), target.getUnit(),
                target.hasProvenance() ? new ProvenanceJson(target.getProvenance().getDocument(),
                        target.getProvenance().getQuote(), target.getProvenance().getLocation()) : null,
                target.getEtag(), emptyToNull(target.getParentTarget()), emptyToNull(target.getResponsibleUnit()),
                target.getReportingFrequencyValue() == 0 ? null
                        : ProtoJson.enumName(target.getReportingFrequency(), FREQUENCY));
    }

    public static PlanningJson.Evaluation toJson(PlanEvaluation evaluation) {
        return new PlanningJson.Evaluation(evaluation.getPlan(), evaluation.getAsOfDate(),
                ProtoJson.enumName(evaluation.getKind(), "EVALUATION_KIND_"), evaluation.getTitleZh(),
                evaluation.getOverviewZh(), evaluation.getBindingZh(), withoutPrefixes(evaluation.getCountsByStatusMap()),
                withoutPrefixes(evaluation.getCountsByReadingMap()),
                evaluation.getBindingCount(), withoutPrefixes(evaluation.getBindingByReadingMap()),
                evaluation.getBehindTargetsList(),
                evaluation.getConflictsList().stream().map(PlanningJsonMapper::toJson).toList(),
                toJson(evaluation.getFreshness()),
                evaluation.getEvaluationsList().stream().map(PlanningJsonMapper::toJson).toList());
    }

    /** PROGRESS_STATUS_LAGGING → LAGGING, BINDING_READING_MET → MET: the JSON names of enum values. */
    public static java.util.Map<String, Integer> withoutPrefixes(java.util.Map<String, Integer> counts) {
        java.util.Map<String, Integer> named = new java.util.TreeMap<>();
        counts.forEach((key, count) -> named.put(key.replaceFirst("^(PROGRESS_STATUS|BINDING_READING)_", ""), count));
        return named;
    }

    public static PlanningJson.OverdueUpdates toJson(ListOverdueUpdatesResponse listing) {
        return new PlanningJson.OverdueUpdates(listing.getOverdueList().stream().map(overdue -> new PlanningJson.Overdue(
                toJson(overdue.getTarget()), overdue.getResponsibleUnit(),
                ProtoJson.enumName(overdue.getReportingFrequency(), FREQUENCY),
                IndicatorJsonMapper.toJson(overdue.getDue()),
                overdue.hasLatest() ? IndicatorJsonMapper.toJson(overdue.getLatest()) : null,
                overdue.getExplanationZh())).toList(), listing.getCheckedCount(),
                new java.util.TreeMap<>(listing.getOverdueByUnitMap()),
                new java.util.TreeMap<>(listing.getTargetsByUnitMap()));
    }

    static PlanningJson.Cascade toJson(TargetCascade cascade) {
        return new PlanningJson.Cascade(toJson(cascade.getTarget()), toJson(cascade.getEvaluation()),
                cascade.getSharesList().stream().map(share -> new PlanningJson.CascadeShare(toJson(share.getTarget()),
                        toJson(share.getEvaluation()))).toList(),
                cascade.getAdditive(), value(cascade.hasSharesTargetTotal(), cascade.getSharesTargetTotal()),
                cascade.getRolledUpYear() == 0 ? null : cascade.getRolledUpYear(),
                value(cascade.hasRolledUpActual(), cascade.getRolledUpActual()), cascade.getExplanationZh());
    }

    static PlanningJson.Reconciliation toJson(ReconcileYearResponse reconciliation) {
        return new PlanningJson.Reconciliation(reconciliation.getRegion(), reconciliation.getYear(),
                reconciliation.getRowsList().stream().map(PlanningJsonMapper::toJson).toList(),
                reconciliation.getFlagCountsMap().entrySet().stream().collect(java.util.stream.Collectors.toMap(
                        entry -> entry.getKey().substring(FLAG.length()), java.util.Map.Entry::getValue,
                        (a, b) -> a, java.util.TreeMap::new)));
    }

    private static PlanningJson.ReconciliationRow toJson(ReconciliationRow row) {
        return new PlanningJson.ReconciliationRow(row.getIndicator(),
                row.hasOutlineTarget() ? toJson(row.getOutlineTarget()) : null,
                value(row.hasRequiredPace(), row.getRequiredPace()),
                row.hasAnnualTarget() ? toJson(row.getAnnualTarget()) : null,
                row.getOtherAnnualTargetsCount() == 0 ? null
                        : row.getOtherAnnualTargetsList().stream().map(PlanningJsonMapper::toJson).toList(),
                row.getReportedList().stream().map(IndicatorJsonMapper::toJson).toList(),
                value(row.hasActual(), row.getActual()),
                row.getFlagsList().stream().map(flag -> ProtoJson.enumName(flag, FLAG)).toList(),
                row.getExplanationZh());
    }

    static Target toProto(PlanningJson.Target json) {
        Target.Builder target = Target.newBuilder()
                .setIndicator(orEmpty(json.indicator()))
                .setRegion(orEmpty(json.region()))
                .setBaselineYear(json.baselineYear() == null ? 0 : json.baselineYear())
                .setTargetYear(json.targetYear() == null ? 0 : json.targetYear())
                .setForm(ProtoJson.enumValue(json.form(), TargetForm.class, "TARGET_FORM_", "form"))
                .setComparator(ProtoJson.enumValue(json.comparator(), Comparator.class, "COMPARATOR_", "comparator"))
                .setStretch(Boolean.TRUE.equals(json.stretch()))
                .setAttribute(ProtoJson.enumValue(json.attribute(), TargetAttribute.class, ATTRIBUTE,
                        "attribute"))
                .setUnit(orEmpty(json.unit()))
                .setParentTarget(orEmpty(json.parentTarget()))
                .setResponsibleUnit(orEmpty(json.responsibleUnit()))
                .setReportingFrequency(ProtoJson.enumValue(json.reportingFrequency(), ReportingFrequency.class,
                        FREQUENCY, "reportingFrequency"));
        if (json.baselineValue() != null) {
            target.setBaselineValue(Decimal.newBuilder().setValue(json.baselineValue()));
        }
        if (json.targetValue() != null) {
            target.setTargetValue(Decimal.newBuilder().setValue(json.targetValue()));
        }
        if (json.upperBound() != null) {
            target.setUpperBound(Decimal.newBuilder().setValue(json.upperBound()));
        }
        if (json.provenance() != null) {
            target.setProvenance(Provenance.newBuilder().setDocument(orEmpty(json.provenance().document()))
                    .setQuote(orEmpty(json.provenance().quote())).setLocation(orEmpty(json.provenance().location())));
        }
        return target.build();
    }

    /** The proto paths a PATCH body sets. */
    static List<String> presentPaths(PlanningJson.Target json) {
        List<String> paths = new ArrayList<>();
        String[][] fields = {
            {"indicator", json.indicator()}, {"baseline_value", json.baselineValue()},
            {"target_value", json.targetValue()}, {"upper_bound", json.upperBound()}, {"form", json.form()},
            {"comparator", json.comparator()}, {"attribute", json.attribute()}, {"unit", json.unit()},
            {"parent_target", json.parentTarget()}, {"responsible_unit", json.responsibleUnit()},
            {"reporting_frequency", json.reportingFrequency()}};
        for (String[] field : fields) {
            if (field[1] != null) {
                paths.add(field[0]);
            }
        }
        if (json.baselineYear() != null) {
            paths.add("baseline_year");
        }
        if (json.targetYear() != null) {
            paths.add("target_year");
        }
        if (json.stretch() != null) {
            paths.add("stretch");
        }
        if (json.provenance() != null) {
            paths.add("provenance");
        }
        return paths;
    }

    public static PlanningJson.Conflict toJson(TargetConflict conflict) {
        return new PlanningJson.Conflict(conflict.getPlan(), conflict.getIndicator(), conflict.getRegion(),
                conflict.getTargetYear(), ProtoJson.enumName(conflict.getForm(), "TARGET_FORM_"),
                conflict.getTargetsList().stream().map(PlanningJsonMapper::toJson).toList());
    }

    public static PlanningJson.Progress toJson(ProgressEvaluation evaluation) {
        String status = ProtoJson.enumName(evaluation.getStatus(), STATUS);
        String bindingReading = ProtoJson.enumName(evaluation.getBindingReading(), BINDING_READING);
        String reading = ProtoJson.enumName(evaluation.getOfficeReading(), READING);
        return new PlanningJson.Progress(evaluation.getTarget(), ProtoJson.emptyToNull(evaluation.getIndicator()),
                status, ChineseLabels.of(ChineseLabels.PROGRESS_STATUS, status),
                reading, ChineseLabels.of(ChineseLabels.OFFICE_READING, reading),
                bindingReading, ChineseLabels.of(ChineseLabels.BINDING_READING, bindingReading),
                ProtoJson.enumName(evaluation.getReason(), "NOT_ASSESSABLE_REASON_"),
                value(evaluation.hasBaselineValue(), evaluation.getBaselineValue()),
                evaluation.getLatestYear() == 0 ? null : evaluation.getLatestYear(),
                value(evaluation.hasLatestValue(), evaluation.getLatestValue()),
                value(evaluation.hasRequiredGrowth(), evaluation.getRequiredGrowth()),
                value(evaluation.hasObservedGrowth(), evaluation.getObservedGrowth()),
                value(evaluation.hasRatio(), evaluation.getRatio()),
                value(evaluation.hasElapsedShare(), evaluation.getElapsedShare()),
                evaluation.getExplanationZh(), evaluation.getExplanationEn(),
                ProtoJson.emptyToNull(evaluation.getCountedAs()));
    }

    private static String value(boolean present, Decimal decimal) {
        return present ? decimal.getValue() : null;
    }
}
