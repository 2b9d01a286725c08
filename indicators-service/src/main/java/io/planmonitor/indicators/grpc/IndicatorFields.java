package io.planmonitor.indicators.grpc;

import io.planmonitor.indicators.domain.IndicatorDirection;
import io.planmonitor.indicators.mapping.IndicatorMapper;
import io.planmonitor.indicators.repository.IndicatorEntity;
import io.planmonitor.indicators.v1.Indicator;
import io.planmonitor.support.ApiErrors;
import io.planmonitor.support.Decimals;
import io.planmonitor.support.RequestFields;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks the client-writable fields of an Indicator, one proto path at a time, and copies them onto the entity. */
final class IndicatorFields {

    static final List<String> WRITABLE = List.of("display_name", "english_name", "unit", "category", "direction",
            "aliases", "code", "base_unit", "unit_multiplier");

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,40}");

    private IndicatorFields() {
    }

    static void apply(String path, Indicator source, IndicatorEntity target) {
        String field = "indicator." + path;
        switch (path) {
            case "display_name" -> target.displayName = RequestFields.required(source.getDisplayName(), field, 200);
            case "english_name" -> target.englishName = RequestFields.optional(source.getEnglishName(), field, 200);
            case "unit" -> target.unit = RequestFields.required(source.getUnit(), field, 50);
            case "category" -> target.category = RequestFields.optional(source.getCategory(), field, 100);
            case "direction" -> {
                IndicatorDirection direction = IndicatorMapper.fromProto(source.getDirection());
                if (direction == null) {
                    throw ApiErrors.invalidArgument(field,
                            "is required: DIRECTION_HIGHER_IS_BETTER or DIRECTION_LOWER_IS_BETTER");
                }
                target.direction = direction;
            }
            case "aliases" -> target.aliases = aliases(source.getAliasesList(), field);
            case "code" -> {
                if (!source.getCode().isEmpty() && !CODE.matcher(source.getCode()).matches()) {
                    throw ApiErrors.invalidArgument(field, "must be 1-40 of A-Z, a-z, 0-9, '.', '_' and '-'");
                }
                target.code = source.getCode().isEmpty() ? null : source.getCode();
            }
            case "base_unit" -> target.baseUnit = RequestFields.optional(source.getBaseUnit(), field, 50);
            case "unit_multiplier" -> {
                target.unitMultiplier = source.hasUnitMultiplier()
                        ? Decimals.parse(source.getUnitMultiplier().getValue(), field + ".value") : null;
                if (target.unitMultiplier != null && target.unitMultiplier.signum() <= 0) {
                    throw ApiErrors.invalidArgument(field, "must be positive");
                }
            }
            default -> throw ApiErrors.invalidArgument("update_mask",
                    "'" + path + "' is not a field a client may change; these are: " + String.join(", ", WRITABLE));
        }
    }

    /** Rules across fields, checked after every change. */
    static void checkConsistency(IndicatorEntity indicator) {
        if ((indicator.baseUnit == null) != (indicator.unitMultiplier == null)) {
            throw ApiErrors.invalidArgument(indicator.baseUnit == null ? "indicator.base_unit" : "indicator.unit_multiplier",
                    "base_unit and unit_multiplier are given together");
        }
    }

    static List<String> populated(Indicator indicator) {
        return indicator.getAllFields().keySet().stream().map(f -> f.getName()).filter(WRITABLE::contains).toList();
    }

    private static List<String> aliases(List<String> values, String field) {
        Set<String> seen = new HashSet<>();
        List<String> aliases = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String alias = RequestFields.required(values.get(i), field + "[" + i + "]", 200);
            if (!seen.add(alias)) {
                throw ApiErrors.invalidArgument(field + "[" + i + "]", alias + " is listed twice");
            }
            aliases.add(alias);
        }
        return aliases;
    }
}
