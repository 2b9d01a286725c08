package io.planmonitor.gateway.imports;

import static io.planmonitor.gateway.imports.CsvTable.cell;

import io.planmonitor.common.v1.Decimal;
import io.planmonitor.common.v1.Money;
import io.planmonitor.common.v1.Provenance;
import io.planmonitor.gateway.api.ChineseLabels;
import io.planmonitor.gateway.api.ProtoJson;
import io.planmonitor.gateway.exports.ExportColumns;
import io.planmonitor.gateway.problems.InvalidFieldException;
import io.planmonitor.projects.v1.CreateProjectRequest;
import io.planmonitor.projects.v1.InvestmentReportingFrequency;
import io.planmonitor.projects.v1.Project;
import io.planmonitor.projects.v1.ProjectLevel;
import io.planmonitor.projects.v1.ProjectStage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads key projects from a CSV in the columns of the project export (项目编号, 项目名称, 地区代码, 领域, 阶段, 级别,
 * 总投资(元), 所在专栏, 规划, 原文, 业主单位, 计划开工, 计划竣工, 国家项目代码, 关联指标, 关联目标, 文件, 位置, 责任单位,
 * 报送频率 — 月报 or 季报). An empty
 * 项目编号 lets the service choose the id. Cells that cannot be read are reported with row and column; the service
 * checks the rest, as it checks a single project.
 */
final class ProjectCsv {

    static final Set<String> REQUIRED = Set.of("项目名称", "地区代码");
    /** Proto field paths of CreateProjectRequest → the column that holds them. */
    static final Map<String, String> COLUMN_OF_FIELD = Map.ofEntries(
            Map.entry("project_id", "项目编号"), Map.entry("project.display_name", "项目名称"),
            Map.entry("project.region_code", "地区代码"), Map.entry("project.sector", "领域"),
            Map.entry("project.stage", "阶段"), Map.entry("project.level", "级别"),
            Map.entry("project.total_investment", "总投资(元)"), Map.entry("project.plan_section", "所在专栏"),
            Map.entry("project.plan", "规划"), Map.entry("project.provenance.quote", "原文"),
            Map.entry("project.owner_organization", "业主单位"), Map.entry("project.planned_start_date", "计划开工"),
            Map.entry("project.planned_completion_date", "计划竣工"), Map.entry("project.national_code", "国家项目代码"),
            Map.entry("project.indicators", "关联指标"), Map.entry("project.targets", "关联目标"),
            Map.entry("project.provenance.document", "文件"), Map.entry("project.provenance.location", "位置"),
            Map.entry("project.responsible_unit", "责任单位"), Map.entry("project.investment_reporting", "报送频率"));

    /** One data row: its spreadsheet row number, the request it makes, or the cells that could not be read. */
    record Row(long number, CreateProjectRequest request, List<ImportReport.RowError> errors) implements ImportedRow {
    }

    private ProjectCsv() {
    }

    static List<Row> read(String csv) {
        return CsvTable.read(csv, REQUIRED).stream().map(ProjectCsv::row).toList();
    }

    /** The column for a service's field path (project.indicators[0] → 关联指标); the path itself when unknown. */
    static String columnOf(String field) {
        return CsvTable.columnOf(COLUMN_OF_FIELD, field.replaceAll("\\[\\d+]", ""));
    }

    private static Row row(CSVRecord record) {
        long number = CsvTable.rowNumber(record);
        List<ImportReport.RowError> errors = new ArrayList<>();
        Project.Builder project = Project.newBuilder()
                .setDisplayName(cell(record, "项目名称"))
                .setRegionCode(cell(record, "地区代码"))
                .setSector(cell(record, "领域"))
                .setPlanSection(cell(record, "所在专栏"))
                .setPlan(cell(record, "规划"))
                .setOwnerOrganization(cell(record, "业主单位"))
                .setPlannedStartDate(cell(record, "计划开工"))
                .setPlannedCompletionDate(cell(record, "计划竣工"))
                .setNationalCode(cell(record, "国家项目代码"))
                .addAllIndicators(names(cell(record, "关联指标")))
                .addAllTargets(names(cell(record, "关联目标")))
                .setResponsibleUnit(cell(record, "责任单位"));
        String reporting = cell(record, "报送频率");
        String reportingCode = ChineseLabels.valueOf(ChineseLabels.REPORTING_FREQUENCY, reporting);
        if ("MONTHLY".equals(reportingCode) || "QUARTERLY".equals(reportingCode)) {
            project.setInvestmentReporting(InvestmentReportingFrequency.valueOf(
                    "INVESTMENT_REPORTING_FREQUENCY_" + reportingCode));
        } else if (!reporting.isEmpty()) {
            errors.add(new ImportReport.RowError(number, "报送频率", "must be 月报, 季报 (MONTHLY, QUARTERLY) or empty "
                    + "(monthly)"));
        }
        try {
            project.setStage(ProtoJson.enumValue(cell(record, "阶段"), ProjectStage.class, "PROJECT_STAGE_", "阶段"));
        } catch (InvalidFieldException e) {
            errors.add(new ImportReport.RowError(number, "阶段", e.getMessage()));
        }
        try {
            project.setLevel(ProtoJson.enumValue(cell(record, "级别"), ProjectLevel.class, "PROJECT_LEVEL_", "级别"));
        } catch (InvalidFieldException e) {
            errors.add(new ImportReport.RowError(number, "级别", e.getMessage()));
        }
        String investment = cell(record, "总投资(元)");
        if (!investment.isEmpty()) {
            project.setTotalInvestment(Money.newBuilder().setCurrencyCode("CNY")
                    .setAmount(Decimal.newBuilder().setValue(investment)));
        }
        String quote = cell(record, "原文");
        String document = cell(record, "文件");
        String location = cell(record, "位置");
        if (!(quote + document + location).isEmpty()) {
            project.setProvenance(Provenance.newBuilder().setQuote(quote).setDocument(document).setLocation(location));
        }
        CreateProjectRequest request = CreateProjectRequest.newBuilder()
                .setProjectId(cell(record, "项目编号"))
                .setProject(project)
                .build();
        return new Row(number, request, errors);
    }

    private static List<String> names(String cell) {
        return cell.isEmpty() ? List.of() : Arrays.stream(cell.split(ExportColumns.LIST_SEPARATOR)).map(String::strip)
                .filter(name -> !name.isEmpty()).toList();
    }
}
