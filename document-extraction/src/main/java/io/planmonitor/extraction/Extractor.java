package io.planmonitor.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads a document's text into candidates: indicator-table rows, figures in prose (targets or results by the part
 * of the document they stand in), named projects, and programme totals. Deterministic: the same text, context and
 * catalogue give the same candidates in the same order (by offset).
 */
public final class Extractor {

    private final IndicatorMatcher matcher;

    public Extractor(List<CatalogueEntry> catalogue) {
        this.matcher = new IndicatorMatcher(catalogue);
    }

    public List<Candidate> extract(String document, DocumentContext context) {
        SourceText text = new SourceText(document, Boilerplate.strip(document));
        Sections sections = new Sections(text.normalized());
        List<Candidate> candidates = new ArrayList<>();
        TableRows tables = new TableRows(text, sections, context, matcher);
        candidates.addAll(tables.extract());
        candidates.addAll(new ProseFigures(text, sections, context, matcher, tables).extract());
        candidates.addAll(new ProjectLists(text, sections).extract());
        candidates.addAll(new ProgrammeTotals(text, sections, context).extract());
        candidates.sort(Comparator.comparingInt(Candidate::start).thenComparing(Candidate::kind));
        return candidates;
    }
}
