package io.planmonitor.indicators.service;

import io.planmonitor.indicators.repository.TargetEntity;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A plan that states one indicator's target for one region and year more than once (in its 专栏 table and again in
 * the prose) counts it once: the first statement is the one counted — a table row before prose, else the first by
 * id — and the others name it. The readings of every statement stay on the table; only counts count once.
 */
final class RepeatedTargets {

    /** A table row's location ("专栏1 第6行"): the statement a plan office counts. */
    private static final Pattern TABLE_ROW = Pattern.compile(".*第\\d+行$");

    private RepeatedTargets() {
    }

    /** For each target stated again, the statement counted instead, by the repeated target's id. */
    static Map<String, TargetEntity> countedInstead(List<TargetEntity> targets) {
        Map<String, TargetEntity> first = new HashMap<>();
        targets.stream()
                .sorted(Comparator.comparing((TargetEntity t) -> !isTableRow(t)).thenComparing(t -> t.id))
                .forEach(t -> first.putIfAbsent(key(t), t));
        Map<String, TargetEntity> instead = new HashMap<>();
        targets.forEach(t -> {
            TargetEntity counted = first.get(key(t));
            if (!counted.id.equals(t.id)) {
                instead.put(t.id, counted);
            }
        });
        return instead;
    }

    private static boolean isTableRow(TargetEntity target) {
        return target.provenanceLocation != null && TABLE_ROW.matcher(target.provenanceLocation).matches();
    }

    private static String key(TargetEntity target) {
        return target.planId + "|" + target.indicatorId + "|" + target.regionCode + "|" + target.targetYear;
    }
}
