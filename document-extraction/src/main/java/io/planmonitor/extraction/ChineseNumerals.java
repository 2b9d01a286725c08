package io.planmonitor.extraction;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers written in Chinese: 三十五, 两, 一百二十, 三分之一 (a share, as a percentage), 翻一番 / 翻两番 (a level doubled
 * or quadrupled: growth of 100 % / 300 %), 两倍 (twice: growth of 100 %). Only what a plan office would read as a
 * number; 一批, 一流 and the like are not numbers.
 */
public final class ChineseNumerals {

    static final String DIGITS = "零〇一二两三四五六七八九十百千";
    private static final Pattern FRACTION = Pattern.compile("([" + DIGITS + "]+)分之([" + DIGITS + "]+)");
    private static final Pattern DOUBLING = Pattern.compile("翻(一|两|二|三)番");

    private ChineseNumerals() {
    }

    /** The value of a whole number such as 三十五 or 两百, or null when {@code text} is not one. */
    public static BigDecimal parseWhole(String text) {
        if (text.isEmpty()) {
            return null;
        }
        long total = 0;
        long section = 0;
        long digit = -1;
        for (char c : text.toCharArray()) {
            int d = digitOf(c);
            if (d >= 0) {
                digit = d;
                continue;
            }
            int unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                default -> -1;
            };
            if (unit < 0) {
                return null;
            }
            section += (digit < 0 ? 1 : digit) * unit;
            digit = -1;
        }
        total += section + Math.max(digit, 0);
        return BigDecimal.valueOf(total);
    }

    /** 三分之一 → 33.33 (percent, two places), or null. */
    public static BigDecimal fractionAsPercent(String text) {
        Matcher m = FRACTION.matcher(text);
        if (!m.matches()) {
            return null;
        }
        BigDecimal denominator = parseWhole(m.group(1));
        BigDecimal numerator = parseWhole(m.group(2));
        if (denominator == null || numerator == null || denominator.signum() == 0) {
            return null;
        }
        return numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, 2, java.math.RoundingMode.HALF_EVEN);
    }

    /** 翻一番 → 100 (percent growth), 翻两番 → 300; null otherwise. */
    public static BigDecimal doublingAsGrowth(String text) {
        Matcher m = DOUBLING.matcher(text);
        if (!m.matches()) {
            return null;
        }
        int times = switch (m.group(1)) {
            case "一" -> 1;
            case "两", "二" -> 2;
            default -> 3;
        };
        return BigDecimal.valueOf(((1L << times) - 1) * 100);
    }

    private static int digitOf(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }
}
