package io.planmonitor.indicators.grpc;

import io.planmonitor.common.v1.Decimal;
import io.planmonitor.indicators.domain.Comparator;
import io.planmonitor.indicators.domain.ReportingFrequency;
import io.planmonitor.indicators.domain.TargetAttribute;
import io.planmonitor.indicators.domain.TargetForm;
import io.planmonitor.indicators.mapping.TargetMapper;
import io.planmonitor.indicators.repository.TargetEntity;
import io.planmonitor.indicators.service.IndicatorCatalogue;
import io.planmonitor.indicators.service.TargetBook;
import io.planmonitor.indicators.v1.Target;
import io.planmonitor.support.ApiErrors;
import io.planmonitor.support.Decimals;
import io.planmonitor.support.EnumNames;
import io.planmonitor.support.RequestFields;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Checks the client-writable fields of a Target, one proto path at a time, and copies them onto the entity.
 * Rules that need the plan or the catalogue (years within the plan, the unit) are TargetBook's.
 */
final class TargetFields {

    /** Every writable field; region is set on create only (the plan's when empty). */
    static final List<String> WRITABLE = List.of("indicator", "baseline_year", "baseline_value", "target_year",
            "target_value", "upper_bound", "form", "comparator", "stretch", "attribute", "unit", "provenance", "parent_target", "responsible_unit", "reporting_frequency");

    private TargetFields() {
    }

    static void apply(String path, Target source, TargetEntity target) {
        String field = "target." + path;
        switch (path) {
            case "indicator" -> target.indicatorId = IndicatorCatalogue.idOf(source.getIndicator(), field);
            case "baseline_year" -> target.baselineYear = year(source.getBaselineYear(), field);
            case "baseline_value" -> target.baselineValue = optionalDecimal(source.hasBaselineValue(),
                    source.getBaselineValue(), field);
            case "target_year" -> target.targetYear = year(source.getTargetYear(), field);
            case "target_value" -> target.targetValue = optionalDecimal(source.hasTargetValue(),
                    source.getTargetValue(), field);
            case "upper_bound" -> target.upperBound = optionalDecimal(source.hasUpperBound(),
                    source.getUpperBound(), field);
            case "form" -> target.form = EnumNames.required(source.getForm(), TargetMapper.FORM, TargetForm.class, field);
            // Checked with the target value by TargetBook: a target left unset needs none.
            case "comparator" -> target.comparator = EnumNames.toDomain(source.getComparator(),
                    TargetMapper.COMPARATOR, Comparator.class);
            case "stretch" -> target.stretch = source.getStretch();
            case "attribute" -> target.attribute = EnumNames.required(source.getAttribute(),
                    TargetMapper.ATTRIBUTE, TargetAttribute.class, field);
            case "unit" -> target.unit = RequestFields.required(source.getUnit(), field, 50);
            case "provenance" -> {
                target.provenanceDocument = RequestFields.optional(source.getProvenance().getDocument(),
                        field + ".document", 300);
                target.provenanceQuote = RequestFields.optional(source.getProvenance().getQuote(), field + ".quote", 4000);
                target.provenanceLocation = RequestFields.optional(source.getProvenance().getLocation(),
                        field + ".location", 200);
            }
            case "responsible_unit" -> target.responsibleUnit = RequestFields.optional(source.getResponsibleUnit(),
                    field, 100);
            case "reporting_frequency" -> target.reportingFrequency = EnumNames.optional(
                    source.getReportingFrequency(), TargetMapper.FREQUENCY, ReportingFrequency.class, field);
            // Checked against the parent by TargetBook; an empty name removes the link.
            case "parent_target" -> {
                if (source.getParentTarget().isEmpty()) {
                    target.parentTargetId = null;
                } else {
                    Matcher parent = TargetMapper.parseName(source.getParentTarget(), field);
                    target.parentTargetId = parent.group(1) + "/" + parent.group(2);
                }
            }
            default -> throw ApiErrors.invalidArgument("update_mask",
                    "'" + path + "' is not a field a client may change; these are: " + String.join(", ", WRITABLE));
        }
    }

    /** The writable fields set in {@code target}: the implied mask of an update without one (AIP-134). */
    static List<String> populated(Target target) {
        return target.getAllFields().keySet().stream().map(f -> f.getName()).filter(WRITABLE::contains).toList();
    }

    /** A year a plan can speak of (the People's Republic's, 1949 to 2100). */
    static int year(int year, String field) {
        if (year < 1949 || year > 2100) {
            throw ApiErrors.invalidArgument(field, "must be a year between 1949 and 2100");
        }
        return year;
    }

    private static BigDecimal optionalDecimal(boolean present, Decimal value, String field) {
        return present ? Decimals.parse(value.getValue(), field + ".value") : null;
    }
}
