package io.planmonitor.support;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The current instant at the precision PostgreSQL keeps (microseconds), so a row written equals the row read back. */
public final class DatabaseTime {

    private DatabaseTime() {
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
