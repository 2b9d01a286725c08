package io.planmonitor.indicators.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class IndicatorRepository implements PanacheRepositoryBase<IndicatorEntity, String> {

    /** The indicators of these ids, by id, in one query (a list's rows read together, not one by one). */
    public Map<String, IndicatorEntity> byIds(Collection<String> ids) {
        return ids.isEmpty() ? Map.of()
                : list("id in ?1", ids).stream().collect(Collectors.toMap(i -> i.id, Function.identity()));
    }
}
