package io.planmonitor.indicators.domain.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planmonitor.indicators.domain.IndicatorDirection;
import io.planmonitor.indicators.domain.ObservationStatus;
import io.planmonitor.indicators.domain.TargetForm;
import io.planmonitor.indicators.domain.progress.YearReconciliation.Flag;
import io.planmonitor.indicators.domain.progress.YearReconciliation.Goal;
import io.planmonitor.indicators.domain.progress.YearReconciliation.Reported;
import io.planmonitor.indicators.domain.progress.YearReconciliation.Result;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-computed readings; the figures are made up for the test (API 示例数据). */
class YearReconciliationTest {

    /** 100 in 2020 to 161.051 in 2025 is 10 % a year: 110, 121, 133.1, 146.41 for 2021–2024. */
    private static final Goal OUTLINE_LEVEL = new Goal(TargetForm.LEVEL, 2020, d("100"), 2025, d("161.051"));

    @Test
    void anAnnualGrowthTargetBelowTheOutlinesYearlyRateIsFlaggedAndTheActualIsTheGrowthOfTheTwoYearsLevels() {
        Result result = YearReconciliation.reconcile(2024, IndicatorDirection.HIGHER_IS_BETTER, false, OUTLINE_LEVEL,
                growth("8"), List.of(), List.of(reported("118.8", "统计公报（示例）", true)), d("110"));
        assertEquals(0, d("10").compareTo(result.requiredPace()), result.requiredPace().toPlainString());
        // 118.8 / 110 − 1 = 8 %: meets the annual target of 8 %.
        assertEquals(0, d("8").compareTo(result.actual()), result.actual().toPlainString());
        assertEquals(List.of(Flag.ANNUAL_TARGET_BELOW_PACE), result.flags());
        assertTrue(result.explanationZh().contains("年度目标低于规划要求的进度"), result.explanationZh());
    }

    @Test
    void anAnnualLevelIsSetAgainstThePathFromBaseToTargetAndAShortActualIsFlagged() {
        Result result = YearReconciliation.reconcile(2024, IndicatorDirection.HIGHER_IS_BETTER, false, OUTLINE_LEVEL,
                level("150"), List.of(), List.of(reported("140", "工作报告（示例）", true)), null);
        assertEquals(0, d("146.41").compareTo(result.requiredPace()), result.requiredPace().toPlainString());
        assertEquals(List.of(Flag.ACTUAL_BELOW_ANNUAL_TARGET), result.flags());
    }

    @Test
    void lowerIsBetterTurnsTheComparisonsAround() {
        Goal outline = new Goal(TargetForm.AVERAGE_ANNUAL_GROWTH, 2020, null, 2025, d("-3"));
        Result result = YearReconciliation.reconcile(2023, IndicatorDirection.LOWER_IS_BETTER, true, outline,
                growth("-2"), List.of(), List.of(reported("-3.5", "统计公报（示例）", true)), null);
        assertEquals(0, d("-3").compareTo(result.requiredPace()));
        assertEquals(List.of(Flag.ANNUAL_TARGET_BELOW_PACE), result.flags());
    }

    @Test
    void aShareMovesInEqualStepsAndDisagreeingDocumentsAndTargetsAreFlagged() {
        Goal share = new Goal(TargetForm.SHARE, 2020, d("40"), 2025, d("50"));
        Result result = YearReconciliation.reconcile(2023, IndicatorDirection.HIGHER_IS_BETTER, true, share,
                new Goal(TargetForm.SHARE, 2022, null, 2023, d("46")),
                List.of(new Goal(TargetForm.SHARE, 2022, null, 2023, d("47"))),
                List.of(reported("46.5", "年度计划（示例）", false), reported("46.2", "工作报告（示例）", true)), null);
        assertEquals(0, d("46").compareTo(result.requiredPace()));
        assertEquals(0, d("46.2").compareTo(result.actual()));
        assertEquals(List.of(Flag.ANNUAL_TARGETS_DISAGREE, Flag.REPORTED_VALUES_DISAGREE), result.flags());
    }

    @Test
    void withoutAnOutlineOrAnActualThereIsNoPaceAndNothingToFlag() {
        Result result = YearReconciliation.reconcile(2024, IndicatorDirection.HIGHER_IS_BETTER, false, null,
                growth("6"), List.of(), List.of(), null);
        assertNull(result.requiredPace());
        assertNull(result.actual());
        assertEquals(List.of(), result.flags());
        assertTrue(result.explanationZh().contains("尚无2024年实际数据"), result.explanationZh());
        // A growth target on a level indicator without the previous year's value: no actual in its terms.
        Result noBase = YearReconciliation.reconcile(2024, IndicatorDirection.HIGHER_IS_BETTER, false, null,
                growth("6"), List.of(), List.of(reported("105", "统计公报（示例）", true)), null);
        assertNull(noBase.actual());
    }

    private static Goal growth(String value) {
        return new Goal(TargetForm.ANNUAL_GROWTH, 2023, null, 2024, d(value));
    }

    private static Goal level(String value) {
        return new Goal(TargetForm.LEVEL, 2023, null, 2024, d(value));
    }

    private static Reported reported(String value, String source, boolean latest) {
        return new Reported(d(value), source, ObservationStatus.FINAL, latest);
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }
}
