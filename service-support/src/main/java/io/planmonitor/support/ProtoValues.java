package io.planmonitor.support;

import com.google.protobuf.Timestamp;
import java.time.Instant;

/** Conversions between proto3 scalar conventions (empty string = absent) and Java values. */
public final class ProtoValues {

    private ProtoValues() {
    }

    public static Timestamp timestamp(Instant instant) {
        return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
    }

    /** proto3 strings cannot be null: absent is "". */
    public static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
