package io.planmonitor.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An HQL condition built from optional list filters: each filter given a value adds its part and named parameter,
 * the parts are combined with AND, and no filter at all means every row.
 */
public final class Conditions {

    private final List<String> parts = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    /** Adds {@code part} (which names {@code :parameter}) when {@code value} is not null. */
    public Conditions with(String part, String parameter, Object value) {
        if (value != null) {
            parts.add(part);
            parameters.put(parameter, value);
        }
        return this;
    }

    /** The condition, or null when no filter was given. */
    public String hql() {
        return parts.isEmpty() ? null : String.join(" and ", parts);
    }

    public Map<String, Object> parameters() {
        return parameters;
    }
}
