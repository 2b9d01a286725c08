package io.planmonitor.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The whole dataset against its documents: every quote verbatim, every number in its quote, every reference defined. */
class SeedCheckTest {

    @Test
    void everyQuoteStandsInItsDocumentAndEveryNumberInItsQuote() {
        List<String> problems = SeedCheck.problems(SeedDataset.load());
        assertEquals(List.of(), problems, String.join("\n", problems));
    }
}
