package io.planmonitor.extraction;

/**
 * A document's text and a normalised view of it for matching: full-width letters, digits and signs become ASCII
 * (１２．５％ → 12.5%, （）→ ()), runs of spaces and tabs become one space, and a space between two digits or between a
 * digit and what follows it is dropped (1807 亿元 → 1807亿元). Every normalised character remembers where it came
 * from, so a match in the view gives exact offsets and a verbatim quote in the original.
 */
public final class SourceText {

    private final String original;
    private final String normalized;
    private final int[] origin;

    public SourceText(String original) {
        this(original, original);
    }

    /** {@code cleaned}: the original with noise blanked out, the same length; the view is made from it. */
    SourceText(String original, String cleaned) {
        if (cleaned.length() != original.length()) {
            throw new IllegalArgumentException("the cleaned text must keep the original's offsets");
        }
        this.original = original;
        StringBuilder out = new StringBuilder(original.length());
        int[] from = new int[original.length() + 1];
        int n = 0;
        for (int i = 0; i < cleaned.length(); i++) {
            char c = fold(cleaned.charAt(i));
            if (c == ' ' || c == '\t' || c == '\u3000' || c == '\u00a0') {
                // Whitespace: one space, and none right after a digit when a number, unit or sign follows.
                int j = i;
                while (j + 1 < cleaned.length() && isBlank(fold(cleaned.charAt(j + 1)))) {
                    j++;
                }
                char next = j + 1 < cleaned.length() ? fold(cleaned.charAt(j + 1)) : '\n';
                char previous = n > 0 ? out.charAt(n - 1) : '\n';
                boolean insideNumber = Character.isDigit(previous) && next != '\n'
                        && (Character.isDigit(next) || isUnitStart(next));
                if (!insideNumber && previous != '\n' && previous != ' ' && next != '\n') {
                    out.append(' ');
                    from[n++] = i;
                }
                i = j;
                continue;
            }
            if (c == '\r') {
                continue;
            }
            out.append(c);
            from[n++] = i;
        }
        from[n] = original.length();
        this.normalized = out.toString();
        this.origin = java.util.Arrays.copyOf(from, n + 1);
    }

    public String original() {
        return original;
    }

    public String normalized() {
        return normalized;
    }

    /** Offset in the original of the normalised character at {@code index} (the text's end for its length). */
    public int originalOffset(int index) {
        return origin[index];
    }

    /** Offset in the original just after the normalised character before {@code end}. */
    public int originalEnd(int end) {
        return end == 0 ? 0 : origin[end - 1] + 1;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00a0';
    }

    private static boolean isUnitStart(char c) {
        return c == '%' || c == '\u2030' || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** Full-width ASCII variants to ASCII, the ideographic minus signs to '-'; Chinese punctuation stays. */
    static char fold(char c) {
        if (c >= '\uFF10' && c <= '\uFF19' || c >= '\uFF21' && c <= '\uFF3A' || c >= '\uFF41' && c <= '\uFF5A') {
            return (char) (c - 0xFEE0);
        }
        return switch (c) {
            case '\uFF05' -> '%';
            case '\uFF0E' -> '.';
            case '\uFF08' -> '(';
            case '\uFF09' -> ')';
            case '\uFF0B' -> '+';
            case '\u2212', '\uFF0D' -> '-';
            case '\uFF1E' -> '>';
            case '\uFF1C' -> '<';
            default -> c;
        };
    }
}
