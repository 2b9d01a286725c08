package io.planmonitor.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Indicator tables flattened one cell per line (新郑 专栏1): a row is the run of cell lines that ends with its
 * attribute cell (约束性 / 预期性); in it the unit cell follows the indicator's name, and the cells after the unit are
 * read in the order of the header's columns (基数, 目标, 年均增长). A row with a target value is a level (or, in %, a
 * share) target; with only a 年均增长 an average-growth target; with neither (#, X, XX) a target left unset.
 */
final class TableRows {

    static final String RULE = "table-row";
    private static final Pattern ATTRIBUTE = Pattern.compile("^[\\[【(（]?(约束性|预期性)[\\]】)）]?$");
    private static final Pattern YEAR = Pattern.compile("(20\\d\\d)");
    private static final Pattern UNIT_CELL = Pattern.compile("^(?:%|‰|[\\p{IsHan}A-Za-z/·²³]{1,7})$");

    private enum Column { BASE, TARGET, AVERAGE_GROWTH }

    private record Line(int start, int end, String text, boolean blank) {
    }

    private final SourceText text;
    private final Sections sections;
    private final DocumentContext context;
    private final IndicatorMatcher matcher;
    private final List<int[]> covered = new ArrayList<>();

    TableRows(SourceText text, Sections sections, DocumentContext context, IndicatorMatcher matcher) {
        this.text = text;
        this.sections = sections;
        this.context = context;
        this.matcher = matcher;
    }

    /** Whether an original offset lies inside a table row read here (prose reading leaves those alone). */
    boolean covers(int originalOffset) {
        for (int[] range : covered) {
            if (originalOffset >= range[0] && originalOffset < range[1]) {
                return true;
            }
        }
        return false;
    }

    List<Candidate> extract() {
        List<Line> lines = lines(text.original());
        List<Candidate> rows = new ArrayList<>();
        List<Column> columns = List.of(Column.BASE, Column.TARGET, Column.AVERAGE_GROWTH);
        int baseYear = context.startYear() - 1;
        int targetYear = context.endYear();
        int rowStart = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (!ATTRIBUTE.matcher(line.text()).matches()) {
                if (!line.blank() && line.text().length() > 40 && line.text().contains("。")) {
                    rowStart = i + 1;
                }
                continue;
            }
            List<Line> cells = new ArrayList<>();
            for (int j = rowStart; j < i; j++) {
                if (!lines.get(j).blank() || lines.get(j).end() > lines.get(j).start()) {
                    cells.add(lines.get(j));
                }
            }
            int headerAt = headerIndex(cells);
            if (headerAt >= 0) {
                List<Line> header = cells.subList(0, headerAt + 1);
                columns = columns(header);
                baseYear = year(header, "基", baseYear);
                targetYear = year(header, "目标", targetYear);
                cells = new ArrayList<>(cells.subList(headerAt + 1, cells.size()));
            }
            Candidate row = row(cells, line, columns, baseYear, targetYear);
            if (row != null) {
                rows.add(row);
                covered.add(new int[] {row.start(), row.end()});
            }
            rowStart = i + 1;
        }
        return rows;
    }

    private Candidate row(List<Line> cells, Line attribute, List<Column> columns, int baseYear, int targetYear) {
        int unitAt = -1;
        for (int k = 1; k < cells.size(); k++) {
            String cell = cells.get(k).text();
            String previous = cells.get(k - 1).text();
            if (UNIT_CELL.matcher(cell).matches() && previous.codePoints().filter(Character::isIdeographic).count() >= 2
                    && Figure.cell(previous) == null) {
                unitAt = k;
                break;
            }
        }
        if (unitAt < 0) {
            return null;
        }
        Line name = cells.get(unitAt - 1);
        String unit = cells.get(unitAt).text();
        List<Line> values = cells.subList(unitAt + 1, cells.size());
        Figure base = null;
        Figure target = null;
        Figure growth = null;
        for (int k = 0; k < values.size() && k < columns.size(); k++) {
            Figure figure = Figure.cell(values.get(k).text());
            switch (columns.get(k)) {
                case BASE -> base = figure;
                case TARGET -> target = figure;
                case AVERAGE_GROWTH -> growth = figure;
            }
        }
        String attributeWord = ATTRIBUTE.matcher(attribute.text()).replaceAll("$1");
        String first = cells.get(0).text();
        String category = unitAt >= 2 && !first.isEmpty() && Figure.cell(first) == null ? first : null;
        boolean rateName = name.text().matches(".*(增长|增速).*");
        boolean share = "%".equals(unit) && !rateName;
        String form;
        Figure chosen;
        if (target != null) {
            form = share ? "SHARE" : "LEVEL";
            chosen = target;
        } else if (growth != null) {
            form = "AVERAGE_ANNUAL_GROWTH";
            chosen = growth;
        } else {
            form = rateName ? "AVERAGE_ANNUAL_GROWTH" : share ? "SHARE" : "LEVEL";
            chosen = null;
        }
        String readingUnit = "AVERAGE_ANNUAL_GROWTH".equals(form) ? "%" : unit;
        IndicatorMatch indicator = matcher.match(name.text(), unit, false, category);
        TargetReading reading = new TargetReading(indicator, chosen == null ? null : chosen.value(),
                chosen == null ? null : chosen.upperBound(), readingUnit, form,
                chosen == null ? null : chosen.comparator() == null ? "EXACT" : chosen.comparator(), false,
                targetYear, baseYear, base == null ? null : base.value(),
                attributeWord.equals("约束性") ? "BINDING" : "EXPECTED");
        int normalizedAt = normalizedIndex(name.start());
        return Candidate.of(text, name.start(), attribute.end(), RULE, sections.sectionAt(normalizedAt), reading);
    }

    private int normalizedIndex(int originalOffset) {
        int low = 0;
        int high = text.normalized().length();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (text.originalOffset(mid) < originalOffset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return Math.min(low, Math.max(0, text.normalized().length() - 1));
    }

    /** The index of the header's last cell among a row's cells (the header precedes the first row), or -1. */
    private static int headerIndex(List<Line> cells) {
        int last = -1;
        for (int k = 0; k < cells.size(); k++) {
            String cell = cells.get(k).text();
            if (cell.contains("属性") || cell.contains("年均") || cell.contains("目标") || cell.contains("基数")
                    || cell.contains("基期") || cell.equals("单位")) {
                last = k;
            }
        }
        return last;
    }

    private static List<Column> columns(List<Line> header) {
        List<Column> columns = new ArrayList<>();
        for (Line cell : header) {
            String t = cell.text();
            if (t.contains("基数") || t.contains("基期") || t.contains("现状")) {
                columns.add(Column.BASE);
            } else if (t.contains("年均") || t.contains("增长")) {
                columns.add(Column.AVERAGE_GROWTH);
            } else if (t.contains("目标") || t.contains("预期") && !t.contains("属性")) {
                columns.add(Column.TARGET);
            }
        }
        return columns.isEmpty() ? List.of(Column.BASE, Column.TARGET, Column.AVERAGE_GROWTH) : columns;
    }

    private static int year(List<Line> header, String word, int fallback) {
        for (Line cell : header) {
            Matcher m = YEAR.matcher(cell.text());
            if (cell.text().contains(word) && m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        return fallback;
    }

    /** Lines with offsets; a line of only spaces or tabs is an empty cell, a line with nothing at all a row gap. */
    private static List<Line> lines(String original) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        while (start <= original.length()) {
            int end = original.indexOf('\n', start);
            if (end < 0) {
                end = original.length();
            }
            String raw = original.substring(start, end).replace("\r", "");
            String stripped = raw.strip();
            int lead = raw.indexOf(stripped.isEmpty() ? "\u0000" : stripped.substring(0, 1));
            int cellStart = stripped.isEmpty() ? start : start + Math.max(lead, 0);
            lines.add(new Line(cellStart, stripped.isEmpty() ? (raw.isEmpty() ? start : start + 1) : cellStart + stripped.length(),
                    fold(stripped), raw.isEmpty()));
            start = end + 1;
        }
        return lines;
    }

    private static String fold(String cell) {
        StringBuilder out = new StringBuilder(cell.length());
        for (char c : cell.toCharArray()) {
            out.append(SourceText.fold(c));
        }
        return out.toString();
    }
}
