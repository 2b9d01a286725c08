package io.planmonitor.indicators.grpc;

import io.planmonitor.indicators.domain.ObservationStatus;
import io.planmonitor.indicators.domain.PeriodKind;
import io.planmonitor.indicators.mapping.ObservationMapper;
import io.planmonitor.indicators.repository.ObservationEntity;
import io.planmonitor.indicators.service.IndicatorCatalogue;
import io.planmonitor.indicators.v1.Observation;
import io.planmonitor.indicators.v1.Period;
import io.planmonitor.indicators.v1.RecordObservationRequest;
import io.planmonitor.support.ApiErrors;
import io.planmonitor.support.Decimals;
import io.planmonitor.support.EnumNames;
import io.planmonitor.support.RequestFields;

/** Checks a RecordObservationRequest field by field and turns it into a new vintage. */
final class ObservationRequests {

    private ObservationRequests() {
    }

    static ObservationEntity toNewEntity(RecordObservationRequest request) {
        if (!request.hasObservation()) {
            throw ApiErrors.invalidArgument("observation", "is required");
        }
        Observation source = request.getObservation();
        ObservationEntity observation = new ObservationEntity();
        observation.indicatorId = IndicatorCatalogue.idOf(request.getParent(), "parent");
        setPeriod(source.getPeriod(), observation);
        if (!source.hasValue()) {
            throw ApiErrors.invalidArgument("observation.value", "is required");
        }
        observation.value = Decimals.parse(source.getValue().getValue(), "observation.value.value");
        observation.status = EnumNames.required(source.getStatus(), ObservationMapper.STATUS, ObservationStatus.class,
                "observation.status");
        observation.source = RequestFields.required(source.getSource(), "observation.source", 300);
        observation.quote = RequestFields.optional(source.getQuote(), "observation.quote", 4000);
        observation.sourceUrl = RequestFields.optionalUrl(source.getSourceUrl(), "observation.source_url");
        observation.derivation = RequestFields.optional(source.getDerivation(), "observation.derivation", 1000);
        observation.secondary = source.getSecondary();
        return observation;
    }

    private static void setPeriod(Period period, ObservationEntity observation) {
        String field = "observation.period";
        PeriodKind kind = EnumNames.required(period.getKind(), ObservationMapper.PERIOD_KIND, PeriodKind.class,
                field + ".kind");
        int year = period.getYear();
        if (year < 1949 || year > 2100) {
            throw ApiErrors.invalidArgument(field + ".year", "must be a year between 1949 and 2100");
        }
        observation.periodKind = kind;
        observation.periodYear = year;
        switch (kind) {
            case YEAR -> observation.periodKey = Integer.toString(year);
            case QUARTER -> {
                observation.periodQuarter = within(period.getQuarter(), 1, 4, field + ".quarter");
                observation.periodKey = year + "Q" + period.getQuarter();
            }
            case MONTH -> {
                observation.periodMonth = within(period.getMonth(), 1, 12, field + ".month");
                observation.periodKey = year + "-" + String.format("%02d", period.getMonth());
            }
            case SPAN -> {
                observation.periodEndYear = within(period.getEndYear(), year + 1, 2100, field + ".end_year");
                observation.periodKey = year + "-" + period.getEndYear();
            }
        }
    }

    private static int within(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw ApiErrors.invalidArgument(field, "must be between " + min + " and " + max);
        }
        return value;
    }
}
