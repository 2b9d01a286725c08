package io.planmonitor.gateway.exports;

import java.util.List;

/**
 * Shares a table's width among its columns by the longest text each holds (a Chinese character counting twice a
 * Latin one), within bounds, so a 说明 column gets room and a 序号 column does not take a tenth of the page.
 */
final class ColumnWidths {

    /** Bounds of a column's share, in half-character units. */
    private static final int NARROWEST = 4;
    private static final int WIDEST = 40;

    private ColumnWidths() {
    }

    /** Widths in twentieths of a point that add up to {@code total}. */
    static int[] of(List<String> header, List<List<String>> rows, int total) {
        int[] weights = new int[header.size()];
        for (int column = 0; column < weights.length; column++) {
            weights[column] = Math.max(NARROWEST, Math.min(WIDEST, halfWidths(header.get(column))));
        }
        for (List<String> row : rows) {
            if (row.size() == 1 && weights.length > 1) {
                continue;
            }
            for (int column = 0; column < Math.min(row.size(), weights.length); column++) {
                weights[column] = Math.max(weights[column], Math.min(WIDEST, halfWidths(row.get(column))));
            }
        }
        int sum = 0;
        for (int weight : weights) {
            sum += weight;
        }
        int[] widths = new int[weights.length];
        int given = 0;
        for (int column = 0; column < weights.length; column++) {
            widths[column] = column == weights.length - 1 ? total - given : total * weights[column] / sum;
            given += widths[column];
        }
        return widths;
    }

    private static int halfWidths(String text) {
        if (text == null) {
            return 0;
        }
        return text.codePoints().map(c -> c < 0x2E80 ? 1 : 2).sum();
    }
}
