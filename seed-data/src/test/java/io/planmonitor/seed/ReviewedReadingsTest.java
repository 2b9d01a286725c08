package io.planmonitor.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planmonitor.common.v1.Decimal;
import io.planmonitor.documents.v1.Candidate;
import io.planmonitor.documents.v1.CandidateState;
import io.planmonitor.documents.v1.IndicatorReading;
import io.planmonitor.documents.v1.ObservationCandidate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a reviewed record finds the extractor's candidate for it. The text and figures are made up (API 示例数据). */
class ReviewedReadingsTest {

    private static final String TEXT = "测试公报（API 示例数据）\n全年全市地区生产总值1.5万亿元，增长5.6%。";
    private static final SeedFile FILE = new SeedFile("public-record/test.txt",
            new SeedFile.Source("测试公报", null, "STATISTICAL_BULLETIN", "410100", new SeedFile.Span(2025, 2025),
                    "2026-04-24", false, null),
            null, null, null,
            List.of(new SeedFile.Observation("gdp", null, "2025", "15000", "1.5", "FINAL", null, null,
                    "全年全市地区生产总值1.5万亿元")),
            null, null, null);

    private static ReviewedReadings.Reviewed record() {
        return ReviewedReadings.of(FILE, Map.of("gdp", "亿元"), TEXT).get(0);
    }

    private static Candidate extracted(CandidateState state, String value, String unit, String indicator) {
        int start = TEXT.indexOf("地区生产总值");
        return Candidate.newBuilder().setName("documents/t/candidates/1").setState(state).setRule("prose-result")
                .setStartOffset(start).setEndOffset(start + 12)
                .setObservation(ObservationCandidate.newBuilder().setValue(Decimal.newBuilder().setValue(value))
                        .setUnit(unit).setPeriod("2025").setStatus("FINAL")
                        .setIndicator(IndicatorReading.newBuilder().setIndicator(indicator)))
                .build();
    }

    @Test
    void theExtractorsReadingInAnotherUnitIsTheRecordAsRead() {
        Candidate read = extracted(CandidateState.CANDIDATE_STATE_PENDING, "1.5", "万亿元", "indicators/gdp");
        assertEquals(read, ReviewedReadings.match(record(), List.of(read)));
        assertTrue(ReviewedReadings.sameReading(read, record()), "1.5 万亿元 is 15000 亿元: nothing to correct");
    }

    @Test
    void aReadingOfTheSameFigureUnderAnotherIndicatorIsCorrected() {
        Candidate read = extracted(CandidateState.CANDIDATE_STATE_PENDING, "1.5", "万亿元", "indicators/gdp-growth");
        assertEquals(read, ReviewedReadings.match(record(), List.of(read)));
        assertFalse(ReviewedReadings.sameReading(read, record()));
    }

    @Test
    void anotherFigureOrARejectedCandidateIsNoMatch() {
        assertNull(ReviewedReadings.match(record(), List.of(
                extracted(CandidateState.CANDIDATE_STATE_PENDING, "5.6", "%", "indicators/gdp"),
                extracted(CandidateState.CANDIDATE_STATE_REJECTED, "1.5", "万亿元", "indicators/gdp"))));
    }

    @Test
    void anAcceptedCandidateWithTheRecordsReadingIsTheReplayDoneBefore() {
        Candidate accepted = extracted(CandidateState.CANDIDATE_STATE_ACCEPTED, "15000", "亿元", "indicators/gdp");
        assertEquals(accepted, ReviewedReadings.match(record(), List.of(accepted)));
        Candidate otherAccepted = extracted(CandidateState.CANDIDATE_STATE_ACCEPTED, "1.5", "万亿元",
                "indicators/gdp-growth");
        assertNull(ReviewedReadings.match(record(), List.of(otherAccepted)), "another record's accepted reading");
    }
}
