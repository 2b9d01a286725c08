package io.planmonitor.gateway.api;

import com.google.protobuf.ProtocolMessageEnum;
import com.google.protobuf.Timestamp;
import io.planmonitor.gateway.problems.InvalidFieldException;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The REST spelling of proto values: enum values without their type prefix, timestamps as ISO-8601 strings. */
public final class ProtoJson {

    private ProtoJson() {
    }

    /** {@code PROJECT_STAGE_PLANNED} → {@code PLANNED}; null for the unspecified zero value. */
    public static String enumName(Enum<?> value, String prefix) {
        if (value.name().endsWith("_UNSPECIFIED") || value.name().equals("UNRECOGNIZED")) {
            return null;
        }
        return value.name().substring(prefix.length());
    }

    /** {@code PLANNED} → {@code PROJECT_STAGE_PLANNED}; the zero value for null; a 400 naming the field otherwise. */
    public static <E extends Enum<E> & ProtocolMessageEnum> E enumValue(String json, Class<E> type, String prefix,
            String field) {
        E unspecified = type.getEnumConstants()[0];
        if (json == null || json.isEmpty()) {
            return unspecified;
        }
        try {
            E value = Enum.valueOf(type, prefix + json);
            if (value != unspecified) {
                return value;
            }
        } catch (IllegalArgumentException unknown) {
            // reported below with the allowed values
        }
        throw new InvalidFieldException(field, "must be one of " + Arrays.stream(type.getEnumConstants())
                .map(e -> enumName(e, prefix)).filter(name -> name != null).collect(Collectors.joining(", ")));
    }

    public static String timestamp(Timestamp timestamp) {
        return Instant.ofEpochSecond(timestamp.getSeconds(), timestamp.getNanos()).toString();
    }

    /** proto3 strings are never null; JSON fields may be. */
    public static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** An empty proto3 string reads as an absent JSON field. */
    public static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
