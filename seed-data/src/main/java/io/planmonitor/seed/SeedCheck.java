package io.planmonitor.seed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the services cannot check about the dataset: that every quote stands verbatim in its document, that every
 * number stands in its quote, and that records point at indicators and plans the dataset defines. The loader refuses
 * a dataset with problems; the test fails on them.
 */
public final class SeedCheck {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,62}");
    private static final Set<String> KINDS = Set.of("FIVE_YEAR_PLAN_OUTLINE", "FIVE_YEAR_PLAN_RECOMMENDATION",
            "ANNUAL_PLAN", "GOVERNMENT_WORK_REPORT", "STATISTICAL_BULLETIN");

    private final List<String> problems = new ArrayList<>();
    private final Map<String, String> normalizedDocuments = new HashMap<>();

    private SeedCheck() {
    }

    /** Every problem found, one line each, naming the file and the record; empty when the dataset is sound. */
    public static List<String> problems(SeedDataset dataset) {
        SeedCheck check = new SeedCheck();
        check.run(dataset);
        return check.problems;
    }

    private void run(SeedDataset dataset) {
        Map<String, SeedFile.Indicator> indicators = indicatorsById(dataset);
        Set<String> plans = new HashSet<>();
        Set<String> projectIds = new HashSet<>();
        Set<String> totalIds = new HashSet<>();
        dataset.files().forEach((fileName, file) -> {
            if (file.plan() != null) {
                if (file.plan().parent() != null && !plans.contains(file.plan().parent())) {
                    problem(fileName, "plan", "parent " + file.plan().parent() + " is not defined in an earlier file");
                }
                plans.add(file.plan().id());
            }
            boolean hasRecords = !file.targets().isEmpty() || !file.observations().isEmpty()
                    || !file.projects().isEmpty() || !file.projectTotals().isEmpty();
            if (hasRecords && (file.document() == null || (file.plan() == null && file.source() == null))) {
                problem(fileName, "document", "records need the document they quote and a plan or a source");
                return;
            }
            if (!file.targets().isEmpty() && file.plan() == null) {
                problem(fileName, "plan", "targets need the plan they belong to");
            }
            if (file.isReviewedSubmission()) {
                checkSource(fileName, file.source());
            }
            if (!hasRecords) {
                return;
            }
            String document = normalizedDocuments.computeIfAbsent(file.document(),
                    name -> Quotes.normalize(SeedDataset.documentText(name)));
            Set<String> targetIds = new HashSet<>();
            file.targets().forEach(target -> {
                String where = "target " + target.id();
                requireId(fileName, where, target.id(), targetIds);
                requireIndicator(fileName, where, target.indicator(), indicators);
                requireQuote(fileName, where, target.quote(), document);
                requireNumber(fileName, where, target.quote(),
                        target.printed() != null ? target.printed() : target.targetValue());
                requireNumber(fileName, where, target.quote(), target.baselineValue());
                requireNumber(fileName, where, target.quote(), target.upperBound());
            });
            file.observations().forEach(observation -> {
                String where = "observation " + observation.indicator() + " " + observation.period();
                requireIndicator(fileName, where, observation.indicator(), indicators);
                requireQuote(fileName, where, observation.quote(), document);
                if (observation.derivation() == null) {
                    requireNumber(fileName, where, observation.quote(),
                            observation.printed() != null ? observation.printed() : observation.value());
                } else if (observation.derivation().isBlank()) {
                    problem(fileName, where, "a derived value needs its arithmetic");
                }
            });
            file.projects().forEach(project -> {
                String where = "project " + project.id();
                requireId(fileName, where, project.id(), projectIds);
                requireQuote(fileName, where, project.quote(), document);
                if (project.name() == null || project.quote() == null
                        || !Quotes.normalize(project.quote()).contains(Quotes.normalize(project.name()))) {
                    problem(fileName, where, "name is not in its quote");
                }
                if (project.investment() != null) {
                    requireNumber(fileName, where, project.quote(), project.investment().amount());
                }
            });
            file.projectTotals().forEach(total -> {
                String where = "project total " + total.id();
                requireId(fileName, where, total.id(), totalIds);
                requireQuote(fileName, where, total.quote(), document);
                if (total.batchCount() != null) {
                    requireNumber(fileName, where, total.quote(), total.batchCount().toString());
                }
                if (total.projectCount() != null) {
                    requireNumber(fileName, where, total.quote(), total.projectCount().toString());
                }
                if (total.totalInvestment() != null) {
                    requireNumber(fileName, where, total.quote(), total.totalInvestment().amount());
                }
                if (total.completedInvestment() != null) {
                    requireNumber(fileName, where, total.quote(), total.completedInvestment().amount());
                }
            });
        });
    }

    /** Indicators of all files; one id defined twice must be defined the same, and an alias names one indicator. */
    private Map<String, SeedFile.Indicator> indicatorsById(SeedDataset dataset) {
        Map<String, SeedFile.Indicator> byId = new HashMap<>();
        Map<String, String> wordings = new HashMap<>();
        dataset.files().forEach((fileName, file) -> file.indicators().forEach(indicator -> {
            SeedFile.Indicator earlier = byId.putIfAbsent(indicator.id(), indicator);
            if (earlier != null && !earlier.equals(indicator)) {
                problem(fileName, "indicator " + indicator.id(), "is defined differently in an earlier file");
            }
            if (earlier == null) {
                List<String> names = new ArrayList<>(indicator.aliases());
                names.add(indicator.name());
                names.forEach(wording -> {
                    String owner = wordings.putIfAbsent(wording, indicator.id());
                    if (owner != null && !owner.equals(indicator.id())) {
                        problem(fileName, "indicator " + indicator.id(), "wording " + wording + " belongs to " + owner);
                    }
                });
            }
        }));
        return byId;
    }

    /** What documents-service needs to take the document as a submitter states it. */
    private void checkSource(String file, SeedFile.Source source) {
        if (source.title() == null || source.title().isBlank()) {
            problem(file, "source", "needs the document's title");
        }
        if (source.kind() == null || !KINDS.contains(source.kind())) {
            problem(file, "source", "kind must be one of " + KINDS);
        }
        if (source.region() == null || !source.region().matches("\\d{6}")) {
            problem(file, "source", "region must be a six-digit code");
        }
        if (source.period() == null || source.period().start() == 0) {
            problem(file, "source", "needs the years it covers (period)");
        }
        if (source.url() != null && !source.url().matches("https?://\\S+")) {
            problem(file, "source", "url must be an http or https address");
        }
    }

    private void requireId(String file, String where, String id, Set<String> seen) {
        if (id == null || !ID.matcher(id).matches()) {
            problem(file, where, "id must be 1-63 of a-z, 0-9 and '-', starting with a letter");
        } else if (!seen.add(id)) {
            problem(file, where, "id is used twice");
        }
    }

    private void requireIndicator(String file, String where, String id, Map<String, SeedFile.Indicator> indicators) {
        if (!indicators.containsKey(id)) {
            problem(file, where, "indicator " + id + " is not defined");
        }
    }

    private void requireQuote(String file, String where, String quote, String normalizedDocument) {
        if (quote == null || quote.isBlank()) {
            problem(file, where, "has no quote");
        } else if (!Quotes.isIn(quote, normalizedDocument)) {
            problem(file, where, "quote is not verbatim in the document: " + quote);
        }
    }

    private void requireNumber(String file, String where, String quote, String number) {
        if (number != null && quote != null && !Quotes.printsNumber(quote, number)) {
            problem(file, where, number + " does not stand in the quote");
        }
    }

    private void problem(String file, String where, String what) {
        problems.add(file + ": " + where + ": " + what);
    }
}
