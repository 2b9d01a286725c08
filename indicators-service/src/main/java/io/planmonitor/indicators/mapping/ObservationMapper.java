package io.planmonitor.indicators.mapping;

import static io.planmonitor.support.ProtoValues.orEmpty;
import static io.planmonitor.support.ProtoValues.timestamp;

import io.planmonitor.indicators.repository.ObservationEntity;
import io.planmonitor.indicators.v1.Observation;
import io.planmonitor.indicators.v1.ObservationStatus;
import io.planmonitor.indicators.v1.Period;
import io.planmonitor.indicators.v1.PeriodKind;
import io.planmonitor.support.EnumNames;

/** Observations, entity → proto. */
public final class ObservationMapper {

    public static final String PERIOD_KIND = "PERIOD_KIND_";
    public static final String STATUS = "OBSERVATION_STATUS_";

    private ObservationMapper() {
    }

    public static Observation toProto(ObservationEntity observation) {
        Period.Builder period = Period.newBuilder()
                .setKind(EnumNames.toProto(observation.periodKind, PERIOD_KIND, PeriodKind.class))
                .setYear(observation.periodYear);
        if (observation.periodQuarter != null) {
            period.setQuarter(observation.periodQuarter);
        }
        if (observation.periodMonth != null) {
            period.setMonth(observation.periodMonth);
        }
        if (observation.periodEndYear != null) {
            period.setEndYear(observation.periodEndYear);
        }
        return Observation.newBuilder()
                .setName("indicators/" + observation.indicatorId + "/observations/" + observation.id)
                .setRegion(PlanMapper.regionName(observation.regionCode))
                .setPeriod(period)
                .setValue(TargetMapper.decimal(observation.value))
                .setStatus(EnumNames.toProto(observation.status, STATUS, ObservationStatus.class))
                .setSource(observation.source)
                .setQuote(orEmpty(observation.quote))
                .setCreateTime(timestamp(observation.createTime))
                .setLatest(observation.latest)
                .setSourceUrl(orEmpty(observation.sourceUrl))
                .setDerivation(orEmpty(observation.derivation))
                .setSecondary(observation.secondary)
                .build();
    }
}
