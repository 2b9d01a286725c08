package io.planmonitor.support;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Parses the decimal strings of planmonitor.common.v1.Decimal: plain notation only, so no value is ever approximated. */
public final class Decimals {

    private static final Pattern PLAIN = Pattern.compile("-?\\d{1,30}(\\.\\d{1,20})?");

    private Decimals() {
    }

    public static BigDecimal parse(String value, String field) {
        String trimmed = value.strip();
        if (!PLAIN.matcher(trimmed).matches()) {
            throw ApiErrors.invalidArgument(field, "must be a plain decimal number like 306.3 or -0.25, not '" + value + "'");
        }
        return new BigDecimal(trimmed);
    }

    public static String format(BigDecimal value) {
        return value.toPlainString();
    }
}
