package io.planmonitor.projects.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class InvestmentOutboxEntityTest {

    @Test
    void anErrorLongerThanTheColumnIsCutToItAndAShortOneKept() {
        InvestmentOutboxEntity row = new InvestmentOutboxEntity();
        // What a refused connection's status reads like, cause and all: longer than last_error's 500 characters.
        row.recordError("Status{code=UNAVAILABLE, description=io exception, cause=" + "x".repeat(600) + "}");
        assertEquals(500, row.lastError.length());
        row.recordError("Status{code=UNAVAILABLE}");
        assertEquals("Status{code=UNAVAILABLE}", row.lastError);
        row.recordError(null);
        assertNull(row.lastError);
    }
}
