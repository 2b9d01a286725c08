package io.planmonitor.gateway.imports;

import static io.planmonitor.gateway.imports.CsvTable.cell;

import io.planmonitor.common.v1.Decimal;
import io.planmonitor.common.v1.Provenance;
import io.planmonitor.gateway.api.ChineseLabels;
import io.planmonitor.gateway.dashboards.PlanTable;
import io.planmonitor.gateway.plans.PlanningJsonMapper;
import io.planmonitor.indicators.v1.Comparator;
import io.planmonitor.indicators.v1.CreateTargetRequest;
import io.planmonitor.indicators.v1.ReportingFrequency;
import io.planmonitor.indicators.v1.Target;
import io.planmonitor.indicators.v1.TargetAttribute;
import io.planmonitor.indicators.v1.TargetForm;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads targets from a CSV in the columns the export writes (指标编号, 单位, 基期年份, 基期值, 目标年份, 目标值, 上限, 形式,
 * 比较, 力争, 属性, 文件, 位置, 原文, 目标, 上级目标, 责任单位, 报送频率); the other columns (the reading) are ignored. A cell that cannot be read is
 * reported with its row and column; the service checks the rest.
 */
final class TargetCsv {

    static final Set<String> REQUIRED = Set.of("指标编号", "单位", "基期年份", "目标年份", "形式", "属性");
    /** Proto field paths of CreateTargetRequest → the column that holds them. */
    static final Map<String, String> COLUMN_OF_FIELD = Map.ofEntries(
            Map.entry("target_id", "目标"), Map.entry("target.indicator", "指标编号"), Map.entry("target.unit", "单位"),
            Map.entry("target.baseline_year", "基期年份"), Map.entry("target.baseline_value", "基期值"),
            Map.entry("target.target_year", "目标年份"), Map.entry("target.target_value", "目标值"),
            Map.entry("target.upper_bound", "上限"), Map.entry("target.form", "形式"),
            Map.entry("target.comparator", "比较"), Map.entry("target.attribute", "属性"),
            Map.entry("target.region", "目标"), Map.entry("target.provenance.document", "文件"),
            Map.entry("target.provenance.location", "位置"), Map.entry("target.provenance.quote", "原文"),
            Map.entry("target.parent_target", "上级目标"), Map.entry("target.responsible_unit", "责任单位"),
            Map.entry("target.reporting_frequency", "报送频率"));

    /** One data row: its spreadsheet row number, the request it makes, or the cells that could not be read. */
    record Row(long number, CreateTargetRequest request, List<ImportReport.RowError> errors) implements ImportedRow {
    }

    private TargetCsv() {
    }

    static List<Row> read(String csv) {
        return CsvTable.read(csv, REQUIRED).stream().map(TargetCsv::row).toList();
    }

    /** The column for a service's field path (target.baseline_value.value → 基期值); the path itself when unknown. */
    static String columnOf(String field) {
        return CsvTable.columnOf(COLUMN_OF_FIELD, field);
    }

    private static Row row(CSVRecord record) {
        long number = CsvTable.rowNumber(record);
        List<ImportReport.RowError> errors = new ArrayList<>();
        Target.Builder target = Target.newBuilder()
                .setIndicator("indicators/" + cell(record, "指标编号"))
                .setUnit(cell(record, "单位"))
                .setStretch(!cell(record, "力争").isEmpty());
        year(record, "基期年份", number, errors, target::setBaselineYear);
        year(record, "目标年份", number, errors, target::setTargetYear);
        decimal(record, "基期值", target::setBaselineValue);
        decimal(record, "目标值", target::setTargetValue);
        decimal(record, "上限", target::setUpperBound);
        try {
            target.setForm(TargetForm.valueOf("TARGET_FORM_" + cell(record, "形式")));
        } catch (IllegalArgumentException e) {
            errors.add(new ImportReport.RowError(number, "形式", "must be one of LEVEL, ANNUAL_GROWTH, "
                    + "AVERAGE_ANNUAL_GROWTH, CUMULATIVE_CHANGE, PERCENTAGE_POINT_CHANGE, SHARE, RANK"));
        }
        String comparator = cell(record, "比较");
        String code = ChineseLabels.valueOf(PlanTable.COMPARATOR_ZH, comparator);
        if (code == null) {
            errors.add(new ImportReport.RowError(number, "比较", "must be 左右, 以上, 以内, 区间 or empty (exact)"));
        } else if (!code.equals("EXACT") || target.hasTargetValue()) {
            target.setComparator(Comparator.valueOf("COMPARATOR_" + code));
        }
        String attribute = ChineseLabels.valueOf(PlanTable.ATTRIBUTE_ZH, cell(record, "属性"));
        if (attribute == null || attribute.isEmpty()) {
            errors.add(new ImportReport.RowError(number, "属性", "must be 约束性 or 预期性"));
        } else {
            target.setAttribute(TargetAttribute.valueOf(PlanningJsonMapper.ATTRIBUTE + attribute));
        }
        target.setParentTarget(cell(record, "上级目标")).setResponsibleUnit(cell(record, "责任单位"));
        String frequency = cell(record, "报送频率");
        String frequencyCode = ChineseLabels.valueOf(ChineseLabels.REPORTING_FREQUENCY, frequency);
        if (frequencyCode != null) {
            target.setReportingFrequency(ReportingFrequency.valueOf(PlanningJsonMapper.FREQUENCY + frequencyCode));
        } else if (!frequency.isEmpty()) {
            errors.add(new ImportReport.RowError(number, "报送频率", "must be 年报, 季报, 月报 (YEARLY, QUARTERLY, MONTHLY) "
                    + "or empty (yearly)"));
        }
        target.setProvenance(Provenance.newBuilder().setDocument(cell(record, "文件")).setLocation(cell(record, "位置"))
                .setQuote(cell(record, "原文")));
        String name = cell(record, "目标");
        CreateTargetRequest request = CreateTargetRequest.newBuilder()
                .setTargetId(name.substring(name.lastIndexOf('/') + 1))
                .setTarget(target)
                .build();
        return new Row(number, request, errors);
    }

    private static void year(CSVRecord record, String column, long number, List<ImportReport.RowError> errors,
            java.util.function.IntConsumer setter) {
        String value = cell(record, column);
        try {
            setter.accept(Integer.parseInt(value));
        } catch (NumberFormatException e) {
            errors.add(new ImportReport.RowError(number, column, "must be a year such as 2025, not '" + value + "'"));
        }
    }

    private static void decimal(CSVRecord record, String column, java.util.function.Consumer<Decimal> setter) {
        String value = cell(record, column);
        if (!value.isEmpty()) {
            setter.accept(Decimal.newBuilder().setValue(value).build());
        }
    }
}
