package io.planmonitor.extraction;

/**
 * What the submitter says of a document: its kind and the period it covers (2021–2025 for an outline, 2024 for the
 * 2024 annual plan or work report, 2023 for the 2023 statistical bulletin).
 */
public record DocumentContext(DocumentKind kind, int startYear, int endYear) {

    public DocumentContext {
        if (endYear < startYear) {
            throw new IllegalArgumentException("endYear " + endYear + " is before startYear " + startYear);
        }
    }

    /** The year the document's results are of: a bulletin's own year, the year before a plan or report. */
    int resultYear() {
        return kind == DocumentKind.STATISTICAL_BULLETIN ? endYear : startYear - 1;
    }

    /** Where a part says nothing: bulletins report, everything else sets targets. */
    Sections.Mode defaultMode() {
        return kind == DocumentKind.STATISTICAL_BULLETIN ? Sections.Mode.RESULTS : Sections.Mode.TARGETS;
    }
}
