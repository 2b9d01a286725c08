package io.planmonitor.indicators.mapping;

import static io.planmonitor.support.ProtoValues.orEmpty;
import static io.planmonitor.support.ProtoValues.timestamp;

import io.planmonitor.common.v1.Decimal;
import io.planmonitor.common.v1.Provenance;
import io.planmonitor.indicators.repository.TargetEntity;
import io.planmonitor.indicators.v1.Comparator;
import io.planmonitor.indicators.v1.Target;
import io.planmonitor.indicators.v1.TargetAttribute;
import io.planmonitor.indicators.v1.TargetConflict;
import io.planmonitor.indicators.v1.TargetForm;
import io.planmonitor.indicators.service.TargetConflicts;
import io.planmonitor.support.ApiErrors;
import io.planmonitor.support.Decimals;
import io.planmonitor.support.EnumNames;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Targets, entity → proto. An unset target value stays unset: "not set" is never 0. */
public final class TargetMapper {

    public static final String FORM = "TARGET_FORM_";
    public static final String COMPARATOR = "COMPARATOR_";
    public static final String ATTRIBUTE = "TARGET_ATTRIBUTE_";
    public static final String FREQUENCY = "REPORTING_FREQUENCY_";
    private static final Pattern NAME =
            Pattern.compile("plans/([a-z][a-z0-9-]{0,62})/targets/([a-z][a-z0-9-]{0,62})");

    private TargetMapper() {
    }

    /** "plans/{plan}/targets/{target}" read: group 1 the plan's id, group 2 the target's; INVALID_ARGUMENT otherwise. */
    public static Matcher parseName(String name, String field) {
        Matcher matcher = NAME.matcher(name);
        if (!matcher.matches()) {
            throw ApiErrors.invalidArgument(field, "must be a target name like plans/{plan}/targets/{target}");
        }
        return matcher;
    }

    /** "plans/{plan}/targets/{target}". */
    public static String name(TargetEntity target) {
        return PlanMapper.name(target.planId) + "/targets/" + target.targetId;
    }

    /** The resource name of the target whose id ("{plan}/{target}") is {@code id}. */
    public static String nameOfId(String id) {
        int slash = id.indexOf('/');
        return "plans/" + id.substring(0, slash) + "/targets/" + id.substring(slash + 1);
    }

    public static Target toProto(TargetEntity target) {
        Target.Builder proto = Target.newBuilder()
                .setName(name(target))
                .setIndicator("indicators/" + target.indicatorId)
                .setRegion(PlanMapper.regionName(target.regionCode))
                .setBaselineYear(target.baselineYear)
                .setTargetYear(target.targetYear)
                .setForm(EnumNames.toProto(target.form, FORM, TargetForm.class))
                .setComparator(target.comparator == null ? Comparator.COMPARATOR_UNSPECIFIED
                        : EnumNames.toProto(target.comparator, COMPARATOR, Comparator.class))
                .setStretch(target.stretch)
                .setAttribute(EnumNames.toProto(target.attribute, ATTRIBUTE, TargetAttribute.class))
                .setUnit(target.unit)
                .setEtag(Long.toString(target.version));
        if (target.parentTargetId != null) {
            proto.setParentTarget(nameOfId(target.parentTargetId));
        }
        if (target.responsibleUnit != null) {
            proto.setResponsibleUnit(target.responsibleUnit);
        }
        if (target.reportingFrequency != null) {
            proto.setReportingFrequency(EnumNames.toProto(target.reportingFrequency, FREQUENCY,
                    io.planmonitor.indicators.v1.ReportingFrequency.class));
        }
        if (target.updateTime != null) {
            // Absent on a target checked but not written (a batch with validate_only).
            proto.setUpdateTime(timestamp(target.updateTime));
        }
        if (target.baselineValue != null) {
            proto.setBaselineValue(decimal(target.baselineValue));
        }
        if (target.targetValue != null) {
            proto.setTargetValue(decimal(target.targetValue));
        }
        if (target.upperBound != null) {
            proto.setUpperBound(decimal(target.upperBound));
        }
        if (target.provenanceDocument != null || target.provenanceQuote != null || target.provenanceLocation != null) {
            proto.setProvenance(Provenance.newBuilder()
                    .setDocument(orEmpty(target.provenanceDocument))
                    .setQuote(orEmpty(target.provenanceQuote))
                    .setLocation(orEmpty(target.provenanceLocation)));
        }
        return proto.build();
    }

    public static TargetConflict toProto(TargetConflicts.Conflict conflict) {
        return TargetConflict.newBuilder()
                .setPlan(PlanMapper.COLLECTION + "/" + conflict.planId())
                .setIndicator(IndicatorMapper.COLLECTION + "/" + conflict.indicatorId())
                .setRegion(PlanMapper.regionName(conflict.regionCode()))
                .setTargetYear(conflict.targetYear())
                .setForm(EnumNames.toProto(conflict.form(), FORM, TargetForm.class))
                .addAllTargets(conflict.targets().stream().map(TargetMapper::toProto).toList())
                .build();
    }

    public static Decimal decimal(BigDecimal value) {
        return Decimal.newBuilder().setValue(Decimals.format(value)).build();
    }
}
