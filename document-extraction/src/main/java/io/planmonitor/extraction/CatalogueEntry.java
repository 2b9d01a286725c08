package io.planmonitor.extraction;

import java.util.List;

/** An indicator of the catalogue as the extractor needs it: id, name, unit and the other wordings of it. */
public record CatalogueEntry(String id, String name, String unit, List<String> aliases) {

    public CatalogueEntry {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
