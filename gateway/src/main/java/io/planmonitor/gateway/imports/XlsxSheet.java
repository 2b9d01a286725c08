package io.planmonitor.gateway.imports;

import io.planmonitor.gateway.problems.InvalidFieldException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * The first sheet of an uploaded .xlsx as the CSV text the importers read, so a workbook and a CSV are checked by
 * the same code. Numbers keep the digits the file stores; a blank row in the middle keeps its place, so the row
 * numbers of errors are the sheet's.
 */
final class XlsxSheet {

    private XlsxSheet() {
    }

    static String firstSheetAsCsv(byte[] workbook) {
        if (workbook == null || workbook.length == 0) {
            throw new InvalidFieldException("body", "is required: an .xlsx workbook whose first sheet has a header row");
        }
        StringWriter csv = new StringWriter();
        try (ReadableWorkbook readable = new ReadableWorkbook(new ByteArrayInputStream(workbook));
                Stream<Row> rows = readable.getFirstSheet().openStream();
                CSVPrinter printer = new CSVPrinter(csv, CSVFormat.EXCEL)) {
            int nextRow = 1;
            for (Row row : (Iterable<Row>) rows::iterator) {
                for (; nextRow < row.getRowNum(); nextRow++) {
                    printer.printRecord("");
                }
                List<String> values = new ArrayList<>();
                for (int column = 0; column < row.getCellCount(); column++) {
                    values.add(text(row.getCell(column)));
                }
                printer.printRecord(values);
                nextRow = row.getRowNum() + 1;
            }
        } catch (IOException | RuntimeException e) {
            throw new InvalidFieldException("body", "is not an .xlsx workbook that can be read: " + e.getMessage());
        }
        return csv.toString();
    }

    /** A number as its exact decimal digits (306.3, not 306.30000000000001 or 3.063E2); other cells as shown. */
    private static String text(Cell cell) {
        if (cell == null || cell.getValue() == null) {
            return "";
        }
        return cell.getType() == CellType.NUMBER ? cell.asNumber().toPlainString() : cell.getText();
    }
}
