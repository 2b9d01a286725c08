package io.planmonitor.seed;

import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Loads the seed dataset into running services: checks it first (quotes verbatim, numbers in quotes), then sends it.
 * Exit code 0 when everything is in place (created now or already there), 1 when the dataset has problems or a record
 * was refused; the output lists them.
 */
@QuarkusMain
public class SeedMain implements QuarkusApplication {

    @Inject
    SeedLoader loader;

    @Override
    public int run(String... args) {
        SeedDataset dataset = SeedDataset.load();
        List<String> problems = SeedCheck.problems(dataset);
        if (!problems.isEmpty()) {
            problems.forEach(problem -> System.out.println("PROBLEM " + problem));
            System.out.println("The seed dataset has " + problems.size() + " problems; nothing was loaded.");
            return 1;
        }
        LoadReport report = loader.load(dataset);
        System.out.print(report.summary());
        System.out.println("Seed dataset: " + report.created() + " records created, " + report.unchanged()
                + " already there, " + report.failures().size() + " failed.");
        return report.failures().isEmpty() ? 0 : 1;
    }
}
