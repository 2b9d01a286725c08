package io.planmonitor.seed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What one load did, per kind of record: how many it created, how many were there already, and what failed. */
public final class LoadReport {

    private final Map<String, int[]> counts = new LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();
    private final Map<String, ReviewReplay.Outcome> reviews = new LinkedHashMap<>();

    void created(String kind) {
        counts.computeIfAbsent(kind, k -> new int[2])[0]++;
    }

    void unchanged(String kind) {
        counts.computeIfAbsent(kind, k -> new int[2])[1]++;
    }

    void failed(String where, String why) {
        failures.add(where + ": " + why);
    }

    void reviewed(String fileName, ReviewReplay.Outcome outcome) {
        reviews.put(fileName, outcome);
    }

    /** What the review of each public-record text came to, by file. */
    public Map<String, ReviewReplay.Outcome> reviews() {
        return reviews;
    }

    public int created() {
        return counts.values().stream().mapToInt(c -> c[0]).sum();
    }

    public int unchanged() {
        return counts.values().stream().mapToInt(c -> c[1]).sum();
    }

    public List<String> failures() {
        return failures;
    }

    /** One line per kind, then the failures. */
    public String summary() {
        StringBuilder text = new StringBuilder();
        counts.forEach((kind, c) -> text.append(String.format("%-15s %5d created %5d already there%n", kind, c[0], c[1])));
        reviews.forEach((file, r) -> text.append(String.format("REVIEW %s: %d candidates read, %d accepted as read,"
                + " %d with a wider quote, %d corrected, %d rejected, %d added by the reviewer, %d accepted before%n",
                file, r.extracted(), r.acceptedAsRead(), r.requoted(), r.corrected(), r.rejected(), r.added(),
                r.alreadyReviewed())));
        failures.forEach(failure -> text.append("FAILED ").append(failure).append('\n'));
        return text.toString();
    }
}
