package io.planmonitor.gateway.imports;

import io.planmonitor.gateway.api.ServiceClients;
import io.planmonitor.gateway.problems.InvalidFieldException;
import io.planmonitor.indicators.v1.BatchCreateTargetsRequest;
import io.planmonitor.indicators.v1.BatchMode;
import io.planmonitor.indicators.v1.TargetResult;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Plan offices live in spreadsheets: targets read from a CSV or .xlsx in the export's columns, checked row by row. */
@Path("/api/v1/imports")
@Tag(name = "Imports", description = "CSV or .xlsx in the columns of the exports, with a dry run that lists every bad cell")
public class ImportResource {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Set<String> MODES = Set.of("dry-run", "all-or-nothing", "valid-rows");

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
        if (!MODES.contains(mode)) {
            throw new InvalidFieldException("mode", "must be dry-run, all-or-nothing or valid-rows");
        }
        if (csv == null || csv.isBlank()) {
            throw new InvalidFieldException("body", "is required: a CSV table with a header row");
        }
        List<TargetCsv.Row> rows = TargetCsv.read(csv);
        List<ImportReport.RowError> errors = new ArrayList<>();
        List<TargetCsv.Row> readable = new ArrayList<>();
        rows.forEach(row -> {
            errors.addAll(row.errors());
            if (row.errors().isEmpty()) {
                readable.add(row);
            }
        });
        boolean allOrNothing = !mode.equals("valid-rows");
        // A bad cell stops an all-or-nothing import: the other rows are still checked, so every error is reported.
        boolean validateOnly = mode.equals("dry-run") || (allOrNothing && !errors.isEmpty());
        if (readable.isEmpty()) {
            return Uni.createFrom().item(report(mode, rows.size(), 0, errors));
        }
        BatchCreateTargetsRequest.Builder request = BatchCreateTargetsRequest.newBuilder()
                .setParent("plans/" + planId)
                .setValidateOnly(validateOnly)
                .setMode(allOrNothing ? BatchMode.BATCH_MODE_ALL_OR_NOTHING : BatchMode.BATCH_MODE_VALID_ITEMS);
        readable.forEach(row -> request.addRequests(row.request()));
        return services.indicators().batchCreateTargets(request.build()).map(response -> {
            for (TargetResult result : response.getResultsList()) {
                long number = readable.get(result.getIndex()).number();
                result.getViolationsList().forEach(violation -> errors.add(new ImportReport.RowError(number,
                        TargetCsv.columnOf(violation.getField()), violation.getDescription())));
            }
            return report(mode, rows.size(), response.getWrittenCount(), errors);
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
        if (workbook == null || workbook.length == 0) {
            throw new InvalidFieldException("body", "is required: an .xlsx workbook whose first sheet has a header row");
        }
        return targets(planId, mode, XlsxSheet.firstSheetAsCsv(workbook));
    }

    private static Response report(String mode, int rows, int written, List<ImportReport.RowError> errors) {
        errors.sort(Comparator.comparingLong(ImportReport.RowError::row));
        boolean refused = mode.equals("all-or-nothing") && !errors.isEmpty();
        return Response.status(refused ? 422 : 200).entity(new ImportReport(mode, rows, written, errors)).build();
    }
}
