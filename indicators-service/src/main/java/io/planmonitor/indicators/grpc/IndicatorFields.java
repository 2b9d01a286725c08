package io.planmonitor.indicators.grpc;

import io.planmonitor.indicators.domain.IndicatorDirection;
import io.planmonitor.indicators.mapping.IndicatorMapper;
import io.planmonitor.indicators.repository.IndicatorEntity;
import io.planmonitor.indicators.v1.Indicator;
import io.planmonitor.support.ApiErrors;
import io.planmonitor.support.RequestFields;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks the client-writable fields of an Indicator, one proto path at a time, and copies them onto the entity. */
final class IndicatorFields {

    static final List<String> WRITABLE = List.of("display_name", "english_name", "unit", "category", "direction",
            "aliases");

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
            default -> throw ApiErrors.invalidArgument("update_mask",
                    "'" + path + "' is not a field a client may change; these are: " + String.join(", ", WRITABLE));
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
