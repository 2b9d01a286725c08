package io.planmonitor.gateway.imports;

import io.planmonitor.gateway.problems.InvalidFieldException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * One import in progress: the rows read from the upload, those that could be read, every error found so far, and
 * what the mode asks of the service. dry-run only checks; all-or-nothing checks only as soon as a cell is bad (the
 * other rows are still checked, so every error is reported) and is refused with 422 when any error is found;
 * valid-rows writes the good rows.
 */
final class ImportRun<R extends ImportedRow> {

    static final Set<String> MODES = Set.of("dry-run", "all-or-nothing", "valid-rows");

    private final String mode;
    private final int rowCount;
    private final List<R> readable = new ArrayList<>();
    private final List<ImportReport.RowError> errors = new ArrayList<>();

    private ImportRun(String mode, List<R> rows) {
        this.mode = mode;
        this.rowCount = rows.size();
        for (R row : rows) {
            errors.addAll(row.errors());
            if (row.errors().isEmpty()) {
                readable.add(row);
            }
        }
    }

    /** The rows of a CSV body read by {@code reader}; 400 naming mode or body when either is unusable. */
    static <R extends ImportedRow> ImportRun<R> of(String mode, String csv, Function<String, List<R>> reader) {
        if (!MODES.contains(mode)) {
            throw new InvalidFieldException("mode", "must be dry-run, all-or-nothing or valid-rows");
        }
        if (csv == null || csv.isBlank()) {
            throw new InvalidFieldException("body", "is required: a table with a header row");
        }
        return new ImportRun<>(mode, reader.apply(csv));
    }

    List<R> readable() {
        return readable;
    }

    boolean allOrNothing() {
        return !mode.equals("valid-rows");
    }

    /** Whether the service is only to check: a dry run, or an all-or-nothing import with a bad cell already. */
    boolean validateOnly() {
        return mode.equals("dry-run") || (allOrNothing() && !errors.isEmpty());
    }

    /** A refusal the service reported for the readable row at {@code index} of the request. */
    void refuse(int index, String column, String reason) {
        errors.add(new ImportReport.RowError(readable.get(index).number(), column, reason));
    }

    boolean anyError() {
        return !errors.isEmpty();
    }

    /** The report, 422 when an all-or-nothing import met an error. */
    Response report(int written) {
        errors.sort(Comparator.comparingLong(ImportReport.RowError::row));
        boolean refused = mode.equals("all-or-nothing") && !errors.isEmpty();
        return Response.status(refused ? 422 : 200).entity(new ImportReport(mode, rowCount, written, errors)).build();
    }
}
