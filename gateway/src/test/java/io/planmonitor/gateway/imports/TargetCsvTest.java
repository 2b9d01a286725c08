package io.planmonitor.gateway.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planmonitor.gateway.problems.InvalidFieldException;
import io.planmonitor.indicators.v1.Comparator;
import io.planmonitor.indicators.v1.ReportingFrequency;
import io.planmonitor.indicators.v1.Target;
import io.planmonitor.indicators.v1.TargetAttribute;
import io.planmonitor.indicators.v1.TargetForm;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetCsvTest {

    private static final String HEADER = "\uFEFF序号,指标,指标编号,单位,基期年份,基期值,目标年份,目标值,上限,形式,比较,力争,属性,位置,原文,目标\r\n";

    @Test
    void aRowBecomesTheTargetItWasExportedFrom() {
        List<TargetCsv.Row> rows = TargetCsv.read(HEADER
                + "3,社会消费品零售总额,retail-sales,亿元,2020,306.3,2025,470,,LEVEL,,,预期性,专栏1 第3行,"
                + "社会消费品零售总额 亿元 306.3 470 9 预期性,plans/xinzheng/targets/t03-retail-sales\r\n"
                + "2,全员劳动生产率,labour-productivity,万元/人,2020,,2025,,,LEVEL,,,预期性,专栏1 第2行,,t02\r\n");
        Target retail = rows.get(0).request().getTarget();
        assertEquals(2, rows.get(0).number(), "the header is row 1");
        assertEquals("t03-retail-sales", rows.get(0).request().getTargetId());
        assertEquals("indicators/retail-sales", retail.getIndicator());
        assertEquals("470", retail.getTargetValue().getValue());
        assertEquals("306.3", retail.getBaselineValue().getValue());
        assertEquals(TargetForm.TARGET_FORM_LEVEL, retail.getForm());
        assertEquals(Comparator.COMPARATOR_EXACT, retail.getComparator(), "an empty 比较 with a value is exact");
        assertEquals(TargetAttribute.TARGET_ATTRIBUTE_EXPECTED, retail.getAttribute());
        assertEquals("专栏1 第3行", retail.getProvenance().getLocation());
        Target unset = rows.get(1).request().getTarget();
        assertFalse(unset.hasTargetValue());
        assertEquals(Comparator.COMPARATOR_UNSPECIFIED, unset.getComparator(), "no value, nothing to qualify");
    }

    @Test
    void theAccountabilityColumnsAreRead() {
        String header = "指标编号,单位,基期年份,目标年份,形式,属性,目标,上级目标,责任单位,报送频率\r\n";
        List<TargetCsv.Row> rows = TargetCsv.read(header
                + "retail-sales,亿元,2023,2024,LEVEL,预期性,t01,plans/city/targets/t01,测试用商务部门,季报\r\n"
                + "retail-sales,亿元,2023,2024,LEVEL,预期性,t02,,,MONTHLY\r\n"
                + "retail-sales,亿元,2023,2024,LEVEL,预期性,t03,,,每周\r\n");
        Target share = rows.get(0).request().getTarget();
        assertEquals("plans/city/targets/t01", share.getParentTarget());
        assertEquals("测试用商务部门", share.getResponsibleUnit());
        assertEquals(ReportingFrequency.REPORTING_FREQUENCY_QUARTERLY, share.getReportingFrequency());
        assertEquals(ReportingFrequency.REPORTING_FREQUENCY_MONTHLY, rows.get(1).request().getTarget()
                .getReportingFrequency(), "the code is read as well as the word");
        assertEquals(List.of("报送频率"), rows.get(2).errors().stream().map(ImportReport.RowError::column).toList());
        assertEquals("报送频率", TargetCsv.columnOf("target.reporting_frequency"));
    }

    @Test
    void unreadableCellsAreReportedWithTheirRowAndColumn() {
        List<TargetCsv.Row> rows = TargetCsv.read(HEADER
                + "1,地区生产总值增长率,gdp-growth,%,二〇二〇,5,2025,7.7,,AVERAGE,大约,,偏好性,,,t01\r\n");
        assertEquals(List.of("基期年份", "形式", "比较", "属性"),
                rows.get(0).errors().stream().map(ImportReport.RowError::column).toList());
        assertTrue(rows.get(0).errors().stream().allMatch(error -> error.row() == 2));
    }

    @Test
    void aHeaderWithoutTheNeededColumnsIsRefused() {
        InvalidFieldException refused = assertThrows(InvalidFieldException.class,
                () -> TargetCsv.read("指标,目标值\r\n社会消费品零售总额,470\r\n"));
        assertEquals("body", refused.field());
        assertTrue(refused.getMessage().contains("指标编号"), refused.getMessage());
    }

    @Test
    void aServiceFieldPathNamesItsColumn() {
        assertEquals("基期值", TargetCsv.columnOf("target.baseline_value.value"));
        assertEquals("单位", TargetCsv.columnOf("target.unit"));
        assertEquals("目标", TargetCsv.columnOf("target_id"));
    }
}
