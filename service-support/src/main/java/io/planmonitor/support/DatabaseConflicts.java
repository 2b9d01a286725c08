package io.planmonitor.support;

import io.grpc.Status;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Recognises a write that lost a race in the database rather than failed: the services check that an id is free
 * before they insert it, but two calls at the same moment can both pass the check, and PostgreSQL's unique index
 * refuses the second; a serialization failure or deadlock likewise ends one of two concurrent transactions. The
 * caller gets what it would have got a moment later — ALREADY_EXISTS, or ABORTED to try again — not INTERNAL.
 */
final class DatabaseConflicts {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String SERIALIZATION_FAILURE = "40001";
    private static final String DEADLOCK = "40P01";

    private DatabaseConflicts() {
    }

    /** The status for {@code failure} when a lost race caused it. */
    static Optional<RuntimeException> asStatus(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                String state = sqlState(sql);
                if (UNIQUE_VIOLATION.equals(state)) {
                    return Optional.of(Status.ALREADY_EXISTS.withDescription(
                            "another request created the same resource at the same moment").asRuntimeException());
                }
                if (SERIALIZATION_FAILURE.equals(state) || DEADLOCK.equals(state)) {
                    return Optional.of(Status.ABORTED.withDescription(
                            "a concurrent write to the same data won; read it again and retry").asRuntimeException());
                }
            }
        }
        return Optional.empty();
    }

    /** The SQLState of {@code sql}, or of the statement's exception a batch chains behind it. */
    private static String sqlState(SQLException sql) {
        SQLException next = sql.getNextException();
        return sql.getSQLState() != null || next == null ? sql.getSQLState() : next.getSQLState();
    }
}
