package io.planmonitor.gateway.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.planmonitor.gateway.exports.Xlsx;
import io.planmonitor.gateway.problems.InvalidFieldException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class XlsxSheetTest {

    @Test
    void aWrittenWorkbookReadsBackAsTheSameTableWithExactNumbers() {
        byte[] workbook = Xlsx.write("指标", List.of("序号", "指标", "基期值", "目标值", "地区代码", "原文"), List.of(
                Arrays.asList("1", "地区生产总值", "1283.8", "1900", "410184", "地区生产总值\t亿元\t1283.8"),
                Arrays.asList("2", "研发投入强度", "0.10", null, "410184", "含,逗号与\"引号\"")));
        assertEquals("序号,指标,基期值,目标值,地区代码,原文\r\n"
                + "1,地区生产总值,1283.8,1900,410184,地区生产总值\t亿元\t1283.8\r\n"
                + "2,研发投入强度,0.10,,410184,\"含,逗号与\"\"引号\"\"\"\r\n", XlsxSheet.firstSheetAsCsv(workbook));
    }

    @Test
    void somethingElseIsABadBodyNotAServerError() {
        InvalidFieldException refused = assertThrows(InvalidFieldException.class,
                () -> XlsxSheet.firstSheetAsCsv("序号,指标".getBytes(StandardCharsets.UTF_8)));
        assertEquals("body", refused.field());
    }
}
