package io.planmonitor.gateway.dashboards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.planmonitor.common.v1.Decimal;
import io.planmonitor.common.v1.Provenance;
import io.planmonitor.indicators.v1.Indicator;
import io.planmonitor.indicators.v1.ProgressEvaluation;
import io.planmonitor.indicators.v1.ProgressStatus;
import io.planmonitor.indicators.v1.Target;
import io.planmonitor.indicators.v1.TargetAttribute;
import io.planmonitor.indicators.v1.TargetForm;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanTableTest {

    @Test
    void rowsFollowTheDocumentsNumberingThenTheProse() {
        List<Target> targets = List.of(target("p-tech", "第二章第三节"), target("t10", "专栏1 第10行"),
                target("t02", "专栏1 第2行"));
        List<PlanDashboardJson.Row> rows = PlanTable.rows(targets, Map.of(), Map.of(), Map.of(), "");
        assertEquals(List.of("plans/x/targets/t02", "plans/x/targets/t10", "plans/x/targets/p-tech"),
                rows.stream().map(PlanDashboardJson.Row::target).toList());
        assertEquals(List.of(2, 10, 3), rows.stream().map(PlanDashboardJson.Row::number).toList());
        assertEquals(List.of("plans/x/targets/t02", "plans/x/targets/t10"),
                PlanTable.rows(targets, Map.of(), Map.of(), Map.of(), "专栏1").stream().map(PlanDashboardJson.Row::target).toList());
    }

    @Test
    void aRowCarriesTheIndicatorTheEvaluationAndTheBaseObserved() {
        Target retail = target("t03", "专栏1 第3行").toBuilder().setTargetValue(decimal("470"))
                .setAttribute(TargetAttribute.TARGET_ATTRIBUTE_EXPECTED).build();
        ProgressEvaluation evaluation = ProgressEvaluation.newBuilder().setTarget(retail.getName())
                .setStatus(ProgressStatus.PROGRESS_STATUS_NOT_ASSESSABLE).setBaselineValue(decimal("306.3"))
                .setExplanationZh("无法评估：暂无实际值").build();
        Indicator indicator = Indicator.newBuilder().setName("indicators/retail-sales").setDisplayName("社会消费品零售总额")
                .setUnit("亿元").build();
        PlanDashboardJson.Row row = PlanTable.rows(List.of(retail), Map.of(retail.getName(), evaluation),
                Map.of("indicators/retail-sales", indicator),
                Map.of(retail.getName(), "未指定责任单位应报送2023年数据，尚未报送任何数据。"), "").get(0);
        assertEquals("社会消费品零售总额", row.indicatorName());
        assertNull(row.baselineValue(), "the plan gives none");
        assertEquals("306.3", row.baselineObserved(), "the value observed in the base year");
        assertEquals("470", row.targetValue());
        assertNull(row.averageGrowth(), "only average-growth targets fill 年均增长");
        assertEquals("预期性", row.attributeZh());
        assertEquals("NOT_ASSESSABLE", row.status());
        assertEquals("未指定责任单位应报送2023年数据，尚未报送任何数据。", row.staleZh(), "what is owed, when it is late");
        assertNull(row.reportingFrequency(), "unset: read as yearly");
    }

    private static Target target(String id, String location) {
        return Target.newBuilder().setName("plans/x/targets/" + id).setIndicator("indicators/retail-sales")
                .setBaselineYear(2020).setTargetYear(2025).setForm(TargetForm.TARGET_FORM_LEVEL).setUnit("亿元")
                .setProvenance(Provenance.newBuilder().setLocation(location)).build();
    }

    private static Decimal decimal(String value) {
        return Decimal.newBuilder().setValue(value).build();
    }
}
