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
 * A table as an Excel workbook of one sheet: a bold, frozen header row, then the rows. Plain decimal numbers are
 * written as numbers (Excel can sum them), from their exact decimal text; everything else as text.
 */
public final class Xlsx {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?(0|[1-9]\\d{0,14})(\\.\\d+)?");

    private Xlsx() {
    }

    public static byte[] write(String sheetName, List<String> header, List<List<String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Plan Monitor", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName);
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
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
