package io.planmonitor.gateway.imports;

import io.planmonitor.gateway.problems.InvalidFieldException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** An uploaded table: CSV with a header row (a byte-order mark allowed), read by the columns the header names. */
final class CsvTable {

    private CsvTable() {
    }

    /** The data rows; a 400 naming the body when it is not CSV or the header lacks a required column. */
    static List<CSVRecord> read(String csv, Set<String> required) {
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.EXCEL.builder()
                .setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true).get())) {
            List<String> header = parser.getHeaderNames();
            List<String> missing = required.stream().filter(column -> !header.contains(column)).sorted().toList();
            if (!missing.isEmpty()) {
                throw new InvalidFieldException("body", "the header row lacks the columns " + String.join(", ", missing));
            }
            return parser.getRecords();
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new InvalidFieldException("body", "is not a CSV table: " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new InvalidFieldException("body", "is not a CSV table: " + e.getCause().getMessage());
        }
    }

    /** The spreadsheet row of a data record, the header being row 1. */
    static long rowNumber(CSVRecord record) {
        return record.getRecordNumber() + 1;
    }

    /** A cell's text without surrounding spaces; "" for a column the header lacks or a short row. */
    static String cell(CSVRecord record, String column) {
        return record.isMapped(column) && record.isSet(column) ? record.get(column).strip() : "";
    }

    /**
     * The column holding a service's field path (project.total_investment.amount.value → 总投资(元)), trying ever
     * shorter prefixes of the path; the path itself when no column holds it.
     */
    static String columnOf(Map<String, String> columnOfField, String field) {
        String path = field;
        while (!path.isEmpty()) {
            String column = columnOfField.get(path);
            if (column != null) {
                return column;
            }
            int dot = path.lastIndexOf('.');
            path = dot < 0 ? "" : path.substring(0, dot);
        }
        return field;
    }
}
