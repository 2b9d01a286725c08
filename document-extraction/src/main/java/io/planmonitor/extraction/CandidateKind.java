package io.planmonitor.extraction;

/** What a candidate would become once accepted. */
public enum CandidateKind {
    TARGET,
    OBSERVATION,
    PROJECT,
    PROGRAMME_TOTAL
}
