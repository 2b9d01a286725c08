package io.planmonitor.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.Status;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseOutagesTest {

    @Test
    void aRefusedOrLostConnectionAndAShuttingDownServerAreUnavailable() {
        assertEquals(Status.Code.UNAVAILABLE, code(new RuntimeException("Unable to acquire JDBC Connection",
                new SQLException("Connection to localhost:5432 refused.", "08001"))));
        assertEquals(Status.Code.UNAVAILABLE, code(new SQLException("An I/O error occurred", "08006")));
        assertEquals(Status.Code.UNAVAILABLE, code(new RuntimeException(
                new SQLException("terminating connection due to administrator command", "57P01"))));
        assertEquals(Status.Code.UNAVAILABLE, code(new SQLException("the database system is starting up", "57P03")));
        assertEquals(Status.Code.UNAVAILABLE, code(new SQLTransientConnectionException("acquisition timeout")));
    }

    @Test
    void otherDatabaseFailuresAreNotOutages() {
        assertTrue(DatabaseOutages.asStatus(new SQLException("duplicate key", "23505")).isEmpty());
        assertTrue(DatabaseOutages.asStatus(new SQLException("canceling statement due to user request", "57014"))
                .isEmpty());
        assertTrue(DatabaseOutages.asStatus(new SQLException("no state")).isEmpty());
        assertTrue(DatabaseOutages.asStatus(new IllegalStateException()).isEmpty());
    }

    private static Status.Code code(Throwable failure) {
        return Status.fromThrowable(DatabaseOutages.asStatus(failure).orElseThrow()).getCode();
    }
}
