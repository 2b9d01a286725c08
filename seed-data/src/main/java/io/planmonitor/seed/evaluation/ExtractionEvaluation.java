package io.planmonitor.seed.evaluation;

import io.planmonitor.extraction.Candidate;
import io.planmonitor.extraction.CandidateKind;
import io.planmonitor.extraction.CatalogueEntry;
import io.planmonitor.extraction.DocumentContext;
import io.planmonitor.extraction.DocumentKind;
import io.planmonitor.extraction.Extractor;
import io.planmonitor.extraction.IndicatorMatch;
import io.planmonitor.seed.SeedDataset;
import io.planmonitor.seed.SeedFile;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Precision and recall of the document extractor on the five seed documents and on the reviewed texts of the public
 * record (whose reviews are the reference: what the reviewer accepted, corrected or added), against the dataset;
 * totals for each group apart, since the rules were written against the seeds.
 *
 * <p>A seed record is found when a candidate of its kind says the same thing at the same place: a target or an
 * observation with the same printed number (absolute value; an unset target with an unset candidate) whose quote
 * overlaps the record's quote; a project with the same name (after 建设/项目 endings are dropped; one name inside the
 * other counts when the shorter has at least 4 characters and 60 % of the longer's length); a programme total with
 * the same project count or total investment overlapping the record's quote. Precision: the share of candidates that
 * find a record; recall: the share of records found. The indicator columns give, among found targets and
 * observations, how often the candidate named the record's indicator. The catalogue is the dataset's own
 * (catalogue.yaml and every file's indicators), as a system loaded with the seed dataset has it.
 */
public final class ExtractionEvaluation {

    /** One document's figures per kind. */
    public record Score(int records, int found, int candidates, int correct, int indicatorAgrees) {

        Score plus(Score other) {
            return new Score(records + other.records, found + other.found, candidates + other.candidates,
                    correct + other.correct, indicatorAgrees + other.indicatorAgrees);
        }

        public double precision() {
            return candidates == 0 ? 0 : (double) correct / candidates;
        }

        public double recall() {
            return records == 0 ? 0 : (double) found / records;
        }
    }

    /**
     * One document's figures per kind, and its differences: each candidate that found no record and each record no
     * candidate found (what a person reads to improve the rules, or to find what the dataset still lacks).
     */
    public record DocumentResult(String file, int length, Map<CandidateKind, Score> scores, List<Candidate> candidates,
            long nanos, List<String> differences) {
    }

    private ExtractionEvaluation() {
    }

    public static void main(String[] args) {
        System.out.print(table(run()));
    }

    public static List<DocumentResult> run() {
        SeedDataset dataset = SeedDataset.load();
        List<CatalogueEntry> catalogue = dataset.all(SeedFile::indicators).stream()
                .map(i -> new CatalogueEntry(i.id(), i.name(), i.unit(), i.aliases())).toList();
        Extractor extractor = new Extractor(catalogue);
        List<DocumentResult> results = new ArrayList<>();
        for (Map.Entry<String, SeedFile> entry : dataset.files().entrySet()) {
            SeedFile file = entry.getValue();
            if (file.document() == null) {
                continue;
            }
            String text = SeedDataset.documentText(file.document());
            DocumentContext context = file.isReviewedSubmission()
                    ? new DocumentContext(DocumentKind.valueOf(file.source().kind()), file.source().period().start(),
                            file.source().period().end())
                    : new DocumentContext(DocumentKind.valueOf(file.plan().kind()), file.plan().period().start(),
                            file.plan().period().end());
            long started = System.nanoTime();
            List<Candidate> candidates = extractor.extract(text, context);
            long nanos = System.nanoTime() - started;
            List<Expected> expected = expected(file, text);
            results.add(new DocumentResult(entry.getKey(), text.length(), score(expected, candidates), candidates,
                    nanos, differences(expected, candidates)));
        }
        return results;
    }

    private static List<Expected> expected(SeedFile file, String text) {
        SpanFinder spans = new SpanFinder(text);
        List<Expected> expected = new ArrayList<>();
        file.targets().forEach(t -> expected.add(new Expected(CandidateKind.TARGET, spans.find(t.quote()),
                numbers(t.targetValue(), t.printed()), t.targetValue() == null, t.indicator(), null,
                t.id() + " " + t.targetValue() + " | " + t.quote())));
        file.observations().forEach(o -> expected.add(new Expected(CandidateKind.OBSERVATION, spans.find(o.quote()),
                numbers(o.value(), o.printed()), false, o.indicator(), null,
                o.indicator() + " " + o.value() + " | " + o.quote())));
        file.projects().forEach(p -> expected.add(new Expected(CandidateKind.PROJECT, List.of(), List.of(), false,
                null, p.name(), p.id() + " " + p.name())));
        file.projectTotals().forEach(t -> expected.add(new Expected(CandidateKind.PROGRAMME_TOTAL, spans.find(t.quote()),
                totalNumbers(t), false, null, null, t.id() + " | " + t.quote())));
        return expected;
    }

    private static List<String> differences(List<Expected> expected, List<Candidate> candidates) {
        List<String> lines = new ArrayList<>();
        for (CandidateKind kind : CandidateKind.values()) {
            for (Candidate c : candidates) {
                if (c.kind() == kind && expected.stream().noneMatch(r -> r.matches(c))) {
                    lines.add(kind + " extra   " + c.rule() + " " + reading(c) + " | " + c.quote().replace('\n', ' '));
                }
            }
            for (Expected record : expected) {
                if (record.kind() == kind && candidates.stream().noneMatch(record::matches)) {
                    lines.add(kind + " missed  " + record.label().replace('\n', ' '));
                }
            }
        }
        return lines;
    }

    private static String reading(Candidate c) {
        return switch (c.kind()) {
            case TARGET -> named(c.target().indicator()) + " " + c.target().value();
            case OBSERVATION -> named(c.observation().indicator()) + " " + c.observation().value();
            case PROJECT -> c.project().name();
            case PROGRAMME_TOTAL -> c.total().projectCount() + " " + c.total().totalInvestment();
        };
    }

    private static String named(IndicatorMatch match) {
        return match.matched() ? match.indicatorId() : "new:" + match.proposedName();
    }

    private static Map<CandidateKind, Score> score(List<Expected> expected, List<Candidate> candidates) {
        Map<CandidateKind, Score> scores = new EnumMap<>(CandidateKind.class);
        for (CandidateKind kind : CandidateKind.values()) {
            List<Expected> records = expected.stream().filter(e -> e.kind() == kind).toList();
            List<Candidate> ofKind = candidates.stream().filter(c -> c.kind() == kind).toList();
            int found = 0;
            int agrees = 0;
            for (Expected record : records) {
                Candidate hit = ofKind.stream().filter(record::matches).findFirst().orElse(null);
                if (hit != null) {
                    found++;
                    if (record.indicator() != null && record.indicator().equals(indicatorOf(hit))) {
                        agrees++;
                    }
                }
            }
            int correct = (int) ofKind.stream().filter(c -> records.stream().anyMatch(r -> r.matches(c))).count();
            scores.put(kind, new Score(records.size(), found, ofKind.size(), correct, agrees));
        }
        return scores;
    }

    private static String indicatorOf(Candidate c) {
        return c.target() != null ? c.target().indicator().indicatorId()
                : c.observation() != null ? c.observation().indicator().indicatorId() : null;
    }

    private static List<BigDecimal> numbers(String value, String printed) {
        List<BigDecimal> numbers = new ArrayList<>();
        if (value != null) {
            numbers.add(new BigDecimal(value).abs());
        }
        if (printed != null) {
            numbers.add(new BigDecimal(printed).abs());
        }
        return numbers;
    }

    private static List<BigDecimal> totalNumbers(SeedFile.ReportedTotal t) {
        List<BigDecimal> numbers = new ArrayList<>();
        if (t.projectCount() != null) {
            numbers.add(BigDecimal.valueOf(t.projectCount()));
        }
        if (t.totalInvestment() != null) {
            numbers.add(new BigDecimal(t.totalInvestment().amount()));
        }
        if (t.batchCount() != null) {
            numbers.add(BigDecimal.valueOf(t.batchCount()));
        }
        return numbers;
    }

    /** What a seed record says, in the terms a candidate is compared with. */
    private record Expected(CandidateKind kind, List<int[]> spans, List<BigDecimal> numbers, boolean unset,
            String indicator, String projectName, String label) {

        boolean matches(Candidate c) {
            if (c.kind() != kind) {
                return false;
            }
            if (kind == CandidateKind.PROJECT) {
                return sameName(projectName, c.project().name());
            }
            boolean overlaps = spans.stream().anyMatch(s -> c.start() < s[1] && s[0] < c.end());
            if (!overlaps) {
                return false;
            }
            return switch (kind) {
                case TARGET -> unset ? c.target().value() == null
                        : c.target().value() != null && has(new BigDecimal(c.target().value()).abs());
                case OBSERVATION -> has(new BigDecimal(c.observation().value()).abs());
                default -> (c.total().projectCount() != null && has(BigDecimal.valueOf(c.total().projectCount())))
                        || (c.total().totalInvestment() != null && has(new BigDecimal(c.total().totalInvestment())));
            };
        }

        private boolean has(BigDecimal n) {
            return numbers.stream().anyMatch(x -> x.compareTo(n) == 0);
        }

        static boolean sameName(String expected, String actual) {
            String a = trim(expected);
            String b = trim(actual);
            if (a.equals(b)) {
                return true;
            }
            String shorter = a.length() <= b.length() ? a : b;
            String longer = a.length() <= b.length() ? b : a;
            return shorter.length() >= 4 && longer.contains(shorter) && shorter.length() * 10 >= longer.length() * 6;
        }

        private static String trim(String name) {
            return name.replaceAll("[\\s“”\"]", "").replaceFirst("(?:项目建设|建设项目|建设工程|建设|项目)$", "");
        }
    }

    public static String table(List<DocumentResult> results) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%-44s %-15s %7s %6s %6s %6s %6s %6s%n", "document", "kind", "records", "found",
                "cands", "prec", "recall", "ind.ok"));
        Map<CandidateKind, Score> seeds = new EnumMap<>(CandidateKind.class);
        Map<CandidateKind, Score> publicRecord = new EnumMap<>(CandidateKind.class);
        for (DocumentResult result : results) {
            for (CandidateKind kind : CandidateKind.values()) {
                Score s = result.scores().get(kind);
                (isPublicRecord(result) ? publicRecord : seeds).merge(kind, s, Score::plus);
                out.append(row(result.file(), kind, s));
            }
            out.append(String.format("%-44s extracted in %.1f ms (%d characters)%n", "", result.nanos() / 1e6,
                    result.length()));
        }
        for (CandidateKind kind : CandidateKind.values()) {
            out.append(row("ALL seed documents", kind, seeds.getOrDefault(kind, new Score(0, 0, 0, 0, 0))));
        }
        for (CandidateKind kind : CandidateKind.values()) {
            out.append(row("ALL public record", kind, publicRecord.getOrDefault(kind, new Score(0, 0, 0, 0, 0))));
        }
        return out.toString();
    }

    /** A reviewed text of the public record (named by a file under public-record/), not a seed document. */
    public static boolean isPublicRecord(DocumentResult result) {
        return result.file().startsWith("public-record/");
    }

    private static String row(String file, CandidateKind kind, Score s) {
        String indicator = kind == CandidateKind.TARGET || kind == CandidateKind.OBSERVATION
                ? String.format("%6.2f", s.found() == 0 ? 0 : (double) s.indicatorAgrees() / s.found()) : "     -";
        return String.format("%-44s %-15s %7d %6d %6d %6.2f %6.2f %s%n", file, kind, s.records(), s.found(),
                s.candidates(), s.precision(), s.recall(), indicator);
    }
}
