package io.planmonitor.gateway.exports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Tables as an Excel workbook, a sheet each: a bold, frozen header row, then the rows. Plain decimal numbers are
 * written as numbers (Excel can sum them), from their exact decimal text; everything else as text.
 */
public final class Xlsx {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?(0|[1-9]\\d{0,14})(\\.\\d+)?");

    private Xlsx() {
    }

    /** One sheet: its name, its header row, its rows. */
    public record Sheet(String name, List<String> header, List<List<String>> rows) {
    }

    public static byte[] write(String sheetName, List<String> header, List<List<String>> rows) {
        return write(List.of(new Sheet(sheetName, header, rows)));
    }

    /** A workbook of several sheets, in order. */
    public static byte[] write(List<Sheet> sheets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Plan Monitor", "1.0");
            for (Sheet content : sheets) {
                fill(workbook.newWorksheet(content.name()), content.header(), content.rows());
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void fill(Worksheet sheet, List<String> header, List<List<String>> rows) {
        for (int column = 0; column < header.size(); column++) {
            sheet.value(0, column, header.get(column));
            sheet.style(0, column).bold().set();
        }
        sheet.freezePane(0, 1);
        for (int row = 0; row < rows.size(); row++) {
            List<String> values = rows.get(row);
            for (int column = 0; column < values.size(); column++) {
                String value = values.get(column);
                if (value == null || value.isEmpty()) {
                    continue;
                }
                if (PLAIN_DECIMAL.matcher(value).matches()) {
                    sheet.value(row + 1, column, new BigDecimal(value));
                } else {
                    sheet.value(row + 1, column, value);
                }
            }
        }
    }
}
