package io.planmonitor.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the catalogue indicator a document's wording names. A wording names an indicator when it ends with one of
 * the indicator's names or aliases (the words before are its qualifiers: 全市, 全年 …), compared with the unit so that
 * 地区生产总值 in 亿元 is the level and 地区生产总值 in % the growth rate; the longest name wins. A growth figure of a
 * level indicator (生产总值增长7%) looks for the indicator's 增长/增速/增长率 wording first.
 */
public final class IndicatorMatcher {

    /** Words in front of an indicator that only place it: they are not part of its name. */
    private static final Pattern LEADING_NOISE = Pattern.compile(
            "^(?:[,，、；;：:。]|全市|全区|全县|全年|全省|我市|我区|其中|当年|同时|并|和|及|与|实现|完成|力争|确保|推动|促进|保持|使|"
                    + "预计|初步核算|年均|平均|累计|达到|达|其|以上|左右|以内|，|“|”|\\s)+");

    private record Wording(String text, CatalogueEntry entry) {
    }

    private final List<Wording> wordings = new ArrayList<>();

    public IndicatorMatcher(List<CatalogueEntry> catalogue) {
        for (CatalogueEntry entry : catalogue) {
            wordings.add(new Wording(entry.name(), entry));
            entry.aliases().forEach(alias -> wordings.add(new Wording(alias, entry)));
        }
        wordings.sort(Comparator.comparingInt((Wording w) -> w.text().length()).reversed());
    }

    /**
     * The indicator {@code wording} names for a figure in {@code unit}; {@code growth} when the figure is a rate of
     * change (增长7%), so a rate indicator is wanted.
     */
    public IndicatorMatch match(String wording, String unit, boolean growth, String category) {
        String cleaned = clean(wording);
        String compact = cleaned.replace(" ", "");
        if (growth) {
            for (String suffix : List.of("增长率", "增速", "增长", "")) {
                CatalogueEntry entry = find(compact + suffix, "%");
                if (entry != null) {
                    return new IndicatorMatch(cleaned, entry.id(), null, null, null);
                }
            }
        }
        CatalogueEntry entry = find(compact, unit);
        if (entry != null) {
            return new IndicatorMatch(cleaned, entry.id(), null, null, null);
        }
        String proposed = growth && !compact.endsWith("率") && !compact.endsWith("增速") ? compact + "增长率" : compact;
        return new IndicatorMatch(cleaned, null, proposed, growth ? "%" : unit, category);
    }

    /** The wording without the place and verb words around it. */
    public static String clean(String wording) {
        String text = wording.strip();
        String previous;
        do {
            previous = text;
            text = LEADING_NOISE.matcher(text).replaceFirst("");
            text = text.replaceFirst("^[0-9.]+[" + ChineseNumerals.DIGITS + "]?[个家条项所座]", "");
            text = text.replaceFirst("(?:增长|增速|年均增长|达到|达|为|提高到|提高|提升到|提升至|提升|增加|下降|降低|减少|控制在|保持在|稳定在|超过|突破|不低于|实现|完成|至|到)+$", "");
        } while (!text.equals(previous));
        return text.strip();
    }

    /**
     * A name the wording ends with (qualifiers in front: 全市地区生产总值) before a longer name that ends with the
     * wording (a shortened name: 生产总值 for 地区生产总值), so that 地区生产总值 in 万亿元 is not read as 人均地区生产总值;
     * within each, a name in the same quantity before one in another unit.
     */
    private CatalogueEntry find(String text, String unit) {
        CatalogueEntry loose = null;
        for (boolean wordingEndsWithName : new boolean[] {true, false}) {
            for (Wording w : wordings) {
                boolean named = wordingEndsWithName
                        ? text.endsWith(w.text())
                        : w.text().endsWith(text) && text.length() >= 4;
                if (!named) {
                    continue;
                }
                if (unit == null || sameQuantity(w.entry().unit(), unit)) {
                    return w.entry();
                }
                if (loose == null && !"%".equals(unit) && !"%".equals(w.entry().unit())) {
                    loose = w.entry();
                }
            }
        }
        return loose;
    }

    private static boolean sameQuantity(String catalogueUnit, String unit) {
        if (catalogueUnit == null) {
            return true;
        }
        if ("%".equals(unit) || "个百分点".equals(unit) || "‰".equals(unit)) {
            return catalogueUnit.equals(unit) || "%".equals(catalogueUnit) && "个百分点".equals(unit);
        }
        return Units.factor(unit, catalogueUnit) != null || catalogueUnit.endsWith(unit) || unit.endsWith(catalogueUnit);
    }
}
