package io.planmonitor.extraction;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a reviewer's quote stands in a document's text. Whitespace runs match any whitespace run (a table flattened
 * one cell per line reads as one line in a quote); every other character must be the same. The first occurrence wins.
 */
public final class QuoteLocator {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u3000\\u00a0]+");

    /** The span of the text the quote matches: offsets in UTF-16 code units, end exclusive. */
    public record Span(int start, int end) {
    }

    private QuoteLocator() {
    }

    public static Optional<Span> find(String text, String quote) {
        String[] words = WHITESPACE.split(quote.strip());
        if (words.length == 0 || words[0].isEmpty()) {
            return Optional.empty();
        }
        StringBuilder regex = new StringBuilder();
        for (String word : words) {
            regex.append(regex.isEmpty() ? "" : "[\\s\\u3000\\u00a0]+").append(Pattern.quote(word));
        }
        Matcher m = Pattern.compile(regex.toString()).matcher(text);
        return m.find() ? Optional.of(new Span(m.start(), m.end())) : Optional.empty();
    }
}
