package io.planmonitor.gateway.imports;

import io.planmonitor.gateway.api.ServiceClients;
import io.planmonitor.gateway.problems.InvalidFieldException;
import io.planmonitor.indicators.v1.BatchCreateTargetsRequest;
import io.planmonitor.indicators.v1.BatchMode;
import io.planmonitor.indicators.v1.RecordObservationsRequest;
import io.planmonitor.indicators.v1.RecordOutcome;
import io.planmonitor.indicators.v1.RecordResult;
import io.planmonitor.indicators.v1.TargetResult;
import io.planmonitor.projects.v1.BatchCreateProjectsRequest;
import io.planmonitor.projects.v1.BatchWriteMode;
import io.planmonitor.projects.v1.ProjectResult;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Plan offices live in spreadsheets: targets, key projects and observed values read from a CSV or .xlsx (for targets
 * and projects in the exports' columns), checked row by row.
 */
@Path("/api/v1/imports")
@Tag(name = "Imports", description = "CSV or .xlsx in the columns of the exports, with a dry run that lists every bad cell")
public class ImportResource {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ServiceClients services;

    @POST
    @Path("/plans/{planId}/targets")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add targets to a plan from a CSV (the columns of /exports/plans/{id}/targets.csv)",
            description = "dry-run checks every row and writes nothing; all-or-nothing writes every row or, when a row "
                    + "is bad, none (422); valid-rows writes the good rows. Every bad cell is listed with its row and "
                    + "column.")
    public Uni<Response> targets(@PathParam("planId") String planId,
            @Parameter(description = "dry-run (default), all-or-nothing or valid-rows")
            @QueryParam("mode") @DefaultValue("dry-run") String mode,
            String csv) {
        ImportRun<TargetCsv.Row> run = ImportRun.of(mode, csv, TargetCsv::read);
        if (run.readable().isEmpty()) {
            return Uni.createFrom().item(run.report(0));
        }
        BatchCreateTargetsRequest.Builder request = BatchCreateTargetsRequest.newBuilder()
                .setParent("plans/" + planId)
                .setValidateOnly(run.validateOnly())
                .setMode(run.allOrNothing() ? BatchMode.BATCH_MODE_ALL_OR_NOTHING : BatchMode.BATCH_MODE_VALID_ITEMS);
        run.readable().forEach(row -> request.addRequests(row.request()));
        return services.indicators().batchCreateTargets(request.build()).map(response -> {
            for (TargetResult result : response.getResultsList()) {
                result.getViolationsList().forEach(violation -> run.refuse(result.getIndex(),
                        TargetCsv.columnOf(violation.getField()), violation.getDescription()));
            }
            return run.report(response.getWrittenCount());
        });
    }

    @POST
    @Path("/plans/{planId}/targets")
    @Consumes(XLSX)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add targets to a plan from an .xlsx workbook (its first sheet, in the columns of "
            + "/exports/plans/{id}/targets.xlsx)", description = "The same checks, modes and report as the CSV import; "
            + "rows are the sheet's row numbers.")
    public Uni<Response> targetsFromWorkbook(@PathParam("planId") String planId,
            @Parameter(description = "dry-run (default), all-or-nothing or valid-rows")
            @QueryParam("mode") @DefaultValue("dry-run") String mode,
            byte[] workbook) {
        return targets(planId, mode, XlsxSheet.firstSheetAsCsv(workbook));
    }

    @POST
    @Path("/projects")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register key projects from a CSV (the columns of /exports/projects.csv)",
            description = "dry-run checks every row (fields, the caller's region scope, ids, links to indicators and "
                    + "plans) and writes nothing; all-or-nothing writes every row or, when a row is bad, none (422); "
                    + "valid-rows writes the good rows. Every bad cell is listed with its row and column.")
    public Uni<Response> projects(
            @Parameter(description = "dry-run (default), all-or-nothing or valid-rows")
            @QueryParam("mode") @DefaultValue("dry-run") String mode,
            String csv) {
        ImportRun<ProjectCsv.Row> run = ImportRun.of(mode, csv, ProjectCsv::read);
        if (run.readable().isEmpty()) {
            return Uni.createFrom().item(run.report(0));
        }
        BatchCreateProjectsRequest.Builder request = BatchCreateProjectsRequest.newBuilder()
                .setValidateOnly(run.validateOnly())
                .setMode(run.allOrNothing() ? BatchWriteMode.BATCH_WRITE_MODE_ALL_OR_NOTHING
                        : BatchWriteMode.BATCH_WRITE_MODE_VALID_ITEMS);
        run.readable().forEach(row -> request.addRequests(row.request()));
        return services.projects().batchCreateProjects(request.build()).map(response -> {
            for (ProjectResult result : response.getResultsList()) {
                result.getViolationsList().forEach(violation -> run.refuse(result.getIndex(),
                        ProjectCsv.columnOf(violation.getField()), violation.getDescription()));
            }
            return run.report(response.getWrittenCount());
        });
    }

    @POST
    @Path("/projects")
    @Consumes(XLSX)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register key projects from an .xlsx workbook (its first sheet, in the columns of "
            + "/exports/projects.xlsx)", description = "The same checks, modes and report as the CSV import.")
    public Uni<Response> projectsFromWorkbook(
            @Parameter(description = "dry-run (default), all-or-nothing or valid-rows")
            @QueryParam("mode") @DefaultValue("dry-run") String mode,
            byte[] workbook) {
        return projects(mode, XlsxSheet.firstSheetAsCsv(workbook));
    }

    @POST
    @Path("/observations")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record observed values from a CSV (指标编号, 地区代码, 期间, 年份, 季度, 月份, 截止年份, 值, 状态, "
            + "来源, 原文)", description = "dry-run checks every row and writes nothing; all-or-nothing writes every row or, "
            + "when a row is bad, none (422); valid-rows writes the good rows. A value already recorded from the same "
            + "source is not written again (idempotent), so a file can be sent twice.")
    public Uni<Response> observations(
            @Parameter(description = "dry-run (default), all-or-nothing or valid-rows")
            @QueryParam("mode") @DefaultValue("dry-run") String mode,
            String csv) {
        ImportRun<ObservationCsv.Row> run = ImportRun.of(mode, csv, ObservationCsv::read);
        if (run.readable().isEmpty()) {
            return Uni.createFrom().item(run.report(0));
        }
        boolean validateOnly = run.validateOnly();
        RecordObservationsRequest.Builder request = RecordObservationsRequest.newBuilder()
                .setValidateOnly(validateOnly)
                .setMode(run.allOrNothing() ? BatchMode.BATCH_MODE_ALL_OR_NOTHING : BatchMode.BATCH_MODE_VALID_ITEMS);
        run.readable().forEach(row -> request.addRequests(row.request()));
        return services.indicators().recordObservations(request.build()).map(response -> {
            int recorded = 0;
            for (RecordResult result : response.getResultsList()) {
                result.getViolationsList().forEach(violation -> run.refuse(result.getIndex(),
                        ObservationCsv.columnOf(violation.getField()), violation.getDescription()));
                if (result.getOutcome() == RecordOutcome.RECORD_OUTCOME_RECORDED) {
                    recorded++;
                }
            }
            // Checked only, or all-or-nothing with a refused row: the service wrote nothing.
            boolean nothingWritten = validateOnly || (run.allOrNothing() && run.anyError());
            return run.report(nothingWritten ? 0 : recorded);
        });
    }

    @POST
    @Path("/observations")
    @Consumes(XLSX)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record observed values from an .xlsx workbook (its first sheet, in the columns of the CSV "
            + "import)", description = "The same checks, modes and report as the CSV import.")
    public Uni<Response> observationsFromWorkbook(
            @Parameter(description = "dry-run (default), all-or-nothing or valid-rows")
            @QueryParam("mode") @DefaultValue("dry-run") String mode,
            byte[] workbook) {
        return observations(mode, XlsxSheet.firstSheetAsCsv(workbook));
    }
}
