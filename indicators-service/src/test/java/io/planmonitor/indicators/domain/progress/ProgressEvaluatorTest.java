package io.planmonitor.indicators.domain.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planmonitor.indicators.domain.Comparator;
import io.planmonitor.indicators.domain.IndicatorDirection;
import io.planmonitor.indicators.domain.TargetForm;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The evaluator on rows of the seed documents. Expected numbers were computed separately with 34-digit decimal
 * arithmetic; observed values marked "hypothetical" are not in the documents (they report no later actuals).
 */
class ProgressEvaluatorTest {

    private static final IndicatorDirection UP = IndicatorDirection.HIGHER_IS_BETTER;
    private static final IndicatorDirection DOWN = IndicatorDirection.LOWER_IS_BETTER;
    private static final LocalDate MID_2024 = LocalDate.of(2024, 7, 1);

    // 新郑 专栏1 row 3: 社会消费品零售总额 亿元 306.3 → 470, 预期性.
    private static final TargetSpec RETAIL_SALES = spec(TargetForm.LEVEL, Comparator.EXACT, UP, false,
            2020, "306.3", 2025, "470", false);

    @Test
    void levelTargetOnTrack() {
        ProgressEvaluation evaluation = evaluate(RETAIL_SALES, List.of(obs(2023, "400")), MID_2024);
        assertEquals(ProgressStatus.ON_TRACK, evaluation.status());
        assertEquals(new BigDecimal("8.9407"), evaluation.requiredGrowth());
        assertEquals(new BigDecimal("9.3044"), evaluation.observedGrowth());
        assertEquals(new BigDecimal("1.0407"), evaluation.ratio());
        assertEquals(2023, evaluation.latestYear());
        assertNull(evaluation.binding(), "expected targets have no binding reading");
        assertEquals(OfficeReading.AS_EXPECTED, evaluation.reading());
        assertTrue(evaluation.explanationZh().startsWith("基本符合预期："), evaluation.explanationZh());
        assertTrue(evaluation.explanationEn().contains("ratio 1.0407"), evaluation.explanationEn());
    }

    @Test
    void levelTargetLaggingDeterioratingAndAchieved() {
        ProgressEvaluation lagging = evaluate(RETAIL_SALES, List.of(obs(2023, "350")), MID_2024);
        assertEquals(ProgressStatus.LAGGING, lagging.status());
        assertEquals(new BigDecimal("0.5085"), lagging.ratio());
        ProgressEvaluation falling = evaluate(RETAIL_SALES, List.of(obs(2023, "290")), MID_2024);
        assertEquals(ProgressStatus.DETERIORATING, falling.status());
        assertEquals(new BigDecimal("-0.2020"), falling.ratio());
        assertEquals(ProgressStatus.ACHIEVED,
                evaluate(RETAIL_SALES, List.of(obs(2023, "400"), obs(2024, "471")), MID_2024).status());
    }

    @Test
    void annualGrowthTargetAgainstTheYearsRate() {
        // 郑州2024年计划: 地区生产总值增长7%左右; a hypothetical 2024 outturn of 5.2 %.
        TargetSpec gdp = spec(TargetForm.ANNUAL_GROWTH, Comparator.ABOUT, UP, false, 2023, null, 2024, "7", true);
        ProgressEvaluation short5 = evaluate(gdp, List.of(obs(2024, "5.2")), LocalDate.of(2025, 2, 1));
        assertEquals(ProgressStatus.NEEDS_ACCELERATION, short5.status());
        assertEquals(new BigDecimal("0.7429"), short5.ratio());
        // 6.9 % is within 左右 (7 × 0.98 = 6.86).
        assertEquals(ProgressStatus.ACHIEVED,
                evaluate(gdp, List.of(obs(2024, "6.9")), LocalDate.of(2025, 2, 1)).status());
        assertEquals(ProgressStatus.NEEDS_ACCELERATION,
                evaluate(gdp, List.of(obs(2024, "6.8")), LocalDate.of(2025, 2, 1)).status());
    }

    @Test
    void growthRatesOverAFiveYearPlanAreChainedIntoAnIndex() {
        // 新郑 专栏1 row 1: 地区生产总值增长率 7.7左右 (2020 base); hypothetical 2021–2023 rates 6.0, 3.5, 7.0.
        TargetSpec gdp = spec(TargetForm.ANNUAL_GROWTH, Comparator.ABOUT, UP, false, 2020, "5", 2025, "7.7", true);
        ProgressEvaluation evaluation = evaluate(gdp, List.of(obs(2021, "6.0"), obs(2022, "3.5"), obs(2023, "7.0")),
                MID_2024);
        assertEquals(new BigDecimal("5.4897"), evaluation.observedGrowth());
        assertEquals(new BigDecimal("0.7129"), evaluation.ratio());
        assertEquals(ProgressStatus.NEEDS_ACCELERATION, evaluation.status());
    }

    @Test
    void averageGrowthGivenWithoutALevel() {
        // 新郑 专栏1 row 4: 公共财政预算收入 年均增长7.5; read from yearly rates 8 %, 5 % without the level.
        TargetSpec revenue = spec(TargetForm.AVERAGE_ANNUAL_GROWTH, Comparator.EXACT, UP, false, 2020, null, 2025, "7.5",
                true);
        ProgressEvaluation evaluation = evaluate(revenue, List.of(obs(2021, "8"), obs(2022, "5")), MID_2024);
        assertEquals(new BigDecimal("6.4894"), evaluation.observedGrowth());
        assertEquals(new BigDecimal("0.8653"), evaluation.ratio());
        assertEquals(ProgressStatus.NEEDS_ACCELERATION, evaluation.status());
    }

    @Test
    void cumulativeReductionOfABindingTarget() {
        // 新郑 专栏1 row 19: 单位GDP能源消耗降幅, 约束性, "完成郑州市下达目标"; assume a quota of −13.5 % over 2021–2025.
        TargetSpec energy = spec(TargetForm.CUMULATIVE_CHANGE, Comparator.AT_LEAST, DOWN, true, 2020, null, 2025,
                "-13.5", true);
        ProgressEvaluation midway = evaluate(energy, List.of(obs(2021, "-3"), obs(2022, "-2.5")), MID_2024);
        assertEquals(new BigDecimal("-2.8589"), midway.requiredGrowth());
        assertEquals(new BigDecimal("-2.7503"), midway.observedGrowth());
        assertEquals(new BigDecimal("0.9620"), midway.ratio());
        assertEquals(ProgressStatus.ON_TRACK, midway.status());
        assertEquals(BindingReading.MET, midway.binding());

        ProgressEvaluation done = evaluate(energy, List.of(obs(2021, "-3"), obs(2022, "-2.5"), obs(2023, "-1"),
                obs(2024, "-5"), obs(2025, "-4")), LocalDate.of(2026, 3, 1));
        assertEquals(ProgressStatus.ACHIEVED, done.status(), "−14.61 % over the period");
        assertEquals(BindingReading.MET, done.binding());

        ProgressEvaluation missed = evaluate(energy, List.of(obs(2021, "-1"), obs(2022, "-1"), obs(2023, "-1"),
                obs(2024, "-1"), obs(2025, "-1")), LocalDate.of(2026, 3, 1));
        assertEquals(ProgressStatus.LAGGING, missed.status());
        assertEquals(BindingReading.MISSED, missed.binding());
    }

    @Test
    void shareTargetsMoveLinearly() {
        // 新郑 专栏1 row 10: 研发经费投入强度 % 1.2 → 2.6; a hypothetical 1.9 in 2023.
        TargetSpec rd = spec(TargetForm.SHARE, Comparator.EXACT, UP, false, 2020, "1.2", 2025, "2.6", false);
        ProgressEvaluation evaluation = evaluate(rd, List.of(obs(2023, "1.9")), MID_2024);
        assertEquals(new BigDecimal("0.2800"), evaluation.requiredGrowth());
        assertEquals(new BigDecimal("0.2333"), evaluation.observedGrowth());
        assertEquals(new BigDecimal("0.8333"), evaluation.ratio());
        assertEquals(ProgressStatus.NEEDS_ACCELERATION, evaluation.status());
        // 郑州2024年计划: 研发投入强度达到2.8%, from 2.67 % in 2023 (2024 work report); a 2024 value of 2.72.
        TargetSpec zhengzhou = spec(TargetForm.SHARE, Comparator.AT_LEAST, UP, false, 2023, "2.67", 2024, "2.8", false);
        ProgressEvaluation rdZhengzhou = evaluate(zhengzhou, List.of(obs(2024, "2.72")), LocalDate.of(2025, 3, 1));
        assertEquals(new BigDecimal("0.3846"), rdZhengzhou.ratio());
        assertEquals(ProgressStatus.LAGGING, rdZhengzhou.status());
    }

    @Test
    void percentagePointChange() {
        // 新郑 专栏1 row 6: 城镇化率 63 → 73, i.e. +10 points over 2021–2025; 68.5 in 2023 is +5.5 in 3 years.
        TargetSpec urbanisation = spec(TargetForm.PERCENTAGE_POINT_CHANGE, Comparator.EXACT, UP, false, 2020, "63", 2025,
                "10", false);
        ProgressEvaluation evaluation = evaluate(urbanisation, List.of(obs(2023, "68.5")), MID_2024);
        assertEquals(new BigDecimal("2.0000"), evaluation.requiredGrowth());
        assertEquals(new BigDecimal("1.8333"), evaluation.observedGrowth());
        assertEquals(ProgressStatus.NEEDS_ACCELERATION, evaluation.status());
        // Read as a difference, with the level it leads to: never "目标10" beside an actual of 68.5.
        assertTrue(evaluation.explanationZh().contains("2023年实际68.5，目标提高10个百分点（至73）"),
                evaluation.explanationZh());
        assertTrue(evaluation.explanationEn().contains("target +10 points (to 73)"), evaluation.explanationEn());
    }

    @Test
    void oneYearsGrowthIsNotCalledAnAverage() {
        // A five-year average growth target with one year observed: the year's rate, not "实际年均".
        TargetSpec gdp = spec(TargetForm.AVERAGE_ANNUAL_GROWTH, Comparator.ABOUT, UP, false, 2020, "5", 2025, "7.7",
                true);
        ProgressEvaluation oneYear = evaluate(gdp, List.of(obs(2021, "5.6")), MID_2024);
        assertTrue(oneYear.explanationZh().contains("要求年均7.7，2021年实际5.6"), oneYear.explanationZh());
        assertTrue(oneYear.explanationEn().contains("observed 5.6 in 2021"), oneYear.explanationEn());
        ProgressEvaluation twoYears = evaluate(gdp, List.of(obs(2021, "5.6"), obs(2022, "6")), MID_2024);
        assertTrue(twoYears.explanationZh().contains("实际年均"), twoYears.explanationZh());
    }

    /**
     * The office's readings, target by target, hand-computed (API 示例数据 where the figures are made up): before the
     * target year's value is in, at target 提前实现, ratio ≥ 1.05 快于预期, ≥ 0.95 基本符合预期, else 滞后; once it is
     * in, 已完成 or 未完成 — whatever the ratio said before.
     */
    @Test
    void officeReadingsForEachCase() {
        LocalDate early2026 = LocalDate.of(2026, 3, 1);
        // 社会消费品零售总额 306.3 → 470 (2025): 400 in 2023 is 9.30 % a year against 8.94 % required (1.0407).
        assertEquals(OfficeReading.AS_EXPECTED, evaluate(RETAIL_SALES, List.of(obs(2023, "400")), MID_2024).reading());
        // 420 in 2023: 11.11 % a year, ratio 1.2428: faster than required.
        assertEquals(OfficeReading.AHEAD, evaluate(RETAIL_SALES, List.of(obs(2023, "420")), MID_2024).reading());
        // 471 in 2024, a year early.
        assertEquals(OfficeReading.EARLY_ACHIEVED,
                evaluate(RETAIL_SALES, List.of(obs(2024, "471")), MID_2024).reading());
        // 350 in 2023: ratio 0.5085.
        assertEquals(OfficeReading.BEHIND, evaluate(RETAIL_SALES, List.of(obs(2023, "350")), MID_2024).reading());
        // The 2025 value in: 471 completed, 460 not (even though 460 was ahead of pace in earlier years' terms).
        assertEquals(OfficeReading.COMPLETED,
                evaluate(RETAIL_SALES, List.of(obs(2025, "471")), early2026).reading());
        ProgressEvaluation missed = evaluate(RETAIL_SALES, List.of(obs(2025, "460")), early2026);
        assertEquals(OfficeReading.NOT_COMPLETED, missed.reading());
        assertTrue(missed.explanationZh().startsWith("未完成："), missed.explanationZh());
        // 郑州2024年计划 地区生产总值增长7%左右 against 5.7 % (2025 bulletin): not completed; 6.9 % is within 左右.
        TargetSpec gdp = spec(TargetForm.ANNUAL_GROWTH, Comparator.ABOUT, UP, false, 2023, null, 2024, "7", true);
        assertEquals(OfficeReading.NOT_COMPLETED, evaluate(gdp, List.of(obs(2024, "5.7")), early2026).reading());
        assertEquals(OfficeReading.COMPLETED, evaluate(gdp, List.of(obs(2024, "6.9")), early2026).reading());
        // No value: not assessable, and says why.
        ProgressEvaluation none = evaluate(RETAIL_SALES, List.of(), MID_2024);
        assertEquals(OfficeReading.NOT_ASSESSABLE, none.reading());
        assertTrue(none.explanationZh().startsWith("无法评估："), none.explanationZh());
    }

    @Test
    void lowerIsBetterCeilingWithItsAboutBand() {
        // 郑州2024年计划: 城镇调查失业率5.5%左右, a ceiling: up to 5.61 % is met.
        TargetSpec unemployment = spec(TargetForm.SHARE, Comparator.ABOUT, DOWN, false, 2023, null, 2024, "5.5", false);
        LocalDate asOf = LocalDate.of(2025, 2, 1);
        assertEquals(ProgressStatus.ACHIEVED, evaluate(unemployment, List.of(obs(2024, "5.4")), asOf).status());
        assertEquals(ProgressStatus.ACHIEVED, evaluate(unemployment, List.of(obs(2024, "5.61")), asOf).status());
        ProgressEvaluation above = evaluate(unemployment, List.of(obs(2024, "5.7")), asOf);
        assertEquals(ProgressStatus.NOT_ASSESSABLE, above.status(), "one point above the bound, no base: no trend");
        assertEquals(NotAssessableReason.SINGLE_POINT, above.reason());
        // 新郑 专栏1 row 13: 调查失业率 3 → 3 (a cap the base meets): staying under it is achieving it.
        TargetSpec xinzheng = spec(TargetForm.LEVEL, Comparator.EXACT, DOWN, false, 2020, "3", 2025, "3", false);
        assertEquals(ProgressStatus.ACHIEVED, evaluate(xinzheng, List.of(obs(2023, "2.9")), MID_2024).status());
        assertEquals(ProgressStatus.LAGGING,
                evaluate(xinzheng, List.of(obs(2022, "3.4"), obs(2023, "3.2")), MID_2024).status(), "above, falling");
        assertEquals(ProgressStatus.DETERIORATING,
                evaluate(xinzheng, List.of(obs(2022, "3.2"), obs(2023, "3.4")), MID_2024).status(), "above, rising");
    }

    @Test
    void theCasesTheMethodCannotAssessSayWhy() {
        // 新郑 专栏1 row 2: 全员劳动生产率 # - #: the target is not set.
        TargetSpec productivity = spec(TargetForm.LEVEL, Comparator.EXACT, UP, false, 2020, null, 2025, null, false);
        assertEquals(NotAssessableReason.NO_TARGET_VALUE, evaluate(productivity, List.of(obs(2023, "20")), MID_2024)
                .reason());
        assertEquals(NotAssessableReason.NO_OBSERVATIONS, evaluate(RETAIL_SALES, List.of(), MID_2024).reason());
        assertEquals(NotAssessableReason.NO_OBSERVATIONS,
                evaluate(RETAIL_SALES, List.of(obs(2025, "480")), MID_2024).reason(), "values after the date are unseen");
        TargetSpec noBase = spec(TargetForm.LEVEL, Comparator.EXACT, UP, false, 2020, null, 2025, "470", false);
        assertEquals(NotAssessableReason.SINGLE_POINT, evaluate(noBase, List.of(obs(2023, "400")), MID_2024).reason());
        TargetSpec negativeBase = spec(TargetForm.LEVEL, Comparator.EXACT, UP, false, 2020, "-5", 2025, "10", false);
        ProgressEvaluation sign = evaluate(negativeBase, List.of(obs(2023, "4")), MID_2024);
        assertEquals(NotAssessableReason.SIGN_CHANGE, sign.reason());
        assertTrue(sign.explanationEn().contains("growth is undefined"));
        TargetSpec rank = spec(TargetForm.RANK, Comparator.AT_MOST, DOWN, false, 2020, "5", 2025, "3", false);
        assertEquals(NotAssessableReason.UNSUPPORTED_FORM, evaluate(rank, List.of(obs(2023, "4")), MID_2024).reason());
    }

    @Test
    void elapsedShareOfThePlanPeriod() {
        // 2021-01-01 … 2025-12-31: by 2024-01-01, 1,095 of 1,826 days.
        assertEquals(new BigDecimal("0.5997"), ProgressEvaluator.elapsedShare(RETAIL_SALES, LocalDate.of(2024, 1, 1)));
        assertEquals(new BigDecimal("0.0000"), ProgressEvaluator.elapsedShare(RETAIL_SALES, LocalDate.of(2019, 1, 1)));
        assertEquals(new BigDecimal("1.0000"), ProgressEvaluator.elapsedShare(RETAIL_SALES, LocalDate.of(2027, 1, 1)));
    }

    @Test
    void bindingTargetMidPeriodIsAtRiskWhenBehind() {
        // 新郑 专栏1 row 14: 每千人拥有执业医师数 1.7 → 2.5, 约束性; a hypothetical 1.8 in 2023.
        TargetSpec doctors = spec(TargetForm.LEVEL, Comparator.EXACT, UP, true, 2020, "1.7", 2025, "2.5", false);
        ProgressEvaluation evaluation = evaluate(doctors, List.of(obs(2023, "1.8")), MID_2024);
        assertEquals(ProgressStatus.LAGGING, evaluation.status());
        assertEquals(BindingReading.AT_RISK, evaluation.binding());
        assertTrue(evaluation.explanationZh().contains("约束性：有风险"), evaluation.explanationZh());
    }

    private static ProgressEvaluation evaluate(TargetSpec target, List<ObservedValue> observed, LocalDate asOf) {
        return ProgressEvaluator.evaluate(target, observed, asOf);
    }

    private static TargetSpec spec(TargetForm form, Comparator comparator, IndicatorDirection direction, boolean binding,
            int baselineYear, String baseline, int targetYear, String target, boolean rates) {
        return new TargetSpec(form, comparator, direction, binding, baselineYear,
                baseline == null ? null : new BigDecimal(baseline), targetYear,
                target == null ? null : new BigDecimal(target), null, rates);
    }

    private static ObservedValue obs(int year, String value) {
        return new ObservedValue(year, new BigDecimal(value));
    }
}
