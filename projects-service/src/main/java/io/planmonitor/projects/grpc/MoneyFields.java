package io.planmonitor.projects.grpc;

import io.planmonitor.common.v1.Money;
import io.planmonitor.support.ApiErrors;
import io.planmonitor.support.Decimals;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Checks a Money field of a request: a currency code (CNY when empty) and an amount to the fen, not negative. */
final class MoneyFields {

    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");
    /** NUMERIC(22, 2): money to the fen, up to 10^20 yuan. */
    private static final int SCALE = 2;
    private static final int INTEGER_DIGITS = 20;

    private MoneyFields() {
    }

    static String currency(Money money, String field) {
        String code = money.getCurrencyCode();
        if (code.isEmpty()) {
            return "CNY";
        }
        if (!CURRENCY_CODE.matcher(code).matches()) {
            throw ApiErrors.invalidArgument(field + ".currency_code", "must be an ISO 4217 code such as CNY");
        }
        return code;
    }

    static BigDecimal amount(Money money, String field) {
        String amountField = field + ".amount";
        if (!money.hasAmount()) {
            throw ApiErrors.invalidArgument(amountField, "is required when " + field + " is given");
        }
        BigDecimal amount = Decimals.parse(money.getAmount().getValue(), amountField + ".value");
        if (amount.signum() < 0) {
            throw ApiErrors.invalidArgument(amountField, "must not be negative");
        }
        if (amount.scale() > SCALE) {
            throw ApiErrors.invalidArgument(amountField, "must have at most " + SCALE + " decimal places (fen)");
        }
        if (amount.precision() - amount.scale() > INTEGER_DIGITS) {
            throw ApiErrors.invalidArgument(amountField, "is too large");
        }
        return amount.setScale(SCALE);
    }

    /** A required Money field: INVALID_ARGUMENT naming it when absent. */
    static Money required(boolean present, Money money, String field) {
        if (!present) {
            throw ApiErrors.invalidArgument(field, "is required");
        }
        return money;
    }
}
