package io.planmonitor.gateway.imports;

import static io.planmonitor.gateway.imports.CsvTable.cell;

import io.planmonitor.common.v1.Decimal;
import io.planmonitor.gateway.api.ProtoJson;
import io.planmonitor.gateway.problems.InvalidFieldException;
import io.planmonitor.indicators.v1.Observation;
import io.planmonitor.indicators.v1.ObservationStatus;
import io.planmonitor.indicators.v1.Period;
import io.planmonitor.indicators.v1.PeriodKind;
import io.planmonitor.indicators.v1.RecordObservationRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads observed values from a CSV: 指标编号, 地区代码, 期间 (YEAR, QUARTER, MONTH or SPAN; YEAR when empty), 年份,
 * 季度, 月份, 截止年份, 值, 状态 (PRELIMINARY, FINAL, REVISED, ESTIMATED), 来源, 原文. Cells that cannot be read are
 * reported with row and column; the service checks the rest, as it checks a single value.
 */
final class ObservationCsv {

    static final Set<String> REQUIRED = Set.of("指标编号", "地区代码", "年份", "值", "状态", "来源");
    /** Proto field paths of RecordObservationRequest → the column that holds them. */
    static final Map<String, String> COLUMN_OF_FIELD = Map.ofEntries(
            Map.entry("parent", "指标编号"), Map.entry("observation.region", "地区代码"),
            Map.entry("observation.period.kind", "期间"), Map.entry("observation.period.year", "年份"),
            Map.entry("observation.period.quarter", "季度"), Map.entry("observation.period.month", "月份"),
            Map.entry("observation.period.end_year", "截止年份"), Map.entry("observation.period", "年份"),
            Map.entry("observation.value", "值"), Map.entry("observation.status", "状态"),
            Map.entry("observation.source", "来源"), Map.entry("observation.quote", "原文"));

    /** One data row: its spreadsheet row number, the request it makes, or the cells that could not be read. */
    record Row(long number, RecordObservationRequest request, List<ImportReport.RowError> errors) implements ImportedRow {
    }

    private ObservationCsv() {
    }

    static List<Row> read(String csv) {
        return CsvTable.read(csv, REQUIRED).stream().map(ObservationCsv::row).toList();
    }

    static String columnOf(String field) {
        return CsvTable.columnOf(COLUMN_OF_FIELD, field);
    }

    private static Row row(CSVRecord record) {
        long number = CsvTable.rowNumber(record);
        List<ImportReport.RowError> errors = new ArrayList<>();
        Period.Builder period = Period.newBuilder();
        String kind = cell(record, "期间");
        try {
            period.setKind(kind.isEmpty() ? PeriodKind.PERIOD_KIND_YEAR
                    : ProtoJson.enumValue(kind, PeriodKind.class, "PERIOD_KIND_", "期间"));
        } catch (InvalidFieldException e) {
            errors.add(new ImportReport.RowError(number, "期间", e.getMessage()));
        }
        number(record, "年份", true, number, errors, period::setYear);
        number(record, "季度", false, number, errors, period::setQuarter);
        number(record, "月份", false, number, errors, period::setMonth);
        number(record, "截止年份", false, number, errors, period::setEndYear);
        Observation.Builder observation = Observation.newBuilder()
                .setRegion("regions/" + cell(record, "地区代码"))
                .setPeriod(period)
                .setValue(Decimal.newBuilder().setValue(cell(record, "值")))
                .setSource(cell(record, "来源"))
                .setQuote(cell(record, "原文"));
        try {
            observation.setStatus(ProtoJson.enumValue(cell(record, "状态"), ObservationStatus.class,
                    "OBSERVATION_STATUS_", "状态"));
        } catch (InvalidFieldException e) {
            errors.add(new ImportReport.RowError(number, "状态", e.getMessage()));
        }
        RecordObservationRequest request = RecordObservationRequest.newBuilder()
                .setParent("indicators/" + cell(record, "指标编号"))
                .setObservation(observation)
                .build();
        return new Row(number, request, errors);
    }

    private static void number(CSVRecord record, String column, boolean required, long number,
            List<ImportReport.RowError> errors, IntConsumer setter) {
        String value = cell(record, column);
        if (value.isEmpty() && !required) {
            return;
        }
        try {
            setter.accept(Integer.parseInt(value));
        } catch (NumberFormatException e) {
            errors.add(new ImportReport.RowError(number, column, "must be a whole number, not '" + value + "'"));
        }
    }
}
