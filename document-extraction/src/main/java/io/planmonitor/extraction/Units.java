package io.planmonitor.extraction;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The units figures are printed in, longest first so that 万平方米 wins over 平方米, with the 万/亿/万亿 multipliers
 * that may stand before any of them (1.36万亿元, 22.7万人). Money converts exactly to yuan.
 */
public final class Units {

    /** Base units that end a figure. Counts (个, 家 …) are figures only when nothing follows them (see ProseFigures). */
    static final List<String> BASE = Stream.of("%", "‰", "个百分点", "百分点", "元/人", "元/平方米", "元", "美元",
            "人次", "人", "个", "家", "件", "项", "户", "所", "座", "张", "条", "处", "辆", "台", "套", "名", "位", "床",
            "平方米", "平方公里", "公里", "千米", "米", "亩", "公顷", "吨", "斤", "千瓦", "千瓦时", "度", "立方米",
            "标箱", "标准箱", "架次", "小时", "天", "岁", "部", "个点", "栋", "间", "所学校", "支", "次", "场", "册")
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();

    static final List<String> MULTIPLIERS = List.of("万亿", "亿", "万", "千");

    /** Units that count things: a figure in one of them is a count only if it ends its clause. */
    static final List<String> COUNTS = List.of("个", "家", "件", "项", "户", "所", "座", "张", "条", "处", "辆", "台",
            "套", "名", "位", "床", "部", "栋", "间", "支", "次", "场", "册", "架次", "人", "人次");

    private Units() {
    }

    static boolean isCount(String baseUnit) {
        return COUNTS.contains(baseUnit);
    }

    /** The yuan in {@code amount} printed in {@code unit} (亿元, 万元, 万亿元, 元), or null for another unit. */
    public static BigDecimal toYuan(BigDecimal amount, String unit) {
        return switch (unit) {
            case "万亿元" -> amount.movePointRight(12);
            case "亿元" -> amount.movePointRight(8);
            case "万元" -> amount.movePointRight(4);
            case "千元" -> amount.movePointRight(3);
            case "元" -> amount;
            default -> null;
        };
    }

    /** {@code amount} printed in {@code unit} as 亿元 (the unit programme totals are kept in), or null. */
    public static BigDecimal toYi(BigDecimal amount, String unit) {
        BigDecimal yuan = toYuan(amount, unit);
        return yuan == null ? null : yuan.movePointLeft(8).stripTrailingZeros();
    }

    /**
     * The factor that turns a value printed in {@code from} into {@code to} when both are the same base unit with
     * different multipliers (1.36 万亿元 → 13600 亿元), 1 when equal, null when they are different quantities.
     */
    public static BigDecimal factor(String from, String to) {
        if (from.equals(to)) {
            return BigDecimal.ONE;
        }
        String fromBase = stripMultiplier(from);
        String toBase = stripMultiplier(to);
        if (!fromBase.equals(toBase) || fromBase.isEmpty()) {
            return null;
        }
        return power(from.substring(0, from.length() - fromBase.length()))
                .divide(power(to.substring(0, to.length() - toBase.length())));
    }

    private static String stripMultiplier(String unit) {
        for (String m : MULTIPLIERS) {
            if (unit.startsWith(m) && unit.length() > m.length()) {
                return unit.substring(m.length());
            }
        }
        return unit;
    }

    private static BigDecimal power(String multiplier) {
        return switch (multiplier) {
            case "万亿" -> BigDecimal.ONE.movePointRight(12);
            case "亿" -> BigDecimal.ONE.movePointRight(8);
            case "万" -> BigDecimal.ONE.movePointRight(4);
            case "千" -> BigDecimal.ONE.movePointRight(3);
            default -> BigDecimal.ONE;
        };
    }
}
