package io.planmonitor.seed;

import java.util.regex.Pattern;

/**
 * How a record's quote is matched with its document. Whitespace runs count as one space on both sides, because the
 * documents' tables are flattened one cell per line; every other character must be the same.
 */
public final class Quotes {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u3000\\u00a0]+");

    private Quotes() {
    }

    public static String normalize(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    /** Whether {@code quote} stands in {@code normalizedDocument} (already normalized). */
    public static boolean isIn(String quote, String normalizedDocument) {
        return normalizedDocument.contains(normalize(quote));
    }

    /**
     * Whether the number stands in the quote as printed, not as part of a longer number: "7.7" is in "7.7左右" but
     * not in "17.75". A reduction's minus sign is not printed (下降13.5%), so it is left out of the search.
     */
    public static boolean printsNumber(String quote, String number) {
        String digits = number.startsWith("-") ? number.substring(1) : number;
        return Pattern.compile("(?<![0-9.])" + Pattern.quote(digits) + "(?![0-9])").matcher(normalize(quote)).find();
    }
}
