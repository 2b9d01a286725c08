package io.planmonitor.gateway.imports;

import java.util.List;

/** A data row of an uploaded table: its spreadsheet row number and the cells that could not be read. */
interface ImportedRow {

    long number();

    List<ImportReport.RowError> errors();
}
