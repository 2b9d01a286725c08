package io.planmonitor.documents.domain;

/** Where a candidate stands in review. Only a pending candidate can be edited, accepted or rejected. */
public enum CandidateState {
    PENDING,
    ACCEPTED,
    REJECTED
}
