package io.planmonitor.seed.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planmonitor.extraction.Candidate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs the extractor over the five seed documents and the reviewed texts of the public record and prints its
 * precision and recall against the reviewed dataset
 * (also written to target/extraction-evaluation.txt; each candidate that found no record and each record not found
 * in target/extraction-differences.txt). The figures are measured, not asserted; what is asserted is
 * what must hold whatever the rules: every candidate quotes its document exactly at its offsets.
 */
class ExtractionEvaluationTest {

    @Test
    void printsPrecisionAndRecallPerDocumentAndKind() throws IOException {
        List<ExtractionEvaluation.DocumentResult> results = ExtractionEvaluation.run();
        String table = ExtractionEvaluation.table(results);
        System.out.println("Extraction evaluation against the seed dataset:\n" + table);
        Files.writeString(Path.of("target", "extraction-evaluation.txt"), table, StandardCharsets.UTF_8);
        StringBuilder differences = new StringBuilder();
        results.forEach(r -> r.differences().forEach(line -> differences.append(r.file()).append(' ').append(line)
                .append('\n')));
        Files.writeString(Path.of("target", "extraction-differences.txt"), differences, StandardCharsets.UTF_8);

        assertEquals(5, results.stream().filter(r -> !ExtractionEvaluation.isPublicRecord(r)).count());
        for (ExtractionEvaluation.DocumentResult result : results) {
            // A seed document always yields candidates; a dataset's rows of the public record may yield none.
            assertTrue(ExtractionEvaluation.isPublicRecord(result) || !result.candidates().isEmpty(), result.file());
            String text = io.planmonitor.seed.SeedDataset.documentText(
                    io.planmonitor.seed.SeedDataset.load().files().get(result.file()).document());
            for (Candidate c : result.candidates()) {
                assertEquals(text.substring(c.start(), c.end()), c.quote(), result.file() + " " + c.rule());
            }
        }
    }
}
