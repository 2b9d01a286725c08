package io.planmonitor.seed.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a seed record's quote stands in its document, as offsets in the original text. Quotes are compared with
 * whitespace runs as one space (the dataset's rule, see Quotes), so the search runs over a collapsed copy that
 * remembers each character's original offset.
 */
final class SpanFinder {

    private final String collapsed;
    private final int[] origin;

    SpanFinder(String document) {
        StringBuilder out = new StringBuilder();
        int[] from = new int[document.length() + 1];
        boolean space = false;
        for (int i = 0; i < document.length(); i++) {
            char c = document.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0') {
                if (!space && out.length() > 0) {
                    from[out.length()] = i;
                    out.append(' ');
                }
                space = true;
                continue;
            }
            space = false;
            from[out.length()] = i;
            out.append(c);
        }
        this.collapsed = out.toString();
        this.origin = java.util.Arrays.copyOf(from, out.length() + 1);
    }

    /** Every [start, end) of the quote in the original document. */
    List<int[]> find(String quote) {
        String needle = quote.replaceAll("[\\s\\u3000\\u00a0]+", " ").strip();
        List<int[]> spans = new ArrayList<>();
        int at = collapsed.indexOf(needle);
        while (at >= 0 && !needle.isEmpty()) {
            spans.add(new int[] {origin[at], origin[at + needle.length() - 1] + 1});
            at = collapsed.indexOf(needle, at + 1);
        }
        return spans;
    }
}
