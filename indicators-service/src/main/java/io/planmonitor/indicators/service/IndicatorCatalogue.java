package io.planmonitor.indicators.service;

import io.planmonitor.indicators.repository.IndicatorEntity;
import io.planmonitor.indicators.repository.IndicatorRepository;
import io.planmonitor.support.ApiErrors;
import io.planmonitor.support.KeysetPages;
import io.planmonitor.support.Page;
import io.planmonitor.support.PageRequest;
import io.planmonitor.support.ResourceNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** The indicator catalogue's rules and transactions. */
@ApplicationScoped
public class IndicatorCatalogue {

    public static final String COLLECTION = "indicators";

    private final IndicatorRepository indicators;

    IndicatorCatalogue(IndicatorRepository indicators) {
        this.indicators = indicators;
    }

    public IndicatorEntity get(String id) {
        IndicatorEntity indicator = indicators.findById(id);
        if (indicator == null) {
            throw ApiErrors.notFound(ResourceNames.format(COLLECTION, id));
        }
        return indicator;
    }

    @Transactional
    public Page<IndicatorEntity> list(PageRequest request) {
        return KeysetPages.read(indicators, request, indicator -> indicator.id);
    }

    @Transactional
    public IndicatorEntity create(IndicatorEntity indicator) {
        if (indicators.findById(indicator.id) != null) {
            throw ApiErrors.alreadyExists(ResourceNames.format(COLLECTION, indicator.id));
        }
        indicators.persistAndFlush(indicator);
        return indicator;
    }
}
