package io.planmonitor.gateway.exports;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A table as CSV that Excel and WPS open with the Chinese intact: UTF-8 with a byte-order mark (without it they read
 * the bytes as GBK), CRLF line ends, fields quoted where they need it.
 */
final class Csv {

    static final String MEDIA_TYPE = "text/csv; charset=UTF-8";
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private Csv() {
    }

    static String write(List<String> header, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        out.write(BYTE_ORDER_MARK);
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.EXCEL.builder().setHeader(
                header.toArray(String[]::new)).get())) {
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(value -> value == null ? "" : value).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
