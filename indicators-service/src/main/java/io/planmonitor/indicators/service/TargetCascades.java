package io.planmonitor.indicators.service;

import io.planmonitor.indicators.domain.PeriodKind;
import io.planmonitor.indicators.domain.TargetForm;
import io.planmonitor.indicators.repository.IndicatorEntity;
import io.planmonitor.indicators.repository.ObservationEntity;
import io.planmonitor.indicators.repository.ObservationRepository;
import io.planmonitor.indicators.repository.TargetEntity;
import io.planmonitor.indicators.repository.TargetRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A target decomposed to the regions under it (分解落实): its shares with their readings, and — where the indicator
 * adds up — the shares' targets and the regions' actuals summed against it. A city's 地区生产总值 in 亿元 is its
 * districts' summed (near enough: statistical offices reconcile the two, so the sum is a check, not the figure); a
 * growth rate, a share, a per-capita figure or a rank is not, and is said so rather than summed.
 */
@ApplicationScoped
public class TargetCascades {

    /** Units of figures that do not add up across regions. */
    private static final List<String> NOT_ADDITIVE_UNITS = List.of("%", "‰", "/", "每", "个百分点", "位");

    private final TargetRepository repository;
    private final ProgressAssessor progress;
    private final IndicatorCatalogue catalogue;
    private final ObservationRepository observations;

    TargetCascades(TargetRepository repository, ProgressAssessor progress, IndicatorCatalogue catalogue,
            ObservationRepository observations) {
        this.repository = repository;
        this.progress = progress;
        this.catalogue = catalogue;
        this.observations = observations;
    }

    public record Cascade(ProgressAssessor.Assessed target, List<ProgressAssessor.Assessed> shares, boolean additive,
            BigDecimal sharesTargetTotal, Integer rolledUpYear, BigDecimal rolledUpActual, String explanationZh) {
    }

    @Transactional
    public Cascade cascade(String planId, String targetId, LocalDate asOf) {
        ProgressAssessor.Assessed assessed = progress.assess(planId, targetId, asOf);
        TargetEntity parent = assessed.target();
        // The shares are read together: two queries for all of them, not two per share.
        List<ProgressAssessor.Assessed> shares = progress.assess(
                repository.list("parentTargetId", Sort.by("id"), parent.id), asOf);
        IndicatorEntity indicator = catalogue.get(parent.indicatorId);
        boolean additive = parent.form == TargetForm.LEVEL
                && NOT_ADDITIVE_UNITS.stream().noneMatch(indicator.unit::contains);
        if (shares.isEmpty()) {
            return new Cascade(assessed, shares, additive, null, null, null, "该目标尚未分解到下级地区。");
        }
        if (!additive) {
            return new Cascade(assessed, shares, false, null, null, null, "已分解到" + shares.size()
                    + "个地区；" + indicator.displayName + "（" + indicator.unit + "）不能由各地区相加，逐一查看各地区进度。");
        }
        List<String> sentences = new ArrayList<>(List.of("已分解到" + shares.size() + "个地区。"));
        BigDecimal targetTotal = sum(shares.stream().map(share -> share.target().targetValue).toList());
        if (targetTotal != null && parent.targetValue != null) {
            sentences.add("各地区目标合计" + targetTotal.toPlainString() + indicator.unit
                    + (targetTotal.compareTo(parent.targetValue) < 0 ? "，低于" : "，不低于") + "上级目标"
                    + parent.targetValue.toPlainString() + indicator.unit + "。");
        }
        Set<String> regionCodes = new TreeSet<>(shares.stream().map(share -> share.target().regionCode).toList());
        Integer year = null;
        BigDecimal actual = null;
        Map<Integer, Map<String, BigDecimal>> byYear = yearlyValues(parent.indicatorId, regionCodes, asOf);
        for (var entry : byYear.entrySet()) {
            if (entry.getValue().keySet().containsAll(regionCodes) && (year == null || entry.getKey() > year)) {
                year = entry.getKey();
                actual = sum(new ArrayList<>(entry.getValue().values()));
            }
        }
        sentences.add(year == null ? "尚无各地区同一年份的实际值可汇总。"
                : year + "年各地区实际值合计" + actual.toPlainString() + indicator.unit + "。");
        return new Cascade(assessed, shares, true, targetTotal, year, actual, String.join("", sentences));
    }

    /** The latest vintage of each region's yearly values up to {@code asOf}'s year, by year and region. */
    private Map<Integer, Map<String, BigDecimal>> yearlyValues(String indicatorId, Set<String> regionCodes,
            LocalDate asOf) {
        Map<Integer, Map<String, BigDecimal>> byYear = new HashMap<>();
        for (ObservationEntity o : observations.list("indicatorId = ?1 and regionCode in ?2 and periodKind = ?3"
                + " and latest = true and periodYear <= ?4", indicatorId, regionCodes, PeriodKind.YEAR, asOf.getYear())) {
            byYear.computeIfAbsent(o.periodYear, y -> new HashMap<>()).put(o.regionCode, o.value);
        }
        return byYear;
    }

    /** The sum, or null when a value is missing (a share left unset is not 0). */
    private static BigDecimal sum(List<BigDecimal> values) {
        return values.contains(null) ? null : values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
