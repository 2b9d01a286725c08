package io.planmonitor.gateway.indicators;

import static io.planmonitor.gateway.api.ProtoJson.emptyToNull;
import static io.planmonitor.gateway.api.ProtoJson.orEmpty;

import io.planmonitor.gateway.api.ProtoJson;
import io.planmonitor.indicators.v1.Direction;
import io.planmonitor.indicators.v1.Indicator;
import io.planmonitor.indicators.v1.ListIndicatorsResponse;
import io.planmonitor.indicators.v1.ListObservationsResponse;
import io.planmonitor.indicators.v1.Observation;
import io.planmonitor.indicators.v1.ObservationStatus;
import io.planmonitor.indicators.v1.Period;
import io.planmonitor.indicators.v1.PeriodKind;
import io.planmonitor.common.v1.Decimal;
import java.util.List;

/** Proto ↔ JSON for indicators. */
public final class IndicatorJsonMapper {

    private static final String DIRECTION = "DIRECTION_";

    private IndicatorJsonMapper() {
    }

    static IndicatorJson toJson(Indicator indicator) {
        return new IndicatorJson(
                indicator.getName(),
                indicator.getDisplayName(),
                emptyToNull(indicator.getEnglishName()),
                indicator.getUnit(),
                emptyToNull(indicator.getCategory()),
                ProtoJson.enumName(indicator.getDirection(), DIRECTION),
                ProtoJson.timestamp(indicator.getCreateTime()),
                ProtoJson.timestamp(indicator.getUpdateTime()),
                indicator.getEtag(),
                indicator.getAliasesList());
    }

    static IndicatorPageJson toJson(ListIndicatorsResponse page) {
        return new IndicatorPageJson(
                page.getIndicatorsList().stream().map(IndicatorJsonMapper::toJson).toList(),
                emptyToNull(page.getNextPageToken()),
                page.getTotalSize());
    }

    static ObservationJson.Page toJson(ListObservationsResponse page) {
        return new ObservationJson.Page(page.getObservationsList().stream().map(IndicatorJsonMapper::toJson).toList(),
                emptyToNull(page.getNextPageToken()));
    }

    public static ObservationJson.Period toJson(Period period) {
        return new ObservationJson.Period(ProtoJson.enumName(period.getKind(), "PERIOD_KIND_"), period.getYear(),
                period.getQuarter() == 0 ? null : period.getQuarter(),
                period.getMonth() == 0 ? null : period.getMonth(),
                period.getEndYear() == 0 ? null : period.getEndYear());
    }

    public static ObservationJson.Value toJson(Observation observation) {
        return new ObservationJson.Value(observation.getName(), observation.getRegion(),
                toJson(observation.getPeriod()),
                observation.getValue().getValue(),
                ProtoJson.enumName(observation.getStatus(), "OBSERVATION_STATUS_"),
                observation.getSource(), emptyToNull(observation.getQuote()),
                ProtoJson.timestamp(observation.getCreateTime()), observation.getLatest(),
                emptyToNull(observation.getSourceUrl()), emptyToNull(observation.getDerivation()),
                observation.getSecondary() ? Boolean.TRUE : null);
    }

    static Observation toProto(ObservationJson.Value json) {
        Observation.Builder observation = Observation.newBuilder()
                .setRegion(orEmpty(json.region()))
                .setValue(Decimal.newBuilder().setValue(orEmpty(json.value())))
                .setStatus(ProtoJson.enumValue(json.status(), ObservationStatus.class, "OBSERVATION_STATUS_", "status"))
                .setSource(orEmpty(json.source()))
                .setQuote(orEmpty(json.quote()))
                .setSourceUrl(orEmpty(json.sourceUrl()))
                .setDerivation(orEmpty(json.derivation()))
                .setSecondary(Boolean.TRUE.equals(json.secondary()));
        if (json.period() != null) {
            ObservationJson.Period period = json.period();
            observation.setPeriod(Period.newBuilder()
                    .setKind(ProtoJson.enumValue(period.kind(), PeriodKind.class, "PERIOD_KIND_", "period.kind"))
                    .setYear(period.year())
                    .setQuarter(period.quarter() == null ? 0 : period.quarter())
                    .setMonth(period.month() == null ? 0 : period.month())
                    .setEndYear(period.endYear() == null ? 0 : period.endYear()));
        }
        return observation.build();
    }

    static Indicator toProto(IndicatorJson json) {
        return Indicator.newBuilder()
                .setDisplayName(orEmpty(json.displayName()))
                .setEnglishName(orEmpty(json.englishName()))
                .setUnit(orEmpty(json.unit()))
                .setCategory(orEmpty(json.category()))
                .setDirection(ProtoJson.enumValue(json.direction(), Direction.class, DIRECTION, "direction"))
                .addAllAliases(json.aliases() == null ? List.of() : json.aliases().stream().map(ProtoJson::orEmpty).toList())
                .build();
    }

    /** The proto fields a PATCH body sets: absent JSON fields stay as they are. */
    static List<String> presentPaths(IndicatorJson json) {
        List<String> paths = new java.util.ArrayList<>();
        String[][] fields = {{"display_name", json.displayName()}, {"english_name", json.englishName()},
            {"unit", json.unit()}, {"category", json.category()}, {"direction", json.direction()}};
        for (String[] field : fields) {
            if (field[1] != null) {
                paths.add(field[0]);
            }
        }
        if (json.aliases() != null) {
            paths.add("aliases");
        }
        return paths;
    }
}
