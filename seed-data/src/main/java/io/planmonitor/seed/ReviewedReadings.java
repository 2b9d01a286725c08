package io.planmonitor.seed;

import com.google.protobuf.FieldMask;
import com.google.protobuf.util.FieldMaskUtil;
import io.planmonitor.common.v1.Decimal;
import io.planmonitor.documents.v1.Candidate;
import io.planmonitor.documents.v1.CandidateState;
import io.planmonitor.documents.v1.IndicatorReading;
import io.planmonitor.documents.v1.ObservationCandidate;
import io.planmonitor.documents.v1.ProgrammeTotalCandidate;
import io.planmonitor.documents.v1.TargetCandidate;
import io.planmonitor.extraction.QuoteLocator;
import io.planmonitor.extraction.Units;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A reviewed file's records as the candidates a reviewer would leave accepted, and how one is matched with what the
 * extractor read: the same kind, words that overlap in the text, and the same figure.
 */
final class ReviewedReadings {

    /** The rule documents-service gives a reviewer's candidate. */
    static final String REVIEWER_RULE = "reviewer";

    private static final List<String> OBSERVATION_PATHS = List.of("observation.indicator.indicator",
            "observation.value", "observation.unit", "observation.period", "observation.status",
            "observation.derivation", "observation.region_code");
    private static final List<String> TARGET_PATHS = List.of("target.indicator.indicator", "target.value",
            "target.upper_bound", "target.unit", "target.form", "target.comparator", "target.stretch",
            "target.target_year", "target.baseline_year", "target.baseline_value", "target.attribute");
    private static final List<String> TOTAL_PATHS = List.of("programme_total.programme", "programme_total.year",
            "programme_total.project_count", "programme_total.batch_count", "programme_total.total_investment",
            "programme_total.completed_investment");

    /**
     * One reviewed record: the candidate it makes (quote and reading), the reading's fields a correction sets, the
     * figures printed for it (the value and, when the quote prints it otherwise, the printed form), and its span.
     */
    record Reviewed(String label, Candidate candidate, List<String> paths, List<BigDecimal> figures,
            Optional<QuoteLocator.Span> span) {
    }

    private ReviewedReadings() {
    }

    /** The file's targets, observations and programme totals, in that order, located in the document's text. */
    static List<Reviewed> of(SeedFile file, Map<String, String> unitsByIndicator, String text) {
        List<Reviewed> all = new ArrayList<>();
        for (SeedFile.Target t : file.targets()) {
            TargetCandidate.Builder target = TargetCandidate.newBuilder()
                    .setIndicator(IndicatorReading.newBuilder().setIndicator("indicators/" + t.indicator()))
                    .setUnit(orEmpty(t.unit())).setForm(orEmpty(t.form())).setComparator(orEmpty(t.comparator()))
                    .setStretch(t.stretch()).setAttribute(orEmpty(t.attribute()))
                    .setTargetYear(t.targetYear() == null ? 0 : t.targetYear())
                    .setBaselineYear(t.baselineYear() == null ? 0 : t.baselineYear());
            if (t.targetValue() != null) {
                target.setValue(decimal(t.targetValue()));
            }
            if (t.upperBound() != null) {
                target.setUpperBound(decimal(t.upperBound()));
            }
            if (t.baselineValue() != null) {
                target.setBaselineValue(decimal(t.baselineValue()));
            }
            all.add(reviewed("target " + t.id(), candidate(t.quote(), t.location()).setTarget(target).build(),
                    TARGET_PATHS, Arrays.asList(t.targetValue(), t.printed()), text));
        }
        for (SeedFile.Observation o : file.observations()) {
            ObservationCandidate.Builder observation = ObservationCandidate.newBuilder()
                    .setIndicator(IndicatorReading.newBuilder().setIndicator("indicators/" + o.indicator()))
                    .setValue(decimal(o.value()))
                    .setUnit(unitsByIndicator.getOrDefault(o.indicator(), ""))
                    .setPeriod(o.period())
                    .setStatus(orEmpty(o.status()))
                    .setDerivation(orEmpty(o.derivation()))
                    .setRegionCode(o.region() == null || o.region().equals(file.source().region()) ? "" : o.region());
            all.add(reviewed("observation " + o.indicator() + " " + o.period(),
                    candidate(o.quote(), o.location()).setObservation(observation).build(), OBSERVATION_PATHS,
                    Arrays.asList(o.value(), o.printed()), text));
        }
        for (SeedFile.ReportedTotal t : file.projectTotals()) {
            ProgrammeTotalCandidate.Builder total = ProgrammeTotalCandidate.newBuilder()
                    .setProgramme(orEmpty(t.programme())).setYear(t.year() == null ? 0 : t.year())
                    .setProjectCount(t.projectCount() == null ? 0 : t.projectCount())
                    .setBatchCount(t.batchCount() == null ? 0 : t.batchCount());
            if (t.totalInvestment() != null) {
                total.setTotalInvestment(yi(t.totalInvestment()));
            }
            if (t.completedInvestment() != null) {
                total.setCompletedInvestment(yi(t.completedInvestment()));
            }
            all.add(reviewed("total " + t.id(), candidate(t.quote(), t.location()).setProgrammeTotal(total).build(),
                    TOTAL_PATHS, Arrays.asList(
                            t.totalInvestment() == null ? null : t.totalInvestment().amount(),
                            t.projectCount() == null ? null : t.projectCount().toString()), text));
        }
        if (!file.projects().isEmpty()) {
            throw new IllegalArgumentException("named projects are not replayed from the public record yet");
        }
        return all;
    }

    /**
     * The candidate among {@code candidates} that reads this record: an accepted one whose reading is the record's
     * (a replay already done), else a pending one of the same kind whose words overlap the record's and that reads
     * one of its figures — the nearest to the record's words first. Rejected candidates are left alone.
     */
    static Candidate match(Reviewed record, List<Candidate> candidates) {
        Optional<Candidate> accepted = candidates.stream()
                .filter(c -> c.getState() == CandidateState.CANDIDATE_STATE_ACCEPTED)
                .filter(c -> c.getReadingCase() == record.candidate().getReadingCase())
                .filter(c -> overlaps(record, c) && sameReading(c, record))
                .findFirst();
        if (accepted.isPresent()) {
            return accepted.get();
        }
        return candidates.stream()
                .filter(c -> c.getState() == CandidateState.CANDIDATE_STATE_PENDING)
                .filter(c -> c.getReadingCase() == record.candidate().getReadingCase())
                .filter(c -> overlaps(record, c) && readsFigure(record, c))
                .min(Comparator.comparingInt(c -> distance(record, c)))
                .orElse(null);
    }

    /** Whether accepting the candidate as the extractor read it writes the record: no correction needed. */
    static boolean sameReading(Candidate extracted, Reviewed record) {
        if (extracted.getReadingCase() == Candidate.ReadingCase.OBSERVATION) {
            ObservationCandidate read = extracted.getObservation();
            ObservationCandidate wanted = record.candidate().getObservation();
            BigDecimal factor = Units.factor(read.getUnit(), wanted.getUnit());
            return factor != null && read.hasValue()
                    && new BigDecimal(read.getValue().getValue()).multiply(factor)
                            .compareTo(new BigDecimal(wanted.getValue().getValue())) == 0
                    && read.getIndicator().getIndicator().equals(wanted.getIndicator().getIndicator())
                    && read.getPeriod().equals(wanted.getPeriod()) && read.getStatus().equals(wanted.getStatus())
                    && read.getDerivation().equals(wanted.getDerivation())
                    && read.getRegionCode().equals(wanted.getRegionCode());
        }
        return normalized(applied(record, extracted)).equals(normalized(strip(extracted)));
    }

    /** No attribute printed reads as expected (预期性): an empty attribute and EXPECTED are one reading. */
    private static Candidate normalized(Candidate candidate) {
        if (candidate.hasTarget() && candidate.getTarget().getAttribute().isEmpty()) {
            return candidate.toBuilder().setTarget(candidate.getTarget().toBuilder().setAttribute("EXPECTED")).build();
        }
        return candidate;
    }

    /** Whether the candidate quotes at least the reviewer's words (a quote of "5.7%" alone says too little). */
    static boolean quotesAll(Candidate candidate, Reviewed record) {
        return record.span().isPresent() && candidate.getStartOffset() <= record.span().get().start()
                && candidate.getEndOffset() >= record.span().get().end();
    }

    /** The candidate's reading with the record's correction applied (and the fields the review does not set kept). */
    private static Candidate applied(Reviewed record, Candidate candidate) {
        Candidate.Builder merged = strip(candidate).toBuilder();
        FieldMaskUtil.merge(FieldMask.newBuilder().addAllPaths(record.paths()).build(), record.candidate(), merged,
                new FieldMaskUtil.MergeOptions().setReplaceMessageFields(true).setReplacePrimitiveFields(true)
                        .setReplaceRepeatedFields(true));
        return merged.build();
    }

    /** Only the reading: what a correction compares. */
    private static Candidate strip(Candidate candidate) {
        Candidate.Builder reading = Candidate.newBuilder();
        switch (candidate.getReadingCase()) {
            case TARGET -> reading.setTarget(candidate.getTarget());
            case OBSERVATION -> reading.setObservation(candidate.getObservation());
            case PROGRAMME_TOTAL -> reading.setProgrammeTotal(candidate.getProgrammeTotal());
            default -> { }
        }
        return reading.build();
    }

    private static boolean overlaps(Reviewed record, Candidate candidate) {
        return record.span().isPresent() && candidate.getStartOffset() < record.span().get().end()
                && record.span().get().start() < candidate.getEndOffset();
    }

    private static int distance(Reviewed record, Candidate candidate) {
        QuoteLocator.Span span = record.span().orElseThrow();
        return Math.abs(candidate.getStartOffset() - span.start()) + Math.abs(candidate.getEndOffset() - span.end());
    }

    /** Whether the candidate's figure is one the record prints (signs aside: a reduction is printed without one). */
    private static boolean readsFigure(Reviewed record, Candidate candidate) {
        String value = switch (candidate.getReadingCase()) {
            case TARGET -> candidate.getTarget().getValue().getValue();
            case OBSERVATION -> candidate.getObservation().getValue().getValue();
            case PROGRAMME_TOTAL -> candidate.getProgrammeTotal().hasTotalInvestment()
                    ? candidate.getProgrammeTotal().getTotalInvestment().getValue()
                    : Integer.toString(candidate.getProgrammeTotal().getProjectCount());
            default -> "";
        };
        if (value.isEmpty()) {
            return false;
        }
        BigDecimal read = new BigDecimal(value).abs();
        return record.figures().stream().anyMatch(figure -> read.compareTo(figure.abs()) == 0);
    }

    private static Reviewed reviewed(String label, Candidate candidate, List<String> paths, List<String> figures,
            String text) {
        List<BigDecimal> numbers = figures.stream().filter(f -> f != null && !f.isEmpty()).map(BigDecimal::new)
                .toList();
        return new Reviewed(label, candidate, paths, numbers, QuoteLocator.find(text, candidate.getQuote()));
    }

    private static Candidate.Builder candidate(String quote, String location) {
        return Candidate.newBuilder().setQuote(orEmpty(quote)).setSection(orEmpty(location));
    }

    private static Decimal yi(SeedFile.Amount amount) {
        BigDecimal factor = Units.factor(amount.unit(), "亿元");
        if (factor == null) {
            throw new IllegalArgumentException("an amount in " + amount.unit() + " cannot be given in 亿元");
        }
        return decimal(new BigDecimal(amount.amount()).multiply(factor).stripTrailingZeros().toPlainString());
    }

    private static Decimal decimal(String value) {
        return Decimal.newBuilder().setValue(value).build();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
