package io.planmonitor.extraction;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A number as printed with its unit: {@code 7.7%左右}, {@code 1.36万亿元}, {@code 5%—6%}, {@code ≥14.2}. The value
 * stays the printed decimal string; {@code unit} includes the multiplier (万亿元), {@code comparator} comes from the
 * words right after it (左右 ABOUT, 以上 AT_LEAST, 以内/以下 AT_MOST) or a range (RANGE), else null.
 */
record Figure(int start, int end, String value, String upperBound, String unit, String comparator) {

    static final Pattern PATTERN = Pattern.compile(
            "(?<![0-9.])(?<sign>[≥≤><])?(?<num>\\d+(?:\\.\\d+)?)(?:%?(?:-|—|～|~|至|到)(?<upper>\\d+(?:\\.\\d+)?))?"
                    + "(?<mult>万亿|亿|万|千)?(?<unit>" + Units.BASE.stream().map(Pattern::quote).collect(Collectors.joining("|"))
                    + ")(?<post>左右|及以上|以上|以内|以下|上下)?");

    static Figure at(Matcher m) {
        String unit = (m.group("mult") == null ? "" : m.group("mult")) + m.group("unit");
        if ("百分点".equals(unit)) {
            unit = "个百分点";
        }
        String comparator = null;
        if (m.group("upper") != null) {
            comparator = "RANGE";
        } else if (m.group("post") != null) {
            comparator = switch (m.group("post")) {
                case "左右", "上下" -> "ABOUT";
                case "以上", "及以上" -> "AT_LEAST";
                default -> "AT_MOST";
            };
        } else if (m.group("sign") != null) {
            comparator = m.group("sign").equals("≥") || m.group("sign").equals(">") ? "AT_LEAST" : "AT_MOST";
        }
        return new Figure(m.start(), m.end(), m.group("num"), m.group("upper"), unit, comparator);
    }

    /** A table cell's number: {@code 7.7左右}, {@code ≥14.2}, {@code 32%}; null for #, X, XX, -, text. */
    static Figure cell(String cell) {
        Matcher m = Pattern.compile("^(?<sign>[≥≤><])?(?<num>-?\\d+(?:\\.\\d+)?)(?:(?:-|—|～|~)(?<upper>\\d+(?:\\.\\d+)?))?%?"
                + "(?<post>左右|及以上|以上|以内|以下)?$").matcher(cell.replace(" ", ""));
        if (!m.matches()) {
            return null;
        }
        String comparator = m.group("upper") != null ? "RANGE"
                : m.group("post") != null ? (m.group("post").equals("左右") ? "ABOUT"
                        : m.group("post").contains("上") ? "AT_LEAST" : "AT_MOST")
                : m.group("sign") != null ? ("≥>".contains(m.group("sign")) ? "AT_LEAST" : "AT_MOST") : null;
        return new Figure(0, cell.length(), m.group("num"), m.group("upper"), null, comparator);
    }

    BigDecimal decimal() {
        return new BigDecimal(value);
    }

    /** The value with its sign turned, for a 下降/减少 figure. */
    String negated() {
        return decimal().negate().toPlainString();
    }
}
