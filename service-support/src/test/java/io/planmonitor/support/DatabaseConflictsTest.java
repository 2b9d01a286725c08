package io.planmonitor.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.Status;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseConflictsTest {

    @Test
    void aUniqueViolationDeepInTheCausesIsAlreadyExistsAndARaceLostToALockIsAborted() {
        RuntimeException duplicate = new RuntimeException("could not execute statement",
                new SQLException("duplicate key value violates unique constraint \"plan_pkey\"", "23505"));
        assertEquals(Status.Code.ALREADY_EXISTS, code(duplicate));
        BatchUpdateException batch = new BatchUpdateException("batch entry 0 was aborted", null, 0, new int[0], null);
        batch.setNextException(new SQLException("duplicate key", "23505"));
        assertEquals(Status.Code.ALREADY_EXISTS, code(new RuntimeException(batch)));
        assertEquals(Status.Code.ABORTED, code(new RuntimeException(new SQLException("deadlock detected", "40P01"))));
        assertEquals(Status.Code.ABORTED, code(new SQLException("could not serialize access", "40001")));
    }

    @Test
    void otherFailuresAreNotRaces() {
        assertTrue(DatabaseConflicts.asStatus(new RuntimeException(new SQLException("value too long", "22001")))
                .isEmpty());
        assertTrue(DatabaseConflicts.asStatus(new java.util.ConcurrentModificationException()).isEmpty());
    }

    private static Status.Code code(Throwable failure) {
        return Status.fromThrowable(DatabaseConflicts.asStatus(failure).orElseThrow()).getCode();
    }
}
