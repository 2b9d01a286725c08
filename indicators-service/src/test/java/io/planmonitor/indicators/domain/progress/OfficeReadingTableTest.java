package io.planmonitor.indicators.domain.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.planmonitor.indicators.domain.Comparator;
import io.planmonitor.indicators.domain.IndicatorDirection;
import io.planmonitor.indicators.domain.TargetForm;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The office's readings over every target form and comparator, mid-period and after the period, each row checked
 * against a ratio computed by hand (34-digit decimals, separately from the code: observed yearly pace ÷ required
 * yearly pace, to four places). Targets are the seed documents' (新郑市's outline unless said); every observed value is
 * made up (API 示例数据) so that each row lands where it is meant to. Repeated and conflicting statements of one target
 * are PlanEvaluationGrpcTest's and the seed dataset's end-to-end test's.
 */
class OfficeReadingTableTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        # what                                 | form                    | comparator | direction      | binding | base year | base  | target year | target | upper | rates | observed                      | as of      | status             | reading        | ratio   | binding reading
        社会消费品零售总额 306.3→470, 2023 400    | LEVEL                   | EXACT      | HIGHER_IS_BETTER | false | 2020 | 306.3 | 2025 | 470   | -  | false | 2023:400                        | 2024-07-01 | ON_TRACK           | AS_EXPECTED    | 1.0407  | -
        社会消费品零售总额, 2023 420 (≥1.05)      | LEVEL                   | EXACT      | HIGHER_IS_BETTER | false | 2020 | 306.3 | 2025 | 470   | -  | false | 2023:420                        | 2024-07-01 | ON_TRACK           | AHEAD          | 1.2411  | -
        社会消费品零售总额, 2023 below the base   | LEVEL                   | EXACT      | HIGHER_IS_BETTER | false | 2020 | 306.3 | 2025 | 470   | -  | false | 2023:290                        | 2024-07-01 | DETERIORATING      | BEHIND         | -0.2020 | -
        社会消费品零售总额 reached in 2024        | LEVEL                   | EXACT      | HIGHER_IS_BETTER | false | 2020 | 306.3 | 2025 | 470   | -  | false | 2023:400;2024:471               | 2025-03-01 | ACHIEVED           | EARLY_ACHIEVED | 1.2703  | -
        社会消费品零售总额, 2025 465: period over | LEVEL                   | EXACT      | HIGHER_IS_BETTER | false | 2020 | 306.3 | 2025 | 470   | -  | false | 2025:465                        | 2026-03-01 | NEEDS_ACCELERATION | NOT_COMPLETED  | 0.9740  | -
        社会消费品零售总额, 2025 475: period over | LEVEL                   | EXACT      | HIGHER_IS_BETTER | false | 2020 | 306.3 | 2025 | 470   | -  | false | 2025:475                        | 2026-03-01 | ACHIEVED           | COMPLETED      | 1.0258  | -
        常住人口城镇化率 提高10个百分点 (63)       | PERCENTAGE_POINT_CHANGE | EXACT      | HIGHER_IS_BETTER | false | 2020 | 63    | 2025 | 10    | -  | false | 2023:69.1                       | 2024-07-01 | ON_TRACK           | AS_EXPECTED    | 1.0167  | -
        地区生产总值增长 7.7左右, three rates      | AVERAGE_ANNUAL_GROWTH   | ABOUT      | HIGHER_IS_BETTER | false | 2020 | -     | 2025 | 7.7   | -  | true  | 2021:6.0;2022:3.5;2023:7.0      | 2024-07-01 | NEEDS_ACCELERATION | BEHIND         | 0.7129  | -
        一般公共预算收入 年均增长7.5 from levels   | AVERAGE_ANNUAL_GROWTH   | EXACT      | HIGHER_IS_BETTER | false | 2020 | 82    | 2025 | 7.5   | -  | false | 2023:100                        | 2024-07-01 | NEEDS_ACCELERATION | BEHIND         | 0.9118  | -
        研发经费投入强度 1.2→2.6 (share)          | SHARE                   | EXACT      | HIGHER_IS_BETTER | false | 2020 | 1.2   | 2025 | 2.6   | -  | false | 2023:1.9                        | 2024-07-01 | NEEDS_ACCELERATION | BEHIND         | 0.8333  | -
        单位GDP能耗降低13.5% (binding), −3 a year | CUMULATIVE_CHANGE       | AT_LEAST   | LOWER_IS_BETTER  | true  | 2020 | -     | 2025 | -13.5 | -  | true  | 2021:-3;2022:-3;2023:-3         | 2024-07-01 | ON_TRACK           | AS_EXPECTED    | 1.0494  | MET
        单位GDP能耗降低13.5%, −2 a year to 2025   | CUMULATIVE_CHANGE       | AT_LEAST   | LOWER_IS_BETTER  | true  | 2020 | -     | 2025 | -13.5 | -  | true  | 2021:-2;2022:-2;2023:-2;2024:-2;2025:-2 | 2026-06-01 | NEEDS_ACCELERATION | NOT_COMPLETED | 0.6996 | MISSED
        细颗粒物浓度 60→45以内 (a ceiling)        | LEVEL                   | AT_MOST    | LOWER_IS_BETTER  | false | 2020 | 60    | 2025 | 45    | -  | false | 2023:50                         | 2024-07-01 | ON_TRACK           | AHEAD          | 1.0546  | -
        郑州2024年计划 增长6以上, 5.2 reported    | ANNUAL_GROWTH           | AT_LEAST   | HIGHER_IS_BETTER | false | 2023 | -     | 2024 | 6     | -  | true  | 2024:5.2                        | 2025-02-01 | NEEDS_ACCELERATION | NOT_COMPLETED  | 0.8667  | -
        居民消费价格涨幅 2–3 (a range), 2.5        | LEVEL                   | RANGE      | HIGHER_IS_BETTER | false | 2023 | -     | 2024 | 2     | 3  | false | 2024:2.5                        | 2025-02-01 | ACHIEVED           | COMPLETED      | -       | -
        战略性新兴产业增加值占比 未设定 (#)        | SHARE                   | EXACT      | HIGHER_IS_BETTER | false | 2020 | -     | 2025 | -     | -  | false | 2023:30                         | 2024-07-01 | NOT_ASSESSABLE     | NOT_ASSESSABLE | -       | -
        全省排名 (a rank)                         | RANK                    | EXACT      | HIGHER_IS_BETTER | false | 2020 | 5     | 2025 | 3     | -  | false | 2023:4                          | 2024-07-01 | NOT_ASSESSABLE     | NOT_ASSESSABLE | -       | -
        """)
    void readsAsComputedByHand(String what, TargetForm form, Comparator comparator, IndicatorDirection direction,
            boolean binding, int baseYear, String base, int targetYear, String target, String upper, boolean rates,
            String observed, String asOf, ProgressStatus status, OfficeReading reading, String ratio,
            BindingReading bindingReading) {
        TargetSpec spec = new TargetSpec(form, comparator, direction, binding, baseYear, decimal(base), targetYear,
                decimal(target), decimal(upper), rates);
        List<ObservedValue> values = Arrays.stream(observed.split(";")).map(pair -> pair.split(":"))
                .map(pair -> new ObservedValue(Integer.parseInt(pair[0]), new BigDecimal(pair[1]))).toList();
        ProgressEvaluation evaluation = ProgressEvaluator.evaluate(spec, values, LocalDate.parse(asOf));
        assertEquals(status, evaluation.status(), what);
        assertEquals(reading, evaluation.reading(), what);
        assertEquals(decimal(ratio), evaluation.ratio(), what);
        assertEquals(bindingReading, evaluation.binding(), what);
    }

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
