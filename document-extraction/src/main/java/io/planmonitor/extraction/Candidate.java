package io.planmonitor.extraction;

/**
 * One record read from a document, not yet reviewed: its kind, the exact quote with its character offsets in the
 * document's text ({@code text.substring(start, end).equals(quote)}), the rule that matched, and what it says.
 */
public record Candidate(CandidateKind kind, int start, int end, String quote, String rule, String section,
        TargetReading target, ObservationReading observation, ProjectReading project, TotalReading total) {

    static Candidate of(SourceText text, int start, int end, String rule, String section, Object reading) {
        String quote = text.original().substring(start, end);
        if (reading instanceof TargetReading t) {
            return new Candidate(CandidateKind.TARGET, start, end, quote, rule, section, t, null, null, null);
        }
        if (reading instanceof ObservationReading o) {
            return new Candidate(CandidateKind.OBSERVATION, start, end, quote, rule, section, null, o, null, null);
        }
        if (reading instanceof ProjectReading p) {
            return new Candidate(CandidateKind.PROJECT, start, end, quote, rule, section, null, null, p, null);
        }
        if (reading instanceof TotalReading t) {
            return new Candidate(CandidateKind.PROGRAMME_TOTAL, start, end, quote, rule, section, null, null, null, t);
        }
        throw new IllegalArgumentException("not a reading: " + reading);
    }
}
