package io.planmonitor.support;

import io.grpc.Status;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;

/**
 * Recognises a call that failed because the database was out of reach — restarting, shutting down, the connection
 * lost or none to be had from the pool — rather than because of the call. The caller gets UNAVAILABLE, which says
 * "try again later" (the gateway answers 503), and nothing of the call was committed: the transaction that lost its
 * connection is rolled back by PostgreSQL.
 */
final class DatabaseOutages {

    /** SQLState class 08: connection exception (refused, lost, failed). */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";
    /** 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now (starting up or shutting down). */
    private static final String SHUTDOWN_PREFIX = "57P0";

    private DatabaseOutages() {
    }

    /** UNAVAILABLE when the database being out of reach caused {@code failure}. */
    static Optional<RuntimeException> asStatus(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLException sql && isOutage(sql.getSQLState())) {
                return Optional.of(Status.UNAVAILABLE.withDescription(
                        "the service's database is out of reach; try again shortly").asRuntimeException());
            }
        }
        return Optional.empty();
    }

    private static boolean isOutage(String sqlState) {
        return sqlState != null
                && (sqlState.startsWith(CONNECTION_EXCEPTION_CLASS) || sqlState.startsWith(SHUTDOWN_PREFIX));
    }
}
