package io.planmonitor.projects.service;

import io.planmonitor.projects.domain.Amount;
import io.planmonitor.projects.domain.InvestmentPace;

/** A project's investment progress as of a month; planned and completed are null when unknown. */
public record InvestmentProgressView(String projectId, int year, int month, Amount planned, Amount completed,
        int reportedMonth, InvestmentPace.PaceReading reading) {
}
