package io.planmonitor.seed;

import java.util.List;

/**
 * One file of the dataset as written in YAML: the document it reads (null for a file without one), its plan, and the
 * records read from the document. A file of the public record also says how its document is submitted
 * ({@code source}) and what its reviewer left out ({@code notes}); its records are the review's outcome, replayed
 * through documents-service. Field names are the YAML keys; seed-data/README.md describes each.
 */
public record SeedFile(String document, Source source, Plan plan, List<Indicator> indicators, List<Target> targets,
        List<Observation> observations, List<Project> projects, List<ReportedTotal> projectTotals,
        List<String> notes) {

    public SeedFile {
        notes = notes == null ? List.of() : notes;
        indicators = indicators == null ? List.of() : indicators;
        targets = targets == null ? List.of() : targets;
        observations = observations == null ? List.of() : observations;
        projects = projects == null ? List.of() : projects;
        projectTotals = projectTotals == null ? List.of() : projectTotals;
    }

    /** Whether the file is a reviewed text of the public record, submitted to documents-service. */
    public boolean isReviewedSubmission() {
        return source != null;
    }

    /**
     * How a submitter states a public-record document: its title, public address, kind (documents contract, without
     * prefix), region, years, publication date, and whether it is a secondary compilation.
     */
    public record Source(String title, String url, String kind, String region, Span period, String published,
            boolean secondary, String authority) {
    }

    public record Plan(String id, String title, String kind, String region, Span period, String issuer,
            String issueDate, String parent, String quote) {
    }

    public record Span(int start, int end) {
    }

    public record Indicator(String id, String name, String english, String unit, String category, String direction,
            List<String> aliases) {

        public Indicator {
            aliases = aliases == null ? List.of() : aliases;
        }
    }

    public record Target(String id, String indicator, String region, Integer baselineYear, String baselineValue,
            Integer targetYear, String targetValue, String upperBound, String printed, String form, String comparator,
            boolean stretch, String attribute, String unit, String location, String quote) {
    }

    /** {@code derivation}: set when the value is computed from printed figures, the arithmetic. */
    public record Observation(String indicator, String region, String period, String value, String printed,
            String status, String derivation, String location, String quote) {
    }

    public record Project(String id, String name, String region, String sector, String subsector, String section,
            String stage, String level, Amount investment, String quote) {
    }

    public record ReportedTotal(String id, String programme, String region, Integer year, Integer batchCount,
            Integer projectCount, Amount totalInvestment, Amount completedInvestment, String location, String quote) {
    }

    /** Money as the document prints it: an amount in 亿元, 万元 or 元. */
    public record Amount(String amount, String unit) {
    }
}
