package io.planmonitor.extraction;

/**
 * The catalogue indicator a document's wording names ({@code indicatorId} set), or, when none does, the indicator
 * the reviewer would add ({@code indicatorId} null, {@code proposedName} the cleaned wording, {@code proposedUnit}).
 */
public record IndicatorMatch(String wording, String indicatorId, String proposedName, String proposedUnit,
        String proposedCategory) {

    public boolean matched() {
        return indicatorId != null;
    }
}
