package io.planmonitor.seed.evaluation;

import io.planmonitor.extraction.CatalogueEntry;
import io.planmonitor.extraction.DocumentContext;
import io.planmonitor.extraction.DocumentKind;
import io.planmonitor.extraction.Extractor;
import io.planmonitor.seed.SeedDataset;
import io.planmonitor.seed.SeedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * How long the extractor takes per seed document, against a baseline measured in the same run: one regular
 * expression finding every figure of the same text (a single pass, the least a rule-based reading of it costs).
 * A benchmark, not a test: it asserts nothing about time and is not in the test command (its name does not end in
 * Test); {@code scripts/bench/extraction.sh} runs it and writes the figures to target/bench/extraction.txt.
 */
class ExtractionBenchmark {

    private static final int WARM_UP_ROUNDS = 20;
    private static final int MEASURED_ROUNDS = 50;
    private static final Pattern FIGURE = Pattern.compile("[0-9]+(?:\\.[0-9]+)?");

    @Test
    void printsExtractionTimePerDocument() throws IOException {
        SeedDataset dataset = SeedDataset.load();
        List<CatalogueEntry> catalogue = dataset.all(SeedFile::indicators).stream()
                .map(i -> new CatalogueEntry(i.id(), i.name(), i.unit(), i.aliases())).toList();
        Extractor extractor = new Extractor(catalogue);
        StringBuilder out = new StringBuilder(String.format(
                "Extraction of the seed documents (%d warm-up rounds, %d measured; catalogue of %d indicators)%n"
                        + "%-44s %8s %8s %9s %9s %10s %9s%n", WARM_UP_ROUNDS, MEASURED_ROUNDS, catalogue.size(),
                "document", "chars", "KB utf8", "p50 ms", "p90 ms", "scan p50", "ratio"));
        for (Map.Entry<String, SeedFile> entry : dataset.files().entrySet()) {
            SeedFile file = entry.getValue();
            if (file.document() == null) {
                continue;
            }
            String text = SeedDataset.documentText(file.document());
            DocumentContext context = new DocumentContext(DocumentKind.valueOf(file.plan().kind()),
                    file.plan().period().start(), file.plan().period().end());
            long[] extraction = time(() -> extractor.extract(text, context).size());
            long[] baseline = time(() -> (int) FIGURE.matcher(text).results().count());
            out.append(String.format("%-44s %8d %8.1f %9.2f %9.2f %10.3f %8.0fx%n", entry.getKey(), text.length(),
                    text.getBytes(StandardCharsets.UTF_8).length / 1024.0, ms(extraction, 50), ms(extraction, 90),
                    ms(baseline, 50), (double) percentile(extraction, 50) / percentile(baseline, 50)));
        }
        System.out.print(out);
        Files.createDirectories(Path.of("target", "bench"));
        Files.writeString(Path.of("target", "bench", "extraction.txt"), out, StandardCharsets.UTF_8);
    }

    /** Nanoseconds of each measured round, sorted; the result is consumed so the work is not optimised away. */
    private static long[] time(java.util.function.IntSupplier work) {
        long sink = 0;
        for (int i = 0; i < WARM_UP_ROUNDS; i++) {
            sink += work.getAsInt();
        }
        long[] nanos = new long[MEASURED_ROUNDS];
        for (int i = 0; i < MEASURED_ROUNDS; i++) {
            long started = System.nanoTime();
            sink += work.getAsInt();
            nanos[i] = System.nanoTime() - started;
        }
        if (sink == Long.MIN_VALUE) {
            System.out.println(sink);
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static long percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, sorted.length * p / 100)];
    }

    private static double ms(long[] sorted, int p) {
        return percentile(sorted, p) / 1e6;
    }
}
